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
  void aNoteOfAnyTextSurvivesTheActualsFileStrippedOfOuterSpace(@ForAll("fields") String note) {
    ProjectKey key = new ProjectKey("001_承德,\"2023\".txt", 3);
    ActualsEntry entry =
        ActualsEntry.indicator(key, 2, java.time.YearMonth.of(2023, 6), "96%", note);

    Csv.Parsed parsed = Csv.parse(ActualsCsv.text(List.of(entry)));

    assertThat(parsed.records()).hasSize(2);
    List<String> fields = parsed.records().get(1).fields();
    assertThat(fields.get(0)).isEqualTo("001_承德,\"2023\".txt");
    assertThat(fields.get(5)).isEqualTo(entry.note() == null ? "" : entry.note());
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
