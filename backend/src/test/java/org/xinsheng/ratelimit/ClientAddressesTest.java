package org.xinsheng.ratelimit;

import io.micronaut.context.exceptions.ConfigurationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.InetAddress;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Who the client is behind proxies: X-Forwarded-For is believed only as far as the trusted proxies reach. */
class ClientAddressesTest {

    static InetAddress ip(String literal) {
        return ClientAddresses.literal(literal).orElseThrow();
    }

    static String client(ClientAddresses addresses, String peer, String... forwardedFor) {
        return ClientAddresses.key(addresses.resolve(ip(peer), List.of(forwardedFor)));
    }

    @ParameterizedTest(name = "peer {0}, X-Forwarded-For \"{1}\" -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            127.0.0.1     |                                  | 127.0.0.1
            127.0.0.1     | 203.0.113.7                      | 203.0.113.7
            127.0.0.1     | 1.1.1.1, 203.0.113.7             | 203.0.113.7
            127.0.0.1     | 203.0.113.7, 10.0.0.2            | 203.0.113.7
            127.0.0.1     | 203.0.113.7:5123                 | 203.0.113.7
            127.0.0.1     | unknown, 203.0.113.7             | 203.0.113.7
            127.0.0.1     | 203.0.113.7, unknown             | 127.0.0.1
            127.0.0.1     | 10.0.0.3, 10.0.0.2               | 10.0.0.3
            198.51.100.9  | 203.0.113.7                      | 198.51.100.9
            10.0.0.2      | 203.0.113.7                      | 203.0.113.7
            10.0.1.2      | 203.0.113.7                      | 10.0.1.2
            ::1           | 2001:db8:aa:bb:1:2:3:4           | 2001:db8:aa:bb:0:0:0:0/64
            ::1           | [2001:db8:aa:bb:1:2:3:4]:443     | 2001:db8:aa:bb:0:0:0:0/64
            127.0.0.1     | ::ffff:203.0.113.7               | 203.0.113.7
            ::ffff:127.0.0.1 | 203.0.113.7                   | 203.0.113.7
            127.0.0.1     | 999.1.1.1                        | 127.0.0.1
            127.0.0.1     | example.org                      | 127.0.0.1
            """)
    void theClientIsTheFirstAddressFromTheRightThatIsNoTrustedProxy(String peer, String forwardedFor, String expected) {
        ClientAddresses addresses = new ClientAddresses(List.of("127.0.0.0/8", "::1", "10.0.0.0/24"));

        String[] headers = forwardedFor == null ? new String[0] : new String[]{forwardedFor};
        assertEquals(expected, client(addresses, peer, headers));
    }

    @Test
    void severalForwardedForHeadersReadAsOneList() {
        ClientAddresses addresses = new ClientAddresses(List.of("127.0.0.1"));

        assertEquals("203.0.113.7", client(addresses, "127.0.0.1", "1.1.1.1", "203.0.113.7"));
    }

    @Test
    void withNoTrustedProxyTheHeaderIsIgnored() {
        for (List<String> none : List.of(List.<String>of(), List.of("none"), List.of(""))) {
            ClientAddresses addresses = new ClientAddresses(none);
            assertEquals("127.0.0.1", client(addresses, "127.0.0.1", "203.0.113.7"), none.toString());
        }
    }

    @Test
    void rangesMatchByPrefix() {
        ClientAddresses addresses = new ClientAddresses(List.of("192.168.4.0/22", "fd00::/8"));

        assertTrue(addresses.trusted(ip("192.168.7.255")));
        assertFalse(addresses.trusted(ip("192.168.8.0")));
        assertTrue(addresses.trusted(ip("fd12:3456::1")));
        assertFalse(addresses.trusted(ip("fe80::1")));
        assertFalse(addresses.trusted(ip("127.0.0.1")));
    }

    @Test
    void aTrustedProxyThatIsNoAddressStopsTheStart() {
        assertThrows(ConfigurationException.class, () -> new ClientAddresses(List.of("proxy.internal")));
        assertThrows(ConfigurationException.class, () -> new ClientAddresses(List.of("10.0.0.0/33")));
    }
}
