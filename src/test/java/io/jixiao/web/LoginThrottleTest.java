package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Per-address login throttling: refusal after the failures, release after the window, bounded. */
class LoginThrottleTest {

  private Instant now = Instant.parse("2026-12-07T10:00:00Z");

  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  @Test
  void anAddressIsRefusedAfterItsFailuresUntilTheWindowEnds() {
    LoginThrottle throttle = new LoginThrottle(3, 600, clock);
    assertThat(throttle.failed("10.0.0.1")).isFalse();
    assertThat(throttle.failed("10.0.0.1")).isFalse();
    assertThat(throttle.refusedFor("10.0.0.1")).isZero();
    assertThat(throttle.failed("10.0.0.1")).isTrue();
    assertThat(throttle.refusedFor("10.0.0.1")).isEqualTo(Duration.ofMinutes(10));
    assertThat(throttle.refusedFor("10.0.0.2")).isZero();
    now = now.plus(Duration.ofMinutes(4));
    assertThat(throttle.refusedFor("10.0.0.1")).isEqualTo(Duration.ofMinutes(6));
    now = now.plus(Duration.ofMinutes(6));
    assertThat(throttle.refusedFor("10.0.0.1")).isZero();
  }

  @Test
  void memoryIsBoundedWhateverTheNumberOfAddresses() {
    LoginThrottle throttle = new LoginThrottle(3, 600, clock);
    for (int i = 0; i < 3 * LoginThrottle.MAX_ADDRESSES; i++) {
      throttle.failed("10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
    }
    assertThat(throttle.addresses()).isEqualTo(LoginThrottle.MAX_ADDRESSES);
  }
}
