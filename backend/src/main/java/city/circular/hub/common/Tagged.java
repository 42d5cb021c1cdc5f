package city.circular.hub.common;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;

/** Responses that carry a record's version as ETag, for the client to send back as If-Match. */
public final class Tagged {

    private Tagged() {}

    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(Versions.etag(version)).build();
    }

    /** 201 with the new record's address: the request's path and the record's id. */
    public static Response created(UriInfo uri, UUID id, Object body, long version) {
        return Response.status(Response.Status.CREATED)
                .header(HttpHeaders.LOCATION, location(uri.getPath() + "/" + id))
                .tag(Versions.etag(version))
                .entity(body)
                .build();
    }

    /**
     * The address of a resource at the given absolute path. It starts with {@code cch.public-url} (the address
     * clients reach the API at) when that is configured, else it is a path reference (RFC 9110 §10.2.2); never
     * with the Host header a client sent, which would let any client put its own host into the answer.
     */
    public static String location(String path) {
        Optional<String> base = ConfigProvider.getConfig().getOptionalValue("cch.public-url", String.class);
        return base.map(b -> b.endsWith("/") ? b.substring(0, b.length() - 1) : b)
                        .orElse("")
                + path;
    }
}
