package city.circular.hub.sync;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** How a bulk upsert stores its items, documented once: {@code @BeanParam BulkParams}. */
public class BulkParams {

    @Parameter(
            description = UpsertDocs.BULK_MODE,
            schema =
                    @Schema(
                            enumeration = {"partial", "atomic"},
                            defaultValue = "partial"))
    @QueryParam("mode")
    public String mode;
}
