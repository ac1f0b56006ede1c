package io.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.model.Indicator;
import io.jixiao.model.Project;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random well-formed layout-A tables, printed the way the Word export prints them, read back into
 * exactly the rows that were generated.
 */
class CellPerLineReaderProperties {

  /**
   * Chinese characters of indicator text; none of 级 值 述 释 据, so no cell reads as a header label.
   */
  private static final String CJK = "监测报告完成率项目天津市数量质量时效成本效益满意社会生态保护工作资金服务点位合格";

  private static final String ASCII_AND_SIGNS = "ABCxyz0123456789%≥≤.-、（）";

  private static final List<String> LEVEL1 = List.of("产出指标", "效益指标", "满意度指标", "成本指标");

  private static final List<String> LEVEL2 =
      List.of("数量指标", "质量指标", "时效指标", "成本指标", "社会效益指标", "生态效益指标", "服务对象满意度指标");

  /** The three header shapes of the Tianjin exports. */
  private enum Shape {
    FIVE_COLUMNS,
    WITH_BASIS,
    SEVEN_COLUMNS_WITH_BLANKS
  }

  /**
   * One generated row: its cells and how it is printed. {@code inherit}: the 一级指标 cell is left
   * blank (merged with the row above); {@code blankL2}: so is the 二级指标 cell, when 一级 is.
   */
  private record RowSpec(
      String l1,
      String l2,
      String l3,
      String description,
      String value,
      String basis,
      boolean inherit,
      boolean blankL2) {}

  /**
   * How a row is printed: a blank line after each cell whose bit is set in {@code splits} (a page
   * break or blank paragraph), {@code blankLines} extra blank lines after it, and a line break
   * inside cell {@code breakCell} at {@code breakAt}.
   */
  private record Print(int splits, int blankLines, int breakCell, int breakAt) {}

  private record Row(RowSpec spec, Print print) {}

  private record TableSpec(Shape shape, List<Row> rows) {}

  @Property(tries = 300)
  void readsBackExactlyTheGeneratedRows(@ForAll("documents") List<TableSpec> tables) {
    LayoutAText text = new LayoutAText();
    List<List<Indicator>> expected = new ArrayList<>();
    for (int t = 0; t < tables.size(); t++) {
      expected.add(print(tables.get(t), t + 1, text));
    }

    ImportResult result = new DocumentReader().readText("generated.txt", text.text());

    assertThat(result.problems()).isEmpty();
    List<Project> projects = result.document().projects();
    assertThat(projects).hasSize(tables.size());
    for (int t = 0; t < tables.size(); t++) {
      assertThat(projects.get(t).seq()).isEqualTo(t + 1);
      assertThat(projects.get(t).name()).isEqualTo("项目" + (t + 1));
      assertThat(projects.get(t).indicators()).containsExactlyElementsOf(expected.get(t));
    }
  }

  @Property(tries = 300)
  void neverFailsOnScrambledLinesAndPlacesEveryProblemInTheFile(
      @ForAll("scrambledLines") List<String> lines) {
    String text = String.join("\n", lines);

    ImportResult result = new DocumentReader().readText("scrambled.txt", text);

    assertThat(result.ok()).isEqualTo(result.document() != null);
    assertThat(result.problems()).allSatisfy(p -> assertThat(p.line()).isBetween(0, lines.size()));
  }

  /** Prints one table and returns the indicators it should read as. */
  private static List<Indicator> print(TableSpec table, int seq, LayoutAText text) {
    text.title(seq, "项目" + seq + "绩效目标表")
        .header("358101天津市规划和自然资源局财务管理处", "项目" + seq, "10.00", "用于项目" + seq, "1.完成项目" + seq);
    switch (table.shape()) {
      case FIVE_COLUMNS:
        text.row("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值");
        break;
      case WITH_BASIS:
        text.row("一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据");
        break;
      default:
        text.row("一级指标", "二级指标", "三级指标", "绩效指标描述", "", "指标值", "");
    }
    List<Indicator> expected = new ArrayList<>();
    String l1 = null;
    String l2 = null;
    for (Row row : table.rows()) {
      RowSpec r = row.spec();
      boolean inherit = r.inherit() && l1 != null;
      boolean blankL2 = inherit && r.blankL2();
      l1 = inherit ? l1 : r.l1();
      l2 = blankL2 ? l2 : r.l2();
      String l1Cell = inherit ? "" : r.l1();
      String l2Cell = blankL2 ? "" : r.l2();
      List<String> cells = new ArrayList<>();
      switch (table.shape()) {
        case FIVE_COLUMNS:
          cells.addAll(List.of(l1Cell, l2Cell, r.l3(), r.description(), r.value()));
          break;
        case WITH_BASIS:
          cells.addAll(List.of(l1Cell, l2Cell, r.l3(), r.description(), r.value(), r.basis()));
          break;
        default:
          cells.addAll(List.of(l1Cell, l2Cell, r.l3(), r.description(), "", r.value(), ""));
      }
      printRow(cells, row.print(), text);
      expected.add(
          new Indicator(
              l1,
              l2,
              r.l3(),
              blankToNull(r.description()),
              r.value(),
              table.shape() == Shape.WITH_BASIS ? blankToNull(r.basis()) : null));
    }
    return expected;
  }

  private static void printRow(List<String> cells, Print print, LayoutAText text) {
    int broken = print.breakCell() % cells.size();
    String cell = cells.get(broken);
    if (cell.length() >= 2) {
      int at = 1 + print.breakAt() % (cell.length() - 1);
      cells.set(broken, cell.substring(0, at) + "\n" + cell.substring(at));
    }
    for (int k = 0; k < cells.size(); k++) {
      text.cells(cells.get(k));
      if (k < cells.size() - 1 && (print.splits() & (1 << k)) != 0) {
        text.blank();
      }
    }
    text.blank();
    for (int i = 0; i < print.blankLines(); i++) {
      text.blank();
    }
  }

  private static String blankToNull(String s) {
    return s.isEmpty() ? null : s;
  }

  @Provide
  Arbitrary<List<TableSpec>> documents() {
    Arbitrary<String> text =
        Arbitraries.strings()
            .withChars((CJK + ASCII_AND_SIGNS).toCharArray())
            .ofMinLength(1)
            .ofMaxLength(24);
    Arbitrary<String> maybeText = Arbitraries.oneOf(Arbitraries.just(""), text);
    Arbitrary<RowSpec> spec =
        Combinators.combine(
                Arbitraries.of(LEVEL1),
                Arbitraries.of(LEVEL2),
                text,
                maybeText,
                text,
                maybeText,
                Arbitraries.of(true, false),
                Arbitraries.of(true, false))
            .as(RowSpec::new);
    Arbitrary<Print> print =
        Combinators.combine(
                Arbitraries.integers()
                    .between(0, 63)
                    .withDistribution(net.jqwik.api.RandomDistribution.uniform()),
                Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 6),
                Arbitraries.integers().between(0, 30))
            .as(Print::new);
    Arbitrary<Row> row = Combinators.combine(spec, print).as(Row::new);
    Arbitrary<TableSpec> table =
        Combinators.combine(Arbitraries.of(Shape.class), row.list().ofMinSize(1).ofMaxSize(12))
            .as(TableSpec::new);
    return table.list().ofMinSize(1).ofMaxSize(3);
  }

  /** Lines of every kind the reader meets, in any order. */
  @Provide
  Arbitrary<List<String>> scrambledLines() {
    Arbitrary<String> line =
        Arbitraries.of(
            "[bookmark: _Toc1]1.项目绩效目标表",
            "2.项目绩效目标表",
            "3.完成监测",
            "",
            " ",
            "\t",
            "\t一级指标",
            "\t二级指标",
            "\t三级指标",
            "\t绩效指标描述",
            "\t指标值",
            "\t指标值确定依据",
            "\t产出指标",
            "\t数量指标",
            "\t≥90%",
            "\t358101天津市规划和自然资源局财务管理处",
            "\t单位：万元",
            "\t项目名称",
            "\t预算数",
            "\t其中：财政    资金",
            "\t其他资金",
            "\t100.17",
            "\t十万",
            "\t资金支出计划（%）",
            "\t3月底",
            "\t30%",
            "\t绩效目标",
            "\t1.完成监测",
            "继续上一个单元格",
            "\t项目编码",
            "\tP-1");
    return line.list().ofMaxSize(60);
  }
}
