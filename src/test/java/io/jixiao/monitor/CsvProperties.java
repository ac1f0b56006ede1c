package io.jixiao.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever a field holds (commas, quotes, line breaks of every kind, CJK text, spaces at the ends,
 * nothing at all) it is read back exactly when written with RFC 4180 quoting.
 */
class CsvProperties {

  @Property(tries = 500)
  void recordsWrittenWithQuotingReadBackExactly(@ForAll("records") List<List<String>> records) {
    StringBuilder text = new StringBuilder();
    for (List<String> r : records) {
      Csv.write(text, r);
    }

    Csv.Parsed parsed = Csv.parse(text.toString());

    assertThat(parsed.errors()).isEmpty();
    assertThat(parsed.records()).extracting(Csv.Record::fields).isEqualTo(records);
  }

  @Property(tries = 200)
  void lineNumbersCountTheLineBreaksInsideQuotedFields(
      @ForAll("records") List<List<String>> records) {
    StringBuilder text = new StringBuilder();
    List<Integer> starts = new ArrayList<>();
    int line = 1;
    for (List<String> r : records) {
      starts.add(line);
      int before = text.length();
      Csv.write(text, r);
      line += breaks(text.substring(before));
    }

    Csv.Parsed parsed = Csv.parse(text.toString());

    assertThat(parsed.records()).extracting(Csv.Record::line).isEqualTo(starts);
  }

  @Property(tries = 200)
  void entriesWithAnyNoteReadBackThroughTheActualsReaderAsTheSameEntries(
      @ForAll("fields") String spendingNote,
      @ForAll("fields") String indicatorNote,
      @ForAll("grades") String grade)
      throws java.io.IOException {
    ProjectKey key = new ProjectKey(ODD.source(), 1);
    List<ActualsEntry> entries =
        List.of(
            ActualsEntry.spent(key, JUN, io.jixiao.model.Money.parse("2.5"), spendingNote),
            ActualsEntry.indicator(key, 1, JUN, grade, indicatorNote));
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    ActualsCsv.write(entries, out);

    ActualsReadResult back = ActualsCsv.read("a.csv", out.toByteArray(), List.of(ODD));

    assertThat(back.problems()).isEmpty();
    assertThat(back.entries()).containsExactlyInAnyOrderElementsOf(entries);
  }

  private static final java.time.YearMonth JUN = java.time.YearMonth.of(2023, 6);

  /** A document whose file name needs quoting, with one qualitative indicator. */
  private static final io.jixiao.model.TargetDocument ODD =
      io.jixiao.model.TestDocuments.document("001_承德,\"2023\"\n.txt")
          .department("某局", 2023)
          .projects(
              io.jixiao.model.TestDocuments.project(1, "项目绩效目标表")
                  .budget("10", null, null)
                  .indicator("效益指标", "社会效益指标", "水平", null, "巩固提升", null)
                  .build())
          .build();

  @Provide
  Arbitrary<String> grades() {
    return Arbitraries.of("达成", "基本达成", "部分达成", "未达成", "已完成", "98%", " 96% ");
  }

  /** CRLF, LF and CR each count as one line break. */
  private static int breaks(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == s.length() || s.charAt(i + 1) != '\n'))) {
        n++;
      }
    }
    return n;
  }

  @Provide
  Arbitrary<List<List<String>>> records() {
    return fields().list().ofSize(6).list().ofMinSize(1).ofMaxSize(8);
  }

  @Provide
  Arbitrary<String> fields() {
    Arbitrary<String> tricky =
        Arbitraries.of(
            ",", "\"", "\"\"", "\n", "\r", "\r\n", " ", "\t", "　", "绩效", "偏差原因：", "，", "“引号”",
            "a,b", "\"x\"", "12.5", "≥95%");
    Arbitrary<String> cjk = Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').ofMaxLength(6);
    Arbitrary<String> ascii = Arbitraries.strings().ascii().ofMaxLength(6);
    return Arbitraries.oneOf(tricky, cjk, ascii)
        .list()
        .ofMaxSize(5)
        .map(parts -> String.join("", parts));
  }
}
