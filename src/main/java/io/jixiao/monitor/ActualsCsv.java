package io.jixiao.monitor;

import io.jixiao.monitor.ActualsProblem.Severity;
import io.jixiao.model.TargetDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The actuals CSV file: UTF-8 (a byte-order mark is allowed), the header line {@code
 * source,seq,row,period,value,note} exactly, then one line per actual, quoted as RFC 4180 says. See
 * {@code docs/actuals.md} for the format and {@link ActualsValidator} for the checks against the
 * target documents.
 */
public final class ActualsCsv {

  /** Larger files are refused: a department's actuals for a year are a few hundred kilobytes. */
  public static final long MAX_BYTES = 20L * 1024 * 1024;

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private ActualsCsv() {}

  /** Reads a file against the documents it reports on; its name becomes the problems' file. */
  public static ActualsReadResult read(Path file, List<TargetDocument> documents) {
    String name = file.getFileName().toString();
    try {
      if (Files.size(file) > MAX_BYTES) {
        return tooLarge(name, documents);
      }
      return read(name, Files.readAllBytes(file), documents);
    } catch (IOException e) {
      ActualsValidator v = new ActualsValidator(name, null, documents, ActualsScope.ANY);
      v.fileProblem(Severity.ERROR, "ACT-IO", "无法读取文件：" + e.getMessage());
      return v.result();
    }
  }

  /** Reads the bytes of a file called {@code name}. */
  public static ActualsReadResult read(String name, byte[] bytes, List<TargetDocument> documents) {
    return read(name, bytes, documents, ActualsScope.ANY);
  }

  /** Reads the bytes of a file; its lines may be about the tables {@code scope} lets. */
  public static ActualsReadResult read(
      String name, byte[] bytes, List<TargetDocument> documents, ActualsScope scope) {
    if (bytes.length > MAX_BYTES) {
      return tooLarge(name, documents);
    }
    ActualsValidator v = new ActualsValidator(name, null, documents, scope);
    String text = decode(bytes);
    if (text == null) {
      v.fileProblem(
          Severity.ERROR,
          "ACT-ENCODING",
          "文件既不是 UTF-8 也不是 GB18030（GBK）编码：请以 UTF-8 保存（Excel：另存为“CSV UTF-8（逗号分隔）”；WPS：另存为 CSV 时选择 UTF-8）");
      return v.result();
    }
    return read(text, v);
  }

  private static ActualsReadResult read(String text, ActualsValidator v) {
    Csv.Parsed parsed = Csv.parse(text);
    List<Csv.Record> records = new ArrayList<>(parsed.records());
    for (Csv.Error e : parsed.errors()) {
      v.error("ACT-CSV", new CsvLine(e.line(), List.of()), column(e.field()), e.message());
    }
    records.removeIf(Csv.Record::blank);
    if (records.isEmpty() || records.get(0).line() != 1) {
      if (!v.hasErrors()) {
        v.fileProblem(
            Severity.ERROR,
            "ACT-HEADER",
            "第 1 行应为表头 " + ActualsColumn.HEADER + "，文件" + (text.isBlank() ? "为空" : "第 1 行为空"));
      }
      return v.result();
    }
    Csv.Record header = records.get(0);
    if (!header(header, v)) {
      return v.result();
    }
    for (Csv.Record r : records.subList(1, records.size())) {
      CsvLine line = new CsvLine(r.line(), r.fields());
      int n = r.fields().size();
      if (n != ActualsColumn.ALL.size()) {
        v.error(
            "ACT-COLUMNS",
            line,
            n < ActualsColumn.ALL.size() ? ActualsColumn.ALL.get(n) : ActualsColumn.NOTE,
            "应有 6 列（"
                + ActualsColumn.HEADER
                + "），本行有 "
                + n
                + " 列"
                + (n > 6 ? "：含逗号的字段须用英文双引号括起" : ""));
        continue;
      }
      v.line(line);
    }
    return v.result();
  }

  /** True when the header is exactly the six column names; else an error naming them. */
  private static boolean header(Csv.Record header, ActualsValidator v) {
    List<String> fields = header.fields();
    if (String.join(",", fields).equals(ActualsColumn.HEADER) && fields.size() == 6) {
      return true;
    }
    int at = 0;
    while (at < fields.size()
        && at < ActualsColumn.ALL.size()
        && fields.get(at).equals(ActualsColumn.ALL.get(at).label())) {
      at++;
    }
    v.error(
        "ACT-HEADER",
        new CsvLine(1, fields),
        at < ActualsColumn.ALL.size() ? ActualsColumn.ALL.get(at) : ActualsColumn.NOTE,
        "表头应为 " + ActualsColumn.HEADER + "（6 列，名称和顺序都须一致），实际为 " + String.join(",", fields));
    return false;
  }

  private static ActualsColumn column(int field) {
    return field < ActualsColumn.ALL.size() ? ActualsColumn.ALL.get(field) : ActualsColumn.NOTE;
  }

  private static ActualsReadResult tooLarge(String name, List<TargetDocument> documents) {
    ActualsValidator v = new ActualsValidator(name, null, documents, ActualsScope.ANY);
    v.fileProblem(
        Severity.ERROR, "ACT-TOO-LARGE", "文件过大，超过上限 " + MAX_BYTES / 1024 / 1024 + " MB；请确认文件是否正确");
    return v.result();
  }

  /**
   * The text of the file: UTF-8 when it has a byte-order mark or is valid UTF-8, else GB18030
   * (which includes GBK, Excel's default for CSV on Chinese Windows); null when it is neither.
   */
  private static String decode(byte[] bytes) {
    int start = 0;
    if (bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2]) {
      start = 3;
    }
    String utf8 = strict(StandardCharsets.UTF_8, bytes, start);
    return utf8 != null || start == 3 ? utf8 : strict(Charset.forName("GB18030"), bytes, 0);
  }

  private static String strict(Charset charset, byte[] bytes, int start) {
    try {
      return charset
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * The entries as an actuals CSV file: UTF-8 with a byte-order mark (so that Excel shows the
   * Chinese text), the header, then the entries ordered by source, table, row and period, CRLF line
   * ends.
   */
  public static void write(Collection<ActualsEntry> entries, OutputStream out) throws IOException {
    out.write(BOM);
    out.write(text(entries).getBytes(StandardCharsets.UTF_8));
  }

  /** The text of {@link #write}, without the byte-order mark. */
  public static String text(Collection<ActualsEntry> entries) {
    List<ActualsEntry> sorted = new ArrayList<>(entries);
    sorted.sort(
        Comparator.comparing(ActualsEntry::key)
            .thenComparing(ActualsEntry::kind)
            .thenComparingInt(ActualsEntry::indicator)
            .thenComparing(ActualsEntry::period));
    StringBuilder b = new StringBuilder(ActualsColumn.HEADER).append("\r\n");
    for (ActualsEntry e : sorted) {
      Csv.write(
          b,
          List.of(
              e.key().source(),
              Integer.toString(e.key().seq()),
              e.row(),
              e.period().toString(),
              e.value(),
              e.note() == null ? "" : e.note()));
    }
    return b.toString();
  }

  /** A CSV record as a line of the validator. */
  private record CsvLine(int number, List<String> fields) implements ActualsValidator.Line {
    @Override
    public String get(ActualsColumn column) {
      int i = column.ordinal();
      return i < fields.size() ? fields.get(i) : null;
    }

    @Override
    public String letter(ActualsColumn column) {
      return null;
    }
  }
}
