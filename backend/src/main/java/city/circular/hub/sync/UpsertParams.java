package city.circular.hub.sync;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The parameters of an upsert by external id, documented once: {@code @BeanParam UpsertParams upsert}, with
 * {@link OrganizationParam} beside it where the caller chooses the owning organization.
 */
public class UpsertParams {

    @Parameter(
            description = UpsertDocs.EXTERNAL_ID,
            schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = Upserts.MAX_EXTERNAL_ID))
    @PathParam("externalId")
    public String externalId;

    @Parameter(description = UpsertDocs.IF_MATCH)
    @HeaderParam(HttpHeaders.IF_MATCH)
    public String ifMatch;

    @Parameter(description = UpsertDocs.IF_NONE_MATCH, schema = @Schema(enumeration = "*"))
    @HeaderParam(Upserts.IF_NONE_MATCH)
    public String ifNoneMatch;

    /** The preconditions: 400 when they are malformed or contradict each other. */
    public Upserts.Conditions conditions() {
        return Upserts.Conditions.of(ifMatch, ifNoneMatch);
    }
}
