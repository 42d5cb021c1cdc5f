package city.circular.hub.webhook;

import city.circular.hub.common.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps webhook deliveries away from the hub's own network: only HTTPS, and no loopback, link-local (cloud metadata),
 * private or otherwise internal address unless an operator allows it. Checked when a subscription is saved and again
 * before every delivery (a name may resolve elsewhere later).
 */
@ApplicationScoped
public class AddressGuard {

    private final boolean allowLoopback;
    private final boolean allowPrivate;

    public AddressGuard(
            @ConfigProperty(name = "cch.webhooks.allow-loopback") boolean allowLoopback,
            @ConfigProperty(name = "cch.webhooks.allow-private-networks") boolean allowPrivate) {
        this.allowLoopback = allowLoopback;
        this.allowPrivate = allowPrivate;
    }

    /** The endpoint as a URI, or a 422 naming the field that says why it may not be called. */
    public URI check(String url, String field) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw ApiException.rule("The endpoint is not a valid URL.", field, "is not a valid URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw ApiException.rule(
                    "The endpoint must be an absolute URL with a host and without credentials or fragment.",
                    field,
                    "must be an absolute https URL without credentials or fragment");
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(uri.getHost());
        } catch (UnknownHostException e) {
            throw ApiException.rule(
                    "The endpoint's host does not resolve.", field, "names a host that does not resolve");
        }
        boolean loopbackOnly = true;
        for (InetAddress address : addresses) {
            if (address.isLoopbackAddress()) {
                if (!allowLoopback) {
                    throw internal(field);
                }
            } else {
                loopbackOnly = false;
                if (isInternal(address) && !allowPrivate) {
                    throw internal(field);
                }
            }
        }
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        boolean localHttp = "http".equalsIgnoreCase(uri.getScheme()) && allowLoopback && loopbackOnly;
        if (!https && !localHttp) {
            throw ApiException.rule("Webhook endpoints must use HTTPS.", field, "must be an https URL");
        }
        return uri;
    }

    static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            return (b[0] & 0xfe) == 0xfc; // unique local fc00::/7
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        return first == 0 // "this" network
                || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
                || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                || (first == 198 && (second == 18 || second == 19)) // benchmarking
                || first >= 240; // reserved, broadcast
    }

    private static ApiException internal(String field) {
        return ApiException.rule(
                "The endpoint resolves to an internal address (loopback, link-local or private network), which "
                        + "webhooks may not call.",
                field,
                "resolves to an internal address");
    }
}
