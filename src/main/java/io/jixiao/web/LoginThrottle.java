package io.jixiao.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Per-address throttling of logins (form and HTTP Basic): after {@code maxFailures} failed logins
 * from one address within {@code window}, every login from it is refused until the window ends,
 * whatever the user name (against trying many names, which the per-account lockout of {@link
 * LoginAttempts} does not stop). Memory is bounded: the {@link #MAX_ADDRESSES} addresses seen last.
 */
@Component
class LoginThrottle {

  static final int MAX_ADDRESSES = 10_000;

  private final int maxFailures;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Window> failures =
      new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
          return size() > MAX_ADDRESSES;
        }
      };

  private static final class Window {
    Instant start;
    int count;

    Window(Instant start) {
      this.start = start;
    }
  }

  LoginThrottle(
      @Value("${jixiao.login.ip-max-failures:20}") int maxFailures,
      @Value("${jixiao.login.ip-window-seconds:600}") long windowSeconds,
      Clock clock) {
    this.maxFailures = maxFailures;
    this.window = Duration.ofSeconds(windowSeconds);
    this.clock = clock;
  }

  /**
   * Counts a failed login from {@code address}.
   *
   * @return true when this failure starts the refusal
   */
  synchronized boolean failed(String address) {
    Instant now = clock.instant();
    Window w = failures.get(address);
    if (w == null || !now.isBefore(w.start.plus(window))) {
      w = new Window(now);
      failures.put(address, w);
    }
    w.count++;
    return w.count == maxFailures;
  }

  /** How long logins from {@code address} are still refused; zero when they are not. */
  synchronized Duration refusedFor(String address) {
    Window w = failures.get(address);
    if (w == null || w.count < maxFailures) {
      return Duration.ZERO;
    }
    Duration left = Duration.between(clock.instant(), w.start.plus(window));
    if (left.isNegative() || left.isZero()) {
      failures.remove(address);
      return Duration.ZERO;
    }
    return left;
  }

  int maxFailures() {
    return maxFailures;
  }

  Duration window() {
    return window;
  }

  synchronized int addresses() {
    return failures.size();
  }
}
