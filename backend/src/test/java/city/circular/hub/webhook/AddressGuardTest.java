package city.circular.hub.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import city.circular.hub.common.ApiException;
import java.net.InetAddress;
import org.junit.jupiter.api.Test;

class AddressGuardTest {

    private final AddressGuard strict = new AddressGuard(false, false);

    @Test
    void treatsEveryNonPublicRangeAsInternal() throws Exception {
        for (String address : new String[] {
            "127.0.0.1",
            "10.0.0.1",
            "172.16.5.4",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "224.0.0.1",
            "255.255.255.255",
            "::1",
            "fe80::1",
            "fd12:3456::1",
            "198.18.0.1"
        }) {
            assertTrue(AddressGuard.isInternal(InetAddress.getByName(address)), address);
        }
        for (String address : new String[] {"93.184.216.34", "2a00:1450:4001:80b::200e", "172.32.0.1"}) {
            assertFalse(AddressGuard.isInternal(InetAddress.getByName(address)), address);
        }
    }

    @Test
    void refusesLoopbackUnlessAllowedAndPlainHttpElsewhere() {
        ApiException loopback = assertThrows(ApiException.class, () -> strict.check("https://127.0.0.1/hook", "url"));
        assertEquals("url", loopback.errors.getFirst().field());
        assertThrows(ApiException.class, () -> strict.check("https://[::1]/hook", "url"));
        assertThrows(ApiException.class, () -> strict.check("http://93.184.216.34/hook", "url"));
        assertEquals(
                "93.184.216.34",
                strict.check("https://93.184.216.34/hook", "url").getHost());

        AddressGuard tests = new AddressGuard(true, false);
        assertEquals(8080, tests.check("http://127.0.0.1:8080/hook", "url").getPort());
        assertThrows(ApiException.class, () -> tests.check("https://10.0.0.1/hook", "url"));
    }
}
