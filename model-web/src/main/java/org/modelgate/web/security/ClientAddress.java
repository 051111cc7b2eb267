package org.modelgate.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address of the client behind a request. {@code X-Forwarded-For} is believed only when the
 * connection comes from a trusted proxy ({@code MODELGATE_TRUSTED_PROXIES}: addresses or CIDR
 * blocks, comma-separated; none by default), and then only as far as the chain of trusted proxies
 * reaches: the right-most entry that is not itself a trusted proxy is the client. Anyone can send
 * the header; only the proxy's own additions can be trusted.
 */
@ApplicationScoped
public class ClientAddress {

  static final String TRUSTED_PROXIES = "MODELGATE_TRUSTED_PROXIES";

  private final List<Block> trusted;

  public ClientAddress() {
    this(
        ConfigProvider.getConfig(ClientAddress.class.getClassLoader())
            .getOptionalValue(TRUSTED_PROXIES, String.class)
            .orElse(""));
  }

  ClientAddress(String trustedProxies) {
    List<Block> blocks = new ArrayList<>();
    for (String entry : trustedProxies.split(",")) {
      if (!entry.isBlank()) {
        blocks.add(Block.parse(entry.strip()));
      }
    }
    this.trusted = List.copyOf(blocks);
  }

  public String of(HttpServletRequest request) {
    return of(request.getRemoteAddr(), request.getHeaders("X-Forwarded-For"));
  }

  String of(String remote, Enumeration<String> forwardedHeaders) {
    if (trusted.isEmpty() || !isTrusted(remote)) {
      return remote;
    }
    List<String> hops = new ArrayList<>();
    while (forwardedHeaders != null && forwardedHeaders.hasMoreElements()) {
      for (String hop : forwardedHeaders.nextElement().split(",")) {
        if (!hop.isBlank()) {
          hops.add(hop.strip());
        }
      }
    }
    String client = remote;
    for (int i = hops.size() - 1; i >= 0; i--) {
      Optional<InetAddress> hop = literal(hops.get(i));
      if (hop.isEmpty()) {
        // Not an address (e.g. "unknown" or garbage): stop at the last hop we could trust.
        return client;
      }
      client = hop.get().getHostAddress();
      if (!isTrusted(client)) {
        return client;
      }
    }
    return client;
  }

  boolean isTrusted(String address) {
    Optional<InetAddress> parsed = literal(address);
    return parsed.isPresent() && trusted.stream().anyMatch(block -> block.contains(parsed.get()));
  }

  /** Parses an IP literal without ever asking DNS. */
  static Optional<InetAddress> literal(String text) {
    String value = text.strip();
    if (value.startsWith("[") && value.endsWith("]")) {
      value = value.substring(1, value.length() - 1);
    }
    // Only literals reach getByName: a dotted quad of octets, or anything with a colon, which
    // getByName parses as IPv6 or refuses, never resolving it.
    boolean ipv4 =
        value.matches("\\d{1,3}(\\.\\d{1,3}){3}")
            && Arrays.stream(value.split("\\.")).allMatch(octet -> Integer.parseInt(octet) <= 255);
    boolean ipv6 = value.contains(":") && value.matches("[0-9A-Fa-f:.]+");
    if (!ipv4 && !ipv6) {
      return Optional.empty();
    }
    try {
      return Optional.of(InetAddress.getByName(value));
    } catch (UnknownHostException e) {
      return Optional.empty();
    }
  }

  /** An address block: a network address and the number of leading bits that must match. */
  record Block(byte[] network, int prefix) {

    static Block parse(String text) {
      int slash = text.indexOf('/');
      String address = slash < 0 ? text : text.substring(0, slash);
      InetAddress parsed =
          literal(address)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          TRUSTED_PROXIES + ": '" + text + "' is not an address or CIDR block"));
      byte[] bytes = parsed.getAddress();
      int prefix = bytes.length * 8;
      if (slash >= 0) {
        try {
          prefix = Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
          prefix = -1;
        }
        if (prefix < 0 || prefix > bytes.length * 8) {
          throw new IllegalArgumentException(
              TRUSTED_PROXIES + ": '" + text + "' has an invalid prefix length");
        }
      }
      return new Block(bytes, prefix);
    }

    boolean contains(InetAddress address) {
      byte[] bytes = address.getAddress();
      if (bytes.length != network.length) {
        return false;
      }
      int shift = bytes.length * 8 - prefix;
      return new BigInteger(1, bytes)
          .shiftRight(shift)
          .equals(new BigInteger(1, network).shiftRight(shift));
    }
  }
}
