package io.jixiao.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * 北京时间: the one place where a stored instant (kept in UTC) becomes the time a person in China
 * reads, on web pages, in exports and in messages. Nothing else formats instants for people.
 */
public final class BeijingTime {

  /** Asia/Shanghai, UTC+8 without daylight saving. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
  private static final DateTimeFormatter SECONDS =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZONE);

  private BeijingTime() {}

  /** {@code 2024-03-01 08:30}, or "" for no instant. */
  public static String minutes(Instant at) {
    return at == null ? "" : MINUTES.format(at);
  }

  /** {@code 2024-03-01 08:30:15}, or "" for no instant. */
  public static String seconds(Instant at) {
    return at == null ? "" : SECONDS.format(at);
  }

  /** {@code 2024-03-01}: the calendar day in China, or "" for no instant. */
  public static String date(Instant at) {
    return at == null ? "" : DATE.format(at);
  }

  /** The calendar day in China of an instant. */
  public static LocalDate day(Instant at) {
    return LocalDate.ofInstant(at, ZONE);
  }
}
