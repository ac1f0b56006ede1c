package io.jixiao.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The RFC 4180 reader on hand-written input. */
class CsvTest {

  @Test
  void readsQuotedCommasEscapedQuotesAndLineBreaksInsideAField() {
    Csv.Parsed p = Csv.parse("a,\"b,c\",\"say \"\"hi\"\"\",\"two\nlines\"\r\nnext,1,2,3\n");

    assertThat(p.errors()).isEmpty();
    assertThat(p.records())
        .containsExactly(
            new Csv.Record(1, List.of("a", "b,c", "say \"hi\"", "two\nlines")),
            new Csv.Record(3, List.of("next", "1", "2", "3")));
  }

  @Test
  void acceptsLfCrlfAndALoneCrAsLineEnds() {
    Csv.Parsed p = Csv.parse("a\rb\r\nc\nd");

    assertThat(p.records()).extracting(Csv.Record::line).containsExactly(1, 2, 3, 4);
    assertThat(p.records()).extracting(r -> r.fields().get(0)).containsExactly("a", "b", "c", "d");
  }

  @Test
  void keepsSpacesAndEmptyFieldsIncludingATrailingOne() {
    Csv.Parsed p = Csv.parse(" a , ,\n");

    assertThat(p.records()).containsExactly(new Csv.Record(1, List.of(" a ", " ", "")));
  }

  @Test
  void aBlankLineIsARecordOfOneEmptyFieldThatTheReaderSkips() {
    Csv.Parsed p = Csv.parse("a,b\n\nc,d\n");

    assertThat(p.records()).hasSize(3);
    assertThat(p.records().get(1).blank()).isTrue();
    assertThat(p.records().get(2)).isEqualTo(new Csv.Record(3, List.of("c", "d")));
  }

  @Test
  void aQuoteInsideAnUnquotedFieldIsAnErrorForThatLineOnly() {
    Csv.Parsed p = Csv.parse("a,b\"c,d\ne,f\n");

    assertThat(p.errors()).hasSize(1);
    assertThat(p.errors().get(0).line()).isEqualTo(1);
    assertThat(p.errors().get(0).field()).isEqualTo(1);
    assertThat(p.errors().get(0).message()).contains("未加引号的字段中出现引号");
    assertThat(p.records()).containsExactly(new Csv.Record(2, List.of("e", "f")));
  }

  @Test
  void textAfterAClosingQuoteIsAnError() {
    Csv.Parsed p = Csv.parse("x\n\"ab\"c,d\n");

    assertThat(p.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.field()).isZero();
              assertThat(e.message()).contains("结束引号后应为逗号或换行，实际为“c”");
            });
  }

  @Test
  void aQuoteLeftOpenIsReportedOnTheLineWhereTheFieldStarts() {
    Csv.Parsed p = Csv.parse("a,b\nc,\"open\nstill open\nto the end");

    assertThat(p.records()).containsExactly(new Csv.Record(1, List.of("a", "b")));
    assertThat(p.errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.line()).isEqualTo(2);
              assertThat(e.field()).isEqualTo(1);
              assertThat(e.rest()).isTrue();
            });
  }

  @Test
  void quotesOnlyTheFieldsThatNeedIt() {
    assertThat(Csv.quote("plain 文字")).isEqualTo("plain 文字");
    assertThat(Csv.quote("a,b")).isEqualTo("\"a,b\"");
    assertThat(Csv.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(Csv.quote("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(Csv.quote(" padded")).isEqualTo("\" padded\"");
    assertThat(Csv.quote("")).isEmpty();
  }
}
