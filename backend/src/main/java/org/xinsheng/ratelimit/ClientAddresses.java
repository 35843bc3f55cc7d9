package org.xinsheng.ratelimit;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.HttpRequest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a request comes from, for rate limits: the peer's address, unless the peer is a trusted proxy
 * ({@code xinsheng.rate-limit.trusted-proxies}, addresses or CIDR ranges; default none). Then X-Forwarded-For is
 * read from the right, past the trusted proxies, and the first address that is not one of them is the client; what
 * a client writes further left is never believed. IPv6 clients are counted per /64 (one subscriber's prefix), as
 * they can change the lower half of their address at will. Only address literals are read: never a DNS lookup.
 */
@Context
public class ClientAddresses {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final List<Range> trusted;

    public ClientAddresses(@Value("${xinsheng.rate-limit.trusted-proxies:none}") List<String> trustedProxies) {
        this.trusted = new ArrayList<>();
        for (String entry : trustedProxies) {
            String e = entry.strip();
            if (!e.isEmpty() && !e.equalsIgnoreCase("none")) {
                trusted.add(Range.parse(e));
            }
        }
    }

    /** The key a request is counted under. */
    public String of(HttpRequest<?> request) {
        return key(resolve(request.getRemoteAddress().getAddress(), request.getHeaders().getAll("X-Forwarded-For")));
    }

    /** The client behind the peer: the peer itself unless it is a trusted proxy. */
    InetAddress resolve(InetAddress peer, List<String> forwardedFor) {
        InetAddress client = unmapped(peer);
        if (!trusted(client)) {
            return client;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedFor) {
            hops.addAll(Arrays.asList(header.split(",")));
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = literal(hops.get(i));
            if (hop.isEmpty()) {
                return client; // not an address: the last proxy we trust is as far as we can see
            }
            client = hop.get();
            if (!trusted(client)) {
                return client;
            }
        }
        return client;
    }

    boolean trusted(InetAddress address) {
        for (Range range : trusted) {
            if (range.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /** IPv4 as written; IPv6 as its /64 prefix. */
    static String key(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] bytes = address.getAddress();
            Arrays.fill(bytes, 8, 16, (byte) 0);
            try {
                return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
        return address.getHostAddress();
    }

    /** An IPv4 or IPv6 literal (IPv4 may carry a port, IPv6 brackets and a port); anything else is empty. */
    static Optional<InetAddress> literal(String text) {
        String s = text.strip();
        if (s.startsWith("[")) {
            int end = s.indexOf(']');
            if (end < 0) {
                return Optional.empty();
            }
            s = s.substring(1, end);
        } else if (s.indexOf(':') >= 0 && s.indexOf(':') == s.lastIndexOf(':')) {
            s = s.substring(0, s.indexOf(':')); // a.b.c.d:port
        }
        Matcher v4 = IPV4.matcher(s);
        try {
            if (v4.matches()) {
                byte[] bytes = new byte[4];
                for (int i = 0; i < 4; i++) {
                    int part = Integer.parseInt(v4.group(i + 1));
                    if (part > 255) {
                        return Optional.empty();
                    }
                    bytes[i] = (byte) part;
                }
                return Optional.of(InetAddress.getByAddress(bytes));
            }
            if (s.indexOf(':') >= 0 && IPV6.matcher(s).matches()) {
                return Optional.of(unmapped(InetAddress.getByName(s))); // a literal with ':' is never looked up
            }
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** An IPv4 client seen through an IPv6 socket (::ffff:a.b.c.d) is that IPv4 client. */
    private static InetAddress unmapped(InetAddress address) {
        if (address instanceof Inet6Address) {
            byte[] b = address.getAddress();
            boolean mapped = b[10] == (byte) 0xff && b[11] == (byte) 0xff;
            for (int i = 0; i < 10 && mapped; i++) {
                mapped = b[i] == 0;
            }
            if (mapped) {
                try {
                    return Inet4Address.getByAddress(Arrays.copyOfRange(b, 12, 16));
                } catch (UnknownHostException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return address;
    }

    /** An address or a CIDR range of trusted proxies. */
    record Range(byte[] network, int prefix) {

        static Range parse(String text) {
            String[] parts = text.split("/", 2);
            InetAddress address = literal(parts[0]).orElseThrow(() -> new ConfigurationException(
                    "xinsheng.rate-limit.trusted-proxies: '" + text + "' is not an IP address or CIDR range"));
            byte[] bytes = address.getAddress();
            int prefix = bytes.length * 8;
            if (parts.length == 2) {
                try {
                    prefix = Integer.parseInt(parts[1]);
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > bytes.length * 8) {
                    throw new ConfigurationException("xinsheng.rate-limit.trusted-proxies: '" + text
                            + "' has a prefix length out of range");
                }
            }
            return new Range(bytes, prefix);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (bytes[full] & mask) == (network[full] & mask);
        }
    }
}
