package io.jixiao.generate;

import io.jixiao.document.InterchangeJson;
import io.jixiao.model.TargetDocument;
import io.jixiao.monitor.ActualsCsv;
import io.jixiao.monitor.ActualsEntry;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Writes a generated region to a directory, one department at a time (memory does not grow with
 * the number of departments): {@code <source>.json} in the interchange format (the standard keys
 * only), and with actuals {@code <source without .json>-actuals.csv} in the format of
 * docs/actuals.md.
 */
public final class Generation {

  /** What was written. */
  public record Summary(
      int departments, long tables, long indicators, long actualsLines, long bytes) {}

  private final RegionGenerator region;
  private final ActualsGenerator actuals;
  private final InterchangeJson json = InterchangeJson.standardKeysOnly();

  /**
   * @param actuals the generator of the actuals files, or null to write documents only
   */
  public Generation(RegionGenerator region, ActualsGenerator actuals) {
    this.region = region;
    this.actuals = actuals;
  }

  /**
   * Writes {@code departments} documents of {@code tables} tables each to {@code dir} (created when
   * missing), calling {@code progress} with the number of departments done after each one.
   */
  public Summary write(Path dir, int departments, int tables, IntConsumer progress)
      throws IOException {
    if (departments < 1 || tables < 1) {
      throw new IllegalArgumentException("部门数和每个部门的表数都至少为 1");
    }
    Files.createDirectories(dir);
    long tableCount = 0;
    long indicatorCount = 0;
    long lines = 0;
    long bytes = 0;
    for (int i = 0; i < departments; i++) {
      TargetDocument doc = region.department(i, tables);
      Path file = dir.resolve(doc.source());
      try (CountingStream counted = new CountingStream(Files.newOutputStream(file));
          Writer w = new OutputStreamWriter(counted, StandardCharsets.UTF_8)) {
        json.write(doc, w);
        w.flush();
        bytes += counted.count;
      }
      tableCount += doc.projects().size();
      indicatorCount += doc.indicatorCount();
      if (actuals != null) {
        List<ActualsEntry> entries = actuals.actuals(doc, i);
        Path csv = dir.resolve(actualsFile(doc.source()));
        try (CountingStream counted = new CountingStream(Files.newOutputStream(csv))) {
          ActualsCsv.write(entries, counted);
          counted.flush();
          bytes += counted.count;
        }
        lines += entries.size();
      }
      progress.accept(i + 1);
    }
    return new Summary(departments, tableCount, indicatorCount, lines, bytes);
  }

  /** The actuals file of a generated document: {@code gen-…-00001-actuals.csv}. */
  public static String actualsFile(String source) {
    String stem = source.endsWith(".json") ? source.substring(0, source.length() - 5) : source;
    return stem + "-actuals.csv";
  }

  /** A buffered stream that counts the bytes written. */
  private static final class CountingStream extends BufferedOutputStream {
    long count;

    CountingStream(OutputStream out) {
      super(out, 1 << 16);
    }

    @Override
    public synchronized void write(int b) throws IOException {
      super.write(b);
      count++;
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
      super.write(b, off, len);
      count += len;
    }
  }
}
