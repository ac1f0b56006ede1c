package io.jixiao.limits;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Every bound on the work one request or one file may cause, in one place (ADR 0013). The command
 * line sets them with {@code --limit NAME=VALUE}, the web application also with the properties
 * {@code jixiao.limits.NAME}; the names are those of {@link #NAMES}.
 *
 * @param uploadBytes bytes of one file (upload or command-line input)
 * @param unpackedBytes bytes of a DOCX or XLSX file after unpacking its ZIP entries (zip bombs)
 * @param workbookCells cells of all worksheets of an XLSX file, counted while streaming
 * @param tables 绩效目标表 per document
 * @param indicatorsPerTable indicator rows per table
 * @param concurrentParses uploads read at the same time by the web application
 * @param parseQueue uploads waiting for one of those; beyond it a request is refused with 429
 * @param parseWaitSeconds how long a waiting upload waits before it is refused with 429
 * @param pageSize entries per page of a list (pages and API), at most
 */
public record Limits(
    long uploadBytes,
    long unpackedBytes,
    long workbookCells,
    int tables,
    int indicatorsPerTable,
    int concurrentParses,
    int parseQueue,
    int parseWaitSeconds,
    int pageSize) {

  /**
   * The defaults: ample for real documents (the largest known has 212 tables, 0.4 MB of text, under
   * 60 indicators per table, 2 MB unpacked as DOCX) and far below what hurts a server with a few GB.
   */
  public static final Limits DEFAULTS =
      new Limits(20L << 20, 64L << 20, 300_000, 2_000, 500, 2, 4, 30, 500);

  /** The names of the limits, as written on the command line and in properties. */
  public static final java.util.List<String> NAMES =
      java.util.List.of(
          "upload-bytes",
          "unpacked-bytes",
          "workbook-cells",
          "tables",
          "indicators-per-table",
          "concurrent-parses",
          "parse-queue",
          "parse-wait-seconds",
          "page-size");

  public Limits {
    positive("upload-bytes", uploadBytes);
    positive("unpacked-bytes", unpackedBytes);
    positive("workbook-cells", workbookCells);
    positive("tables", tables);
    positive("indicators-per-table", indicatorsPerTable);
    positive("concurrent-parses", concurrentParses);
    if (parseQueue < 0) {
      throw new IllegalArgumentException("限制 parse-queue 不能为负数：" + parseQueue);
    }
    positive("parse-wait-seconds", parseWaitSeconds);
    positive("page-size", pageSize);
  }

  private static void positive(String name, long value) {
    if (value < 1) {
      throw new IllegalArgumentException("限制 " + name + " 应为正整数，实际为 " + value);
    }
  }

  /**
   * These limits with one changed, e.g. {@code with("tables", "5000")} or {@code
   * with("upload-bytes", "50MB")} (sizes may end in KB, MB or GB).
   *
   * @throws IllegalArgumentException with a Chinese message for an unknown name or a wrong value
   */
  public Limits with(String name, String value) {
    Map<String, Long> v = values();
    String key = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    if (!v.containsKey(key)) {
      throw new IllegalArgumentException(
          "未知的限制“" + name + "”，可用的有：" + String.join("、", NAMES));
    }
    v.put(key, number(key, value));
    return of(v);
  }

  /** These limits with every {@code NAME=VALUE} of {@code settings} applied in order. */
  public Limits with(Iterable<String> settings) {
    Limits l = this;
    for (String s : settings) {
      int eq = s.indexOf('=');
      if (eq < 0) {
        throw new IllegalArgumentException("限制应写为 名称=数值，例如 tables=5000：" + s);
      }
      l = l.with(s.substring(0, eq), s.substring(eq + 1));
    }
    return l;
  }

  /** The limits by name, in the order of {@link #NAMES}. */
  public Map<String, Long> values() {
    Map<String, Long> v = new LinkedHashMap<>();
    v.put("upload-bytes", uploadBytes);
    v.put("unpacked-bytes", unpackedBytes);
    v.put("workbook-cells", workbookCells);
    v.put("tables", (long) tables);
    v.put("indicators-per-table", (long) indicatorsPerTable);
    v.put("concurrent-parses", (long) concurrentParses);
    v.put("parse-queue", (long) parseQueue);
    v.put("parse-wait-seconds", (long) parseWaitSeconds);
    v.put("page-size", (long) pageSize);
    return v;
  }

  private static Limits of(Map<String, Long> v) {
    return new Limits(
        v.get("upload-bytes"),
        v.get("unpacked-bytes"),
        v.get("workbook-cells"),
        Math.toIntExact(v.get("tables")),
        Math.toIntExact(v.get("indicators-per-table")),
        Math.toIntExact(v.get("concurrent-parses")),
        Math.toIntExact(v.get("parse-queue")),
        Math.toIntExact(v.get("parse-wait-seconds")),
        Math.toIntExact(v.get("page-size")));
  }

  private static long number(String name, String value) {
    String s = value == null ? "" : value.strip().toUpperCase(Locale.ROOT).replace("_", "");
    long unit = 1;
    if (s.endsWith("KB") || s.endsWith("MB") || s.endsWith("GB")) {
      unit = s.endsWith("KB") ? 1L << 10 : s.endsWith("MB") ? 1L << 20 : 1L << 30;
      s = s.substring(0, s.length() - 2).strip();
    }
    try {
      long n = Math.multiplyExact(Long.parseLong(s), unit);
      if (!name.endsWith("-bytes") && unit != 1 || !name.endsWith("-bytes") && n > 1_000_000_000) {
        throw new NumberFormatException();
      }
      return n;
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException("限制 " + name + " 的值应为正整数" + (name.endsWith("-bytes")
          ? "（可带 KB、MB、GB）" : "") + "，实际为“" + value + "”");
    }
  }

  /** A size for messages: {@code 20.0 MB}. */
  public static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.1f MB", bytes / 1048576.0);
  }
}
