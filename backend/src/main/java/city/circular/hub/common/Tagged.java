package city.circular.hub.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** Responses that carry a record's version as ETag, for the client to send back as If-Match. */
public final class Tagged {

    private Tagged() {}

    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(Versions.etag(version)).build();
    }

    /** 201 with the new record's address: the request's path and the record's id. */
    public static Response created(UriInfo uri, UUID id, Object body, long version) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build())
                .tag(Versions.etag(version))
                .entity(body)
                .build();
    }
}
