package io.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class BeijingTimeTest {

  @Test
  void aUtcEveningIsTheNextMorningInBeijing() {
    Instant at = Instant.parse("2024-03-01T20:30:15Z");
    assertThat(BeijingTime.minutes(at)).isEqualTo("2024-03-02 04:30");
    assertThat(BeijingTime.seconds(at)).isEqualTo("2024-03-02 04:30:15");
    assertThat(BeijingTime.date(at)).isEqualTo("2024-03-02");
    assertThat(BeijingTime.day(at)).isEqualTo(LocalDate.of(2024, 3, 2));
  }

  @Test
  void noInstantPrintsNothing() {
    assertThat(BeijingTime.minutes(null)).isEmpty();
  }
}
