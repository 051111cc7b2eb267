package org.modelgate.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  static String resolve(String trusted, String remote, String... forwarded) {
    return new ClientAddress(trusted).of(remote, Collections.enumeration(List.of(forwarded)));
  }

  @Test
  void shouldIgnoreForwardedForWithoutTrustedProxies() {
    assertThat(resolve("", "198.51.100.4", "203.0.113.7")).isEqualTo("198.51.100.4");
  }

  @Test
  void shouldIgnoreForwardedForFromAnUntrustedPeer() {
    assertThat(resolve("10.0.0.0/8", "198.51.100.4", "203.0.113.7")).isEqualTo("198.51.100.4");
  }

  @Test
  void shouldTakeTheClientAddedByATrustedProxy() {
    assertThat(resolve("10.0.0.5", "10.0.0.5", "203.0.113.7")).isEqualTo("203.0.113.7");
  }

  @Test
  void shouldTakeTheRightMostUntrustedHopNotWhatTheClientClaims() {
    // the client sent "X-Forwarded-For: 1.2.3.4"; the two proxies appended what they saw
    assertThat(resolve("10.0.0.0/8, 192.168.1.1", "10.1.2.3", "1.2.3.4, 203.0.113.7, 192.168.1.1"))
        .isEqualTo("203.0.113.7");
    assertThat(resolve("10.0.0.0/8", "10.1.2.3", "1.2.3.4", "203.0.113.7"))
        .isEqualTo("203.0.113.7");
  }

  @Test
  void shouldStopAtAHopThatIsNoAddress() {
    assertThat(resolve("10.0.0.0/8", "10.1.2.3", "unknown, 10.0.0.9")).isEqualTo("10.0.0.9");
    assertThat(resolve("10.0.0.0/8", "10.1.2.3", "evil.example.com")).isEqualTo("10.1.2.3");
    assertThat(resolve("10.0.0.0/8", "10.1.2.3", "999.1.1.1")).isEqualTo("10.1.2.3");
  }

  @Test
  void shouldMatchIpv6Blocks() {
    assertThat(resolve("fd00::/8", "fd00::1", "2001:db8::7")).isEqualTo("2001:db8:0:0:0:0:0:7");
    assertThat(resolve("fd00::/8", "2001:db8::1", "203.0.113.7")).isEqualTo("2001:db8::1");
  }

  @Test
  void shouldRefuseAMisconfiguredTrustedProxyNamingIt() {
    assertThatThrownBy(() -> new ClientAddress("10.0.0.0/33")).hasMessageContaining("10.0.0.0/33");
    assertThatThrownBy(() -> new ClientAddress("proxy.example.com"))
        .hasMessageContaining("MODELGATE_TRUSTED_PROXIES")
        .hasMessageContaining("proxy.example.com");
  }
}
