package city.circular.hub.common;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging query parameters of a list, documented once: {@code @BeanParam PageParams page}. */
public class PageParams {

    @Parameter(
            description = "Page size, 1 to 100",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    @QueryParam("limit")
    public String limit;

    @Parameter(description = "The `next` value of the previous page")
    @QueryParam("cursor")
    public String cursor;
}
