package city.circular.hub.sync;

import city.circular.hub.common.QueryParams;
import jakarta.ws.rs.QueryParam;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The owning organization an upsert or bulk request writes for, documented once: {@code @BeanParam OwnerParam}. */
public class OwnerParam {

    @Parameter(description = UpsertDocs.ORGANIZATION, schema = @Schema(format = "uuid"))
    @QueryParam("organizationId")
    public String organizationId;

    /** The organization asked for, or null; 400 when it is not a UUID. */
    public UUID organization() {
        return QueryParams.uuid("organizationId", organizationId);
    }
}
