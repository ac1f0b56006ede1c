package io.jixiao.document;

import io.jixiao.document.FormLabels.Meaning;
import io.jixiao.model.Level1;
import io.jixiao.model.Level2;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Grids from a run-on line whose cells are separated by single spaces (a WPS export of a 自评表 on
 * one line, docs/forms.md file 7). No row boundary survives, so the tokens are regrouped into rows
 * by their kinds, as {@link CellStreamGridReader} does for cell lines:
 *
 * <ul>
 *   <li>a form starts at its title ({@code 项目支出绩效自评表}); tokens before the first title (the
 *       document properties) belong to no form;
 *   <li>a field label and the tokens up to the next label make a row ({@code 项目名称 …});
 *   <li>a run of column labels (after a group label such as {@code 项目资金 (万元)} or {@code 绩效指标})
 *       makes a header row. Under a budget header, each row label ({@code 年度资金总额:}, {@code
 *       其中:本年财政拨款}, {@code 上年结转资金}) takes the numbers after it;
 *   <li>under an indicator header, a row is an optional level-1 label, an optional level-2 label,
 *       the name, one token per value column (年度指标值, 实际完成值, 分值, 得分) and a reason when the
 *       token after the score does not start a row (a row ends on its weight and score, both
 *       numbers). A level-2 label followed by another label is a row without indicator;
 *   <li>{@code 年度总体目标 预期目标 实际完成情况 <goal> <result>}: the goal and its result as two rows.
 * </ul>
 *
 * Tokens are cells as printed (a value never holds a space in these exports); a token that fits no
 * kind is left out of the grid, never moved into a neighbouring cell.
 */
final class TokenStreamGridReader implements GridReader {

  /** A line this long with this many spaces, a form title and an indicator header is run-on. */
  private static final int RUN_ON = 400;
  private static final int MIN_TOKENS = 100;

  private static final Pattern TITLE = Pattern.compile("项目支出绩效(自评|目标)表");
  private static final Pattern YEAR_TOKEN = Pattern.compile("^[(（]\\d{4}年度?[)）]$");
  private static final Pattern NUMBER = Pattern.compile("^-?[\\d,]+(?:\\.\\d+)?%?$");

  /** The column labels of a header row (the field labels of a form are not among them). */
  private static final Set<Meaning> COLUMNS =
      EnumSet.of(
          Meaning.INITIAL_BUDGET, Meaning.ADJUSTED_BUDGET, Meaning.SPENT, Meaning.EXECUTION_RATE,
          Meaning.WEIGHT, Meaning.SCORE, Meaning.L1, Meaning.L2, Meaning.L3, Meaning.VALUE,
          Meaning.ACTUAL, Meaning.REASON, Meaning.DESCRIPTION, Meaning.SIGN, Meaning.MEASURE,
          Meaning.DIRECTION, Meaning.REMARK, Meaning.VALUE_BASIS);

  private static final Set<Meaning> BUDGET_ROWS =
      EnumSet.of(Meaning.BUDGET, Meaning.FISCAL, Meaning.OTHER_FUNDS);

  @Override
  public boolean accepts(SourceText text) {
    return !lines(text).isEmpty();
  }

  private static List<Integer> lines(SourceText text) {
    List<Integer> out = new ArrayList<>();
    for (int n : text.linesContaining("一级指标")) {
      String l = text.line(n);
      if (l.length() >= RUN_ON && TITLE.matcher(l).find() && spaces(l) >= MIN_TOKENS) {
        out.add(n);
      }
    }
    return out;
  }

  private static int spaces(String l) {
    int n = 0;
    for (int i = 0; i < l.length(); i++) {
      if (l.charAt(i) == ' ') {
        n++;
      }
    }
    return n;
  }

  @Override
  public List<Grid> read(SourceText text) {
    List<Grid> grids = new ArrayList<>();
    for (int n : lines(text)) {
      List<String> tokens = new ArrayList<>();
      for (String raw : text.line(n).split(" +")) {
        String t = Cells.text(raw);
        if (t != null) {
          tokens.add(t);
        }
      }
      List<Integer> starts = new ArrayList<>();
      for (int i = 0; i < tokens.size(); i++) {
        if (TITLE.matcher(tokens.get(i)).find()) {
          starts.add(i);
        }
      }
      for (int k = 0; k < starts.size(); k++) {
        int end = k + 1 < starts.size() ? starts.get(k + 1) : tokens.size();
        grids.add(new Form(n, tokens.subList(starts.get(k), end)).grid());
      }
    }
    return grids;
  }

  /** One form's tokens, regrouped into rows. */
  private static final class Form {
    private final int line;
    private final List<String> t;
    private final List<Grid.Row> rows = new ArrayList<>();
    private int i;

    Form(int line, List<String> tokens) {
      this.line = line;
      this.t = tokens;
    }

    Grid grid() {
      String title = t.get(0);
      i = 1;
      if (i < t.size() && YEAR_TOKEN.matcher(t.get(i)).matches()) {
        title = title + t.get(i);
        i++;
      }
      while (i < t.size()) {
        if (header()) {
          continue;
        }
        String tok = t.get(i);
        Meaning m = FormLabels.of(tok);
        if (m == Meaning.GOAL && goalBlock()) {
          continue;
        }
        if (m != null || tok.endsWith(":") || tok.endsWith("：")) {
          int j = i + 1;
          while (j < t.size() && !isBoundary(j)) {
            j++;
          }
          String value = j > i + 1 ? String.join(" ", t.subList(i + 1, j)) : null;
          row(tok, value);
          i = j;
          continue;
        }
        i++; // a token of no known kind: left out
      }
      return new Grid(List.of(title), rows);
    }

    /** A label, a title or a header starts at {@code j}: a field value ends before it. */
    private boolean isBoundary(int j) {
      String tok = t.get(j);
      return FormLabels.of(tok) != null
          || tok.endsWith(":")
          || tok.endsWith("：")
          || TITLE.matcher(tok).find()
          || columnRun(j) >= 3
          || j + 1 < t.size() && isUnitSuffix(t.get(j + 1));
    }

    private void row(String... cells) {
      rows.add(new Grid.Row(line, java.util.Arrays.asList(cells), false));
    }

    private static boolean isUnitSuffix(String tok) {
      return TabRow.label(tok).equals("（万元）");
    }

    private int columnRun(int from) {
      int k = from;
      while (k < t.size() && COLUMNS.contains(FormLabels.of(t.get(k)))) {
        k++;
      }
      return k - from;
    }

    /** A header row (with the budget or indicator rows under it); false when none starts here. */
    private boolean header() {
      String group = null;
      int from = i;
      if (i + 1 < t.size() && isUnitSuffix(t.get(i + 1))) {
        group = t.get(i) + t.get(i + 1);
        from = i + 2;
      } else if (FormLabels.of(t.get(i)) == null && columnRun(i + 1 < t.size() ? i + 1 : i) >= 3) {
        group = t.get(i); // 绩效指标: a merged group label with no cell below it
        from = i + 1;
      }
      int run = columnRun(from);
      if (run < 3) {
        return false;
      }
      List<String> header = new ArrayList<>(t.subList(from, from + run));
      i = from + run;
      List<Meaning> meanings = new ArrayList<>();
      for (String h : header) {
        meanings.add(FormLabels.of(h));
      }
      if (meanings.contains(Meaning.L1)) {
        rows.add(new Grid.Row(line, header, false));
        indicatorRows(meanings);
      } else {
        if (group != null) {
          header.add(0, group);
        }
        rows.add(new Grid.Row(line, header, false));
        budgetRows(header.size() - 1);
      }
      return true;
    }

    /** Each budget row label takes up to {@code width} numbers after it. */
    private void budgetRows(int width) {
      while (i < t.size() && BUDGET_ROWS.contains(FormLabels.of(t.get(i)))) {
        List<String> cells = new ArrayList<>();
        cells.add(t.get(i++));
        while (i < t.size() && cells.size() <= width && NUMBER.matcher(t.get(i)).matches()) {
          cells.add(t.get(i++));
        }
        rows.add(new Grid.Row(line, cells, false));
      }
    }

    /**
     * Indicator rows until a label that is no level label ({@code 总分}): levels, name, the value
     * columns, then the reason when the token after the score does not start another row.
     */
    private void indicatorRows(List<Meaning> header) {
      int l3 = header.indexOf(Meaning.L3);
      int last = header.size() - 1;
      boolean hasReason = header.get(last) == Meaning.REASON;
      int values = (hasReason ? last : header.size()) - l3 - 1;
      while (i < t.size()) {
        if (FormLabels.of(t.get(i)) != null && !isLevel(t.get(i))) {
          return;
        }
        String[] cells = new String[header.size()];
        if (isLevel1At(i)) {
          cells[header.indexOf(Meaning.L1)] = t.get(i++);
        }
        if (i < t.size() && isLevel2(t.get(i)) && header.contains(Meaning.L2)) {
          cells[header.indexOf(Meaning.L2)] = t.get(i++);
        }
        if (i >= t.size() || isLevel(t.get(i)) || FormLabels.of(t.get(i)) != null) {
          rows.add(new Grid.Row(line, java.util.Arrays.asList(cells), false)); // a bare label
          continue;
        }
        cells[l3] = t.get(i++);
        for (int v = 1; v <= values && i < t.size(); v++) {
          cells[l3 + v] = t.get(i++);
        }
        if (hasReason && i < t.size() && !isLevel(t.get(i)) && FormLabels.of(t.get(i)) == null
            && !startsRow(i, values)) {
          cells[last] = t.get(i++);
        }
        rows.add(new Grid.Row(line, java.util.Arrays.asList(cells), false));
      }
    }

    /** True when a row without labels fits at {@code j}: its last two value tokens are numbers. */
    private boolean startsRow(int j, int values) {
      int weight = j + values - 1;
      int score = j + values;
      return score < t.size()
          && NUMBER.matcher(t.get(weight)).matches()
          && NUMBER.matcher(t.get(score)).matches();
    }

    /**
     * {@code 年度总体目标 预期目标 实际完成情况 <goal> <result>}: the sub-labels, then one token each;
     * false when the goal label is not followed by its sub-labels.
     */
    private boolean goalBlock() {
      int k = i + 1;
      List<String> labels = new ArrayList<>();
      while (k < t.size() && (TabRow.label(t.get(k)).equals("预期目标")
          || FormLabels.of(t.get(k)) == Meaning.ACTUAL)) {
        labels.add(t.get(k++));
      }
      if (labels.size() < 2 || k + labels.size() > t.size()) {
        return false;
      }
      row(t.get(i), t.get(k));
      for (int s = 1; s < labels.size(); s++) {
        if (FormLabels.of(labels.get(s)) == Meaning.ACTUAL) {
          row(labels.get(s), t.get(k + s));
        }
      }
      i = k + labels.size();
      return true;
    }

    /**
     * A level-1 label at {@code j}. 成本指标 names a level 1 (2021 taxonomy) and a level 2 (classic,
     * under 产出指标): it is a level 1 when it carries points or a level-2 label follows it.
     */
    private boolean isLevel1At(int j) {
      String tok = t.get(j);
      if (!isLevel1(tok)) {
        return false;
      }
      if (Level2.of(tok) == null || FormLabels.points(tok) != null) {
        return true;
      }
      return j + 1 < t.size() && isLevel2(t.get(j + 1));
    }

    private static boolean isLevel(String tok) {
      return isLevel1(tok) || isLevel2(tok);
    }

    private static boolean isLevel1(String tok) {
      return Level1.of(FormLabels.normal(tok)) != null;
    }

    private static boolean isLevel2(String tok) {
      return Level2.of(tok) != null && FormLabels.points(tok) == null;
    }
  }
}
