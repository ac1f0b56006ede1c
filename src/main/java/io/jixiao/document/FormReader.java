package io.jixiao.document;

import io.jixiao.document.FormLabels.Meaning;
import io.jixiao.model.Budget;
import io.jixiao.model.BudgetUnit;
import io.jixiao.model.Department;
import io.jixiao.model.FormKind;
import io.jixiao.model.FormSections;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorFacts;
import io.jixiao.model.Level1;
import io.jixiao.model.Money;
import io.jixiao.model.Percent;
import io.jixiao.model.Project;
import io.jixiao.model.ProjectCode;
import io.jixiao.model.ProjectFacts;
import io.jixiao.model.SelfEvaluation;
import io.jixiao.model.UnitCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage two (docs/adr/0015): recognises the form in the {@link Grid}s of a source from its labels
 * ({@link FormLabels}, the one synonym table) and maps it to the model. Two shapes are read:
 *
 * <ul>
 *   <li>one grid holding many projects: a header row with project columns (单位名称, 项目名称, 预算数,
 *       年度目标) before the indicator columns, one row per indicator, merged project cells blank
 *       (tab rows) or dropped with the rest shifted left (pipe rows, anchored on the level-1
 *       label);
 *   <li>a form per table (an HTML 项目支出绩效目标表): label cells followed by their values (项目名称,
 *       主管部门及代码, 实施单位, 年度资金总额, 其中：财政拨款, 其他资金, 年度总体目标), then an indicator
 *       header and rows.
 * </ul>
 *
 * <p>A separate 指标性质 / 指标值 / 度量单位 split is joined into one printed value ({@code ≥48.6公里}),
 * weights and direction are kept, amounts printed in 元 become exact 万元, codes glued to names
 * ({@code 346001-…}, {@code [812001]…}) are split. Returns null when no grid is a known form, so
 * the classic readers get the text.
 */
final class FormReader {

  private static final Pattern YEAR = Pattern.compile("(20\\d\\d)\\s*年");
  private static final Pattern CODED =
      Pattern.compile("^(?:\\[(\\d{3,12})\\]|(\\d{3,12})\\s*[-－—]\\s*)(.+)$");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
  private static final Pattern INLINE_AMOUNT =
      Pattern.compile("^[一二三四五六]、\\s*([^：:]+)[：:]\\s*([\\d,]+(?:\\.\\d+)?)\\s*万元");
  private static final Pattern CODED_PROJECT =
      Pattern.compile("^([0-9A-Za-z]{15,40})\\s*[-－]\\s*(.+)$");
  private static final Pattern GRADE = Pattern.compile("等级[为是：:]?\\s*([优良中差])|^([优良中差])$");
  private static final Pattern TICKED = Pattern.compile("(新增|延续)(?:项目)?\\s*[√☑✓]");
  private static final Pattern NUMBERED_GOAL = Pattern.compile("^目标\\d+[:：].+");
  private static final Pattern GOAL_RESULT = Pattern.compile("^目标\\d+完成情况[:：].+");
  private static final Pattern TEMPLATE_NAME = Pattern.compile("^指标\\d+$");
  private static final Pattern FRACTION = Pattern.compile("^(?:0(?:\\.\\d+)?|1(?:\\.0+)?)$");
  private static final Pattern OCR_SIGN = Pattern.compile("^2(\\d+(?:\\.\\d+)?)(%|天)$");
  /** An amount in 万元 this large (10 亿元 and more for one row) is a figure printed in 元. */
  private static final BigDecimal YUAN_MAGNITUDE = new BigDecimal("1000000");

  private final List<GridReader> textGrids =
      List.of(
          new TextGridReader(TextGridReader.Kind.PIPE),
          new TextGridReader(TextGridReader.Kind.TAB));
  private final GridReader html = new HtmlGridReader();
  private final GridReader cellPerLine = new CellPerLineGridReader();
  private final CellStreamGridReader cellStream = new CellStreamGridReader();
  private final GridReader spaced = new SpacedGridReader();
  private final GridReader tokenStream = new TokenStreamGridReader();
  private final GridReader glued = new GluedTextGridReader();

  /** What the form reader found: the department (may be null) and the tables. */
  record Result(Department department, List<Project> projects) {}

  /**
   * The forms of {@code source}, or null when it holds none this reader knows. Text is only
   * gridded when a line names both a project column and the level-1 column (a many-project grid),
   * so the classic exports never pay for it.
   */
  Result read(SourceText source, Problems problems) {
    List<Grid> grids;
    if (html.accepts(source)) {
      grids = html.read(source);
    } else if (hasManyProjectHeader(source)) {
      grids = new ArrayList<>();
      for (GridReader r : textGrids) {
        if (r.accepts(source)) {
          grids.addAll(r.read(source));
        }
      }
    } else if (cellStream.accepts(source)) {
      grids = cellStream.read(source);
      CellStreamGridReader.Orphans tail = cellStream.orphans(source);
      if (tail != null) {
        problems.warning(
            "IMP-FORM-ORPHAN", tail.firstLine(), null, null,
            "第 " + tail.firstLine() + "–" + tail.lastLine() + " 行的 " + tail.cells()
                + " 个单元格在第一张表（报表编号）之前，是上一页表格的结尾，不属于任何项目，未导入");
      }
    } else if (hasDeclarationLabels(source)) {
      grids = cellPerLine.read(source);
    } else if (spaced.accepts(source)) {
      grids = spaced.read(source);
    } else {
      Result tokens = tokenStream.accepts(source) ? read(tokenStream.read(source), problems) : null;
      if (tokens == null && glued.accepts(source)) {
        tokens = read(glued.read(source), problems);
      }
      return tokens != null ? tokens : runOn(source, problems);
    }
    return read(grids, problems);
  }

  /** Run-on text no grid reader regroups: the project names only, with a warning. */
  private static Result runOn(SourceText source, Problems problems) {
    List<Integer> runOn = RunOnForms.lines(source);
    if (runOn.isEmpty()) {
      return null;
    }
    List<Project> read = RunOnForms.read(source, runOn, problems);
    return read.isEmpty() ? null : new Result(null, read);
  }

  /**
   * The forms in grids a native reader produced (a Word or Excel table, {@code docs/adr/0017}), or
   * null when no grid is a known form.
   */
  Result read(List<Grid> grids, Problems problems) {
    List<Project> projects = new ArrayList<>();
    Department department = null;
    for (Grid g : grids) {
      int header = indicatorHeader(g);
      if (header < 0) {
        continue;
      }
      Map<Meaning, Integer> columns = columns(g.rows().get(header));
      boolean shiftedLevels = !columns.containsKey(Meaning.L3);
      if (shiftedLevels) {
        // the Hubei form: 一级指标 holds the level-2 labels and 二级指标 the indicator name
        columns.put(Meaning.L3, columns.get(Meaning.L2));
        columns.put(Meaning.L2, columns.remove(Meaning.L1));
      }
      GridContext ctx = new GridContext(g, header, columns, projects.size(), problems);
      if (columns.containsKey(Meaning.PROJECT)) {
        projects.addAll(ctx.manyProjects());
      } else {
        Project p = ctx.oneProject();
        if (p != null) {
          projects.add(p);
        }
      }
      if (department == null) {
        department = ctx.department();
      }
    }
    return projects.isEmpty() ? null : new Result(department, projects);
  }

  /** The labels only the other forms print: a classic 项目支出绩效目标表 has none of them. */
  private static final java.util.Set<Meaning> OTHER_FORM_LABELS =
      java.util.EnumSet.of(
          Meaning.ATTRIBUTE, Meaning.LONG_TERM_GOAL, Meaning.CATEGORY, Meaning.NATURE,
          Meaning.INITIAL_BUDGET, Meaning.ADJUSTED_BUDGET, Meaning.SPENT, Meaning.EXECUTION_RATE,
          Meaning.ACTUAL, Meaning.SCORE, Meaning.SIGN, Meaning.WEIGHT, Meaning.DIRECTION);

  /**
   * True when native grids (Word, Excel) hold another form than the classic target table: a
   * header row with both 项目名称 and 一级指标 (many projects in one grid), a 长期/年度绩效指标 block,
   * or a label only the 申报表 and the 自评表 print (项目属性, 年初预算, 完成值, 权重, 指标性质 …) in a
   * header row or above the first indicator header. The classic table keeps its text-layout
   * reader, so the DOCX and XLSX round trips stay exact.
   */
  static boolean holdsOtherForm(List<Grid> grids) {
    for (Grid g : grids) {
      boolean beforeIndicators = true;
      for (Grid.Row row : g.rows()) {
        boolean header = isIndicatorHeader(row);
        if (!beforeIndicators && !header) {
          continue; // an indicator row may well be named 预算执行率 or hold 长期目标 as its value
        }
        beforeIndicators &= !header;
        Map<Meaning, Integer> c = columns(row);
        if (c.containsKey(Meaning.PROJECT) && c.containsKey(Meaning.L1)) {
          return true;
        }
        if (header && GridContext.term(row) != null) {
          return true;
        }
        for (Meaning m : c.keySet()) {
          if (OTHER_FORM_LABELS.contains(m)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** True when some line holds 项目名称 and 一级指标 and a cell separator. */
  private static boolean hasManyProjectHeader(SourceText source) {
    for (int n : source.linesContaining("一级指标")) {
      String l = source.line(n);
      if (l.contains("项目名称") && (l.indexOf('\t') >= 0 || l.indexOf('|') >= 0)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a cell line names a field only the 申报表 prints (项目属性, 长期绩效指标): the seeds'
   * cell-per-line tables never do, so they keep their reader.
   */
  private static boolean hasDeclarationLabels(SourceText source) {
    for (String label : new String[] {"\t项目属性", "\t长期绩效指标"}) {
      if (source.linesContaining(label).length > 0) {
        return true;
      }
    }
    return false;
  }

  /** The index of the row that labels the indicator columns, -1 when the grid has none. */
  private static int indicatorHeader(Grid g) {
    for (int i = 0; i < g.rows().size(); i++) {
      if (isIndicatorHeader(g.rows().get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isIndicatorHeader(Grid.Row row) {
    Map<Meaning, Integer> c = columns(row);
    return c.containsKey(Meaning.L1)
        && (c.containsKey(Meaning.L3) || c.containsKey(Meaning.L2))
        && c.containsKey(Meaning.VALUE);
  }

  /** The first column of each meaning in a header row. */
  private static Map<Meaning, Integer> columns(Grid.Row row) {
    Map<Meaning, Integer> columns = new EnumMap<>(Meaning.class);
    for (int i = 0; i < row.cells().size(); i++) {
      Meaning m = FormLabels.of(row.cell(i));
      if (m != null) {
        columns.putIfAbsent(m, i);
      }
    }
    return columns;
  }

  /** {@code 346001-岷溪县白果镇人民政府} or {@code [812001]云岑县农业农村局} as code and name. */
  static BudgetUnit unit(String printed) {
    if (printed == null) {
      return null;
    }
    Matcher m = CODED.matcher(printed.strip());
    if (!m.matches()) {
      return new BudgetUnit(null, printed.strip());
    }
    String code = m.group(1) != null ? m.group(1) : m.group(2);
    return new BudgetUnit(new UnitCode(code), m.group(3).strip());
  }

  /** One grid's reading: header columns, amount scale, title. */
  private static final class GridContext {
    private final Grid grid;
    private final int header;
    private final Map<Meaning, Integer> columns;
    private final int seqBefore;
    private final Problems problems;
    private final boolean yuan;
    private final String title;
    private final Integer year;
    private String departmentName;
    private BudgetUnit authority;

    GridContext(
        Grid grid, int header, Map<Meaning, Integer> columns, int seqBefore, Problems problems) {
      this.grid = grid;
      this.header = header;
      this.columns = columns;
      this.seqBefore = seqBefore;
      this.problems = problems;
      List<String> printed = new ArrayList<>(grid.above());
      for (Grid.Row r : grid.rows().subList(0, header)) {
        printed.addAll(r.filled());
      }
      String t = null;
      Integer y = null;
      boolean inYuan = false;
      for (String s : printed) {
        String l = TabRow.label(s);
        if (t == null && l.contains("绩效") && l.contains("表") && !l.startsWith("报表编号")) {
          t = s;
        }
        Matcher m = YEAR.matcher(s);
        if (y == null && m.find() && (l.contains("年度") || l.contains("表"))) {
          y = Integer.valueOf(m.group(1));
        }
        if (l.matches("(金额)?单位：元.*")) {
          inYuan = true;
        }
      }
      this.title = t != null ? t : "绩效目标表";
      this.year = y;
      this.yuan = inYuan;
    }

    FormKind kind() {
      String l = TabRow.label(title);
      if (l.contains("自评")) {
        return l.contains("整体") ? FormKind.OVERALL_SELF_EVALUATION : FormKind.SELF_EVALUATION;
      }
      if (l.contains("整体")) {
        return FormKind.OVERALL;
      }
      return l.contains("申报") ? FormKind.DECLARATION : FormKind.TARGET;
    }

    Department department() {
      String name = departmentName;
      if (name == null && authority != null) {
        name = authority.name();
      }
      return name == null ? null : new Department(name, year);
    }

    /** The many-project grid: one project per run of rows under one 项目名称. */
    List<Project> manyProjects() {
      int anchor = columns.get(Meaning.L1);
      List<Integer> projectColumns = new ArrayList<>();
      List<Integer> indicatorColumns = new ArrayList<>();
      for (Map.Entry<Meaning, Integer> e : columns.entrySet()) {
        (e.getValue() < anchor ? projectColumns : indicatorColumns).add(e.getValue());
      }
      projectColumns.sort(null);
      indicatorColumns.sort(null);
      List<Project> out = new ArrayList<>();
      Builder current = null;
      String unit = null;
      Indicators levels = new Indicators();
      for (Grid.Row row : grid.rows().subList(header + 1, grid.rows().size())) {
        String[] cells = new String[Math.max(row.cells().size(), anchor + indicatorColumns.size())];
        if (row.shifted()) {
          if (!alignShifted(row.filled(), cells, projectColumns, indicatorColumns)) {
            subtotal(row.filled(), row.line());
            continue;
          }
        } else {
          for (int i = 0; i < row.cells().size(); i++) {
            cells[i] = row.cell(i);
          }
          if (Level1.of(levelLabel(cells[anchor])) == null && cells[col(Meaning.L3)] == null) {
            subtotal(row.filled(), row.line());
            continue;
          }
        }
        String name = at(cells, Meaning.PROJECT);
        if (at(cells, Meaning.UNIT) != null) {
          unit = at(cells, Meaning.UNIT);
        }
        if (name != null) {
          if (current != null) {
            out.add(current.build());
          }
          current = new Builder(seqBefore + out.size() + 1, title, kind());
          current.unit = unit(unit);
          current.name = name;
          current.total = money(at(cells, Meaning.BUDGET), row.line(), current.seq, "预算数");
          if (at(cells, Meaning.GOAL) != null) {
            current.goals.add(at(cells, Meaning.GOAL));
          }
          levels = new Indicators();
        }
        if (current == null) {
          problems.warning(
              "IMP-FORM-ROW", row.line(), null, null, "这一行在第一个项目之前，不属于任何项目，未导入");
          continue;
        }
        Indicator ind = levels.indicator(cells, columns);
        if (ind != null) {
          current.indicators.add(ind);
        }
      }
      if (current != null) {
        out.add(current.build());
      }
      return out;
    }

    /**
     * A pipe row whose blank and merged cells were dropped: everything before the level-1 label
     * belongs to the project (right-aligned on the project columns), everything from it on to the
     * indicator, aligned on both ends (left up to the value, right for weight and direction), so
     * a blank 度量单位 leaves the unit column blank. False when the row has no level-1 label.
     */
    private static boolean alignShifted(
        List<String> filled, String[] cells, List<Integer> project, List<Integer> indicator) {
      int k = -1;
      for (int i = 0; i < filled.size(); i++) {
        if (Level1.of(levelLabel(filled.get(i))) != null) {
          k = i;
          break;
        }
      }
      if (k < 0) {
        return false;
      }
      List<String> head = filled.subList(0, k);
      for (int i = 0; i < head.size() && i < project.size(); i++) {
        cells[project.get(project.size() - head.size() + i)] = head.get(i);
      }
      List<String> tail = filled.subList(k, filled.size());
      int n = Math.min(tail.size(), indicator.size());
      int left = Math.min(n, valueSlot(indicator) + 1);
      for (int i = 0; i < left; i++) {
        cells[indicator.get(i)] = tail.get(i);
      }
      for (int i = left; i < n; i++) {
        cells[indicator.get(indicator.size() - (n - i))] = tail.get(i);
      }
      return true;
    }

    private static int valueSlot(List<Integer> indicator) {
      return indicator.size() >= 5 ? 4 : indicator.size() - 1; // L1 L2 L3 SIGN VALUE …
    }

    /** A row without indicator: a department subtotal ({@code 346-白果镇部门 | 2,943,900.00}). */
    private void subtotal(List<String> filled, int line) {
      if (filled.size() >= 2 && departmentName == null) {
        BudgetUnit u = unit(filled.get(0));
        if (u.code() != null && NUMBER.matcher(filled.get(filled.size() - 1).replace(",", ""))
            .matches()) {
          departmentName = u.name();
        }
      }
    }

    /** The single-project form: label cells and their values, then the indicator rows. */
    Project oneProject() {
      Builder b = new Builder(seqBefore + 1, title, kind());
      List<Grid.Row> head = grid.rows().subList(0, header);
      Map<Meaning, Integer> budgetColumns = null;
      Grid.Row fiscalRow = null;
      for (int r = 0; r < head.size(); r++) {
        Grid.Row row = head.get(r);
        Map<Meaning, Integer> c = columns(row);
        if (c.containsKey(Meaning.INITIAL_BUDGET)) {
          budgetColumns = c;
          continue;
        }
        if (budgetColumns != null && FormLabels.of(row.cell(0)) == Meaning.BUDGET) {
          b.self = selfEvaluation(row, budgetColumns, b.seq);
        }
        if (budgetColumns != null && fiscalRow == null
            && FormLabels.of(row.cell(0)) == Meaning.FISCAL) {
          fiscalRow = row;
        }
        if (labelRow(b, row, r + 1 < head.size() ? head.get(r + 1) : null)) {
          r++;
          continue;
        }
        if (FormLabels.of(row.cell(0)) == Meaning.COSTS) {
          r = costs(b, head, r);
          continue;
        }
        if (c.containsKey(Meaning.DUTY_TASK) && c.containsKey(Meaning.DUTY_AMOUNT)) {
          r = duties(b, head, r, c);
          continue;
        }
        List<String> filledCells = row.filled();
        int subtotal = filledCells.indexOf("财政资金小计");
        if (subtotal >= 0 && filledCells.size() - subtotal == 9) {
          b.self = fundingStructure(b, row, filledCells.subList(subtotal, filledCells.size()));
          continue;
        }
        for (int i = 0; i < row.cells().size(); i++) {
          String cell = row.cell(i);
          if (cell != null && GOAL_RESULT.matcher(cell).matches()) {
            b.goalResults.add(cell);
            continue;
          }
          if (cell != null && NUMBERED_GOAL.matcher(cell).matches()) {
            b.goals.add(cell);
            continue;
          }
          Meaning m = FormLabels.of(cell);
          if (m == null) {
            inlineAmount(b, cell, row.line());
            continue;
          }
          int v = valueAfter(row, i);
          String value = v < 0 ? null : row.cell(v);
          headerField(b, m, value, row.line());
        }
      }
      if (fiscalRow != null) {
        zeroTotal(b, fiscalRow, budgetColumns);
      }
      Indicators levels = new Indicators(b.points);
      IndicatorFacts.Term term = term(grid.rows().get(header));
      int width = grid.rows().get(header).cells().size();
      for (Grid.Row row : grid.rows().subList(header + 1, grid.rows().size())) {
        if (isIndicatorHeader(row)) {
          term = term(row);
          levels = new Indicators(b.points);
          continue;
        }
        if ("合计".equals(row.cell(0)) && b.self != null) {
          b.self = withTotal(b.self, Indicators.number(row.cell(2)));
          continue;
        }
        Meaning after = FormLabels.of(row.cell(0));
        if (after == Meaning.TOTAL_SCORE) {
          List<String> filled = row.filled();
          b.self = withTotal(b.self == null ? EMPTY_SELF : b.self,
              Indicators.number(filled.get(filled.size() - 1)));
          continue;
        }
        if (after != null && after != Meaning.L1) {
          headerField(b, after, row.cell(1), row.line());
          continue;
        }
        String[] cells = row.shifted()
            ? rightAligned(row.cells(), width)
            : row.cells().toArray(new String[0]);
        if (row.shifted() && !levelsFit(cells)) {
          continue; // a signature or contact line below the table
        }
        Indicator ind = levels.indicator(cells, columns);
        if (ind != null) {
          checkValue(ind, row.line(), b.seq);
          b.indicators.add(term == null ? ind : ind.withFacts(ind.facts().withTerm(term)));
        }
      }
      if (b.attribute != null || !b.longTerm.isEmpty() || term != null) {
        b.kind = FormKind.DECLARATION;
      }
      return b.indicators.isEmpty() ? null : b.build();
    }

    /**
     * A 自评表 whose 年度资金总额 row prints only zeros while its 其中：财政拨款 row holds the money (a
     * WPS export artefact, docs/forms.md file 7): the budget figures are taken from the detail row,
     * the printed 执行率, 分值 and 得分 stay as printed, with a warning.
     */
    private void zeroTotal(Builder b, Grid.Row fiscalRow, Map<Meaning, Integer> c) {
      SelfEvaluation s = b.self;
      if (s == null || !zero(s.initialBudget()) || !zero(s.adjustedBudget())
          || !zero(s.spent())) {
        return;
      }
      SelfEvaluation detail = selfEvaluation(fiscalRow, c, b.seq);
      if (detail.initialBudget() == null || zero(detail.initialBudget())) {
        return;
      }
      b.self = new SelfEvaluation(
          detail.initialBudget(), detail.adjustedBudget(), detail.spent(), s.executionRate(),
          s.budgetWeight(), s.budgetScore(), s.totalScore(), s.grade());
      b.total = detail.initialBudget();
      problems.warning(
          "IMP-FORM-ZERO-TOTAL", fiscalRow.line(), b.seq, "年度资金总额",
          "年度资金总额一行只印了 0，金额在“" + fiscalRow.cell(0) + "”一行：预算数按该行导入；"
              + "印出的执行率、得分保留原样，请核对");
    }

    private static boolean zero(Money m) {
      return m != null && m.wan().signum() == 0;
    }

    /**
     * The 项目预算成本构成 rows under their header ({@code r}): item | 金额 | 测算依据 | two years'
     * 实际执行数, up to the 合计 row, whose 金额 is the budget when none is printed elsewhere.
     * Returns the last row read.
     */
    private int costs(Builder b, List<Grid.Row> head, int r) {
      int k = r + 1;
      for (; k < head.size(); k++) {
        Grid.Row row = head.get(k);
        if ("合计".equals(row.cell(0))) {
          if (b.total == null) {
            b.total = money(row.cell(1), row.line(), b.seq, "成本构成合计");
          }
          return k;
        }
        if (row.cells().size() < 5 || row.cell(1) == null
            || Indicators.number(row.cell(1)) == null) {
          break;
        }
        b.costs.add(
            new FormSections.CostItem(
                row.cell(0), money(row.cell(1), row.line(), b.seq, "成本构成金额"), row.cell(2),
                money(row.cell(3), row.line(), b.seq, "实际执行数"),
                money(row.cell(4), row.line(), b.seq, "实际执行数")));
      }
      return k - 1;
    }

    /**
     * The 年度履职目标 / 年度主要任务 rows under their header ({@code header} at {@code r}): each row
     * with an amount in the 预算金额 column is one duty. Returns the last row read.
     */
    private int duties(Builder b, List<Grid.Row> head, int r, Map<Meaning, Integer> c) {
      int width = head.get(r).cells().size();
      int k = r + 1;
      for (; k < head.size(); k++) {
        Grid.Row row = head.get(k);
        String[] cells = row.shifted()
            ? rightAligned(row.cells(), width)
            : row.cells().toArray(new String[0]);
        String amount = cells[c.get(Meaning.DUTY_AMOUNT)];
        if (amount == null || Indicators.number(amount.replace(",", "")) == null) {
          break;
        }
        b.duties.add(
            new FormSections.Duty(
                c.containsKey(Meaning.DUTY_FUNCTION) ? cells[c.get(Meaning.DUTY_FUNCTION)] : null,
                cells[c.get(Meaning.DUTY_TASK)],
                c.containsKey(Meaning.DUTY_PROJECT) ? cells[c.get(Meaning.DUTY_PROJECT)] : null,
                money(amount, row.line(), b.seq, "预算金额")));
      }
      return k - 1;
    }

    /**
     * The 整体自评表's 资金结构 row 财政资金小计: 年初部门预算安排金额 | 历年结余结转 | 年中调整金额 | 小计 |
     * 年度拨付金额 | 支出实现率 | 本年度结余金额 | 资金结余率. The block says 万元; figures too large for
     * 万元 are read as 元 and converted exactly, with a warning.
     */
    private SelfEvaluation fundingStructure(Builder b, Grid.Row row, List<String> f) {
      boolean inYuan = false;
      for (int i = 1; i < f.size(); i++) {
        BigDecimal n = Indicators.number(f.get(i).replace(",", ""));
        if (n != null && n.compareTo(YUAN_MAGNITUDE) >= 0) {
          inYuan = true;
        }
      }
      final boolean yuanScale = inYuan;
      if (inYuan) {
        problems.warning(
            "IMP-FORM-SCALE", row.line(), b.seq, "资金结构",
            "资金结构标注为万元，但金额（如“" + f.get(1) + "”）按万元计过大，应为元；已按元换算为万元，原文保留");
      }
      java.util.function.Function<String, Money> amount =
          printed -> {
            String s = printed.replace(",", "");
            try {
              return yuanScale ? Money.parseYuan(s) : Money.parse(s);
            } catch (IllegalArgumentException e) {
              problems.unparsed("IMP-FORM-AMOUNT", row.line(), b.seq, "资金结构", printed,
                  "资金结构“" + printed + "”不是金额；按未填写导入，原文保留");
              return null;
            }
          };
      Percent rate = null;
      try {
        rate = Percent.parse(f.get(6));
      } catch (IllegalArgumentException e) {
        problems.unparsed("IMP-FORM-RATE", row.line(), b.seq, "支出实现率", f.get(6),
            "支出实现率“" + f.get(6) + "”不是百分比；按未填写导入，原文保留");
      }
      Money initial = amount.apply(f.get(1));
      b.total = initial;
      b.fiscal = initial;
      SelfEvaluation prior = b.self == null ? EMPTY_SELF : b.self;
      return new SelfEvaluation(
          initial, amount.apply(f.get(4)), amount.apply(f.get(5)), rate, prior.budgetWeight(),
          prior.budgetScore(), prior.totalScore(), prior.grade());
    }

    /**
     * Flags what the printed value may not mean as printed (kept as printed, never corrected): an
     * Excel fraction under a percent ({@code 0.95} where the description shows 95%), and an OCR
     * {@code 2} for {@code ≥} that makes the value impossible ({@code 298%}, {@code 2300天}).
     */
    private void checkValue(Indicator ind, int line, int seq) {
      String v = ind.value();
      if (v == null) {
        return;
      }
      String d = ind.description();
      if (FRACTION.matcher(v).matches() && d != null && d.contains("%")) {
        problems.warning(
            "IMP-FORM-FRACTION", line, seq, ind.name(),
            "指标“" + ind.name() + "”的指标值“" + v + "”可能是丢失百分比格式的 "
                + new BigDecimal(v).movePointRight(2).stripTrailingZeros().toPlainString()
                + "%（指标解释为“" + d + "”）；按原样导入，请核对");
      }
      Matcher ocr = OCR_SIGN.matcher(v);
      if (ocr.matches()) {
        BigDecimal printed = new BigDecimal(v.substring(0, v.length() - ocr.group(2).length()));
        BigDecimal rest = new BigDecimal(ocr.group(1));
        BigDecimal limit = ocr.group(2).equals("%") ? new BigDecimal(100) : new BigDecimal(366);
        if (printed.compareTo(limit) > 0 && rest.compareTo(limit) <= 0) {
          problems.warning(
              "IMP-FORM-OCR-SIGN", line, seq, ind.name(),
              "指标“" + ind.name() + "”的指标值“" + v + "”不可能成立，疑为“≥" + ocr.group(1)
                  + ocr.group(2) + "”（识别时“≥”变成了“2”）；按原样导入，请核对原件");
        }
      }
    }

    /** The 自评表's budget row (总额) under its header: 年初, 调整后, 执行数, 执行率, 权重, 得分. */
    private SelfEvaluation selfEvaluation(Grid.Row row, Map<Meaning, Integer> c, int seq) {
      java.util.function.Function<Meaning, String> cell =
          m -> c.containsKey(m) ? slash(row.cell(c.get(m))) : null;
      Percent rate = null;
      String printedRate = cell.apply(Meaning.EXECUTION_RATE);
      if (printedRate != null) {
        try {
          rate = Percent.parse(printedRate);
        } catch (IllegalArgumentException e) {
          problems.unparsed(
              "IMP-FORM-RATE", row.line(), seq, "预算执行率", printedRate,
              "预算执行率“" + printedRate + "”不是百分比；按未填写导入，原文保留");
        }
      }
      return new SelfEvaluation(
          money(cell.apply(Meaning.INITIAL_BUDGET), row.line(), seq, "年初预算"),
          money(cell.apply(Meaning.ADJUSTED_BUDGET), row.line(), seq, "调整后预算数"),
          money(cell.apply(Meaning.SPENT), row.line(), seq, "预算执行数"),
          rate,
          Indicators.number(cell.apply(Meaning.WEIGHT)),
          Indicators.number(cell.apply(Meaning.SCORE)),
          null,
          null);
    }

    private static final SelfEvaluation EMPTY_SELF =
        new SelfEvaluation(null, null, null, null, null, null, null, null);

    /** A shifted row's cells aligned on the right of a header {@code width} cells wide. */
    private static String[] rightAligned(List<String> cells, int width) {
      String[] out = new String[Math.max(width, cells.size())];
      int offset = out.length - cells.size();
      for (int i = 0; i < cells.size(); i++) {
        out[offset + i] = cells.get(i);
      }
      return out;
    }

    /** False when a right-aligned row puts text that is no level label into a level column. */
    private boolean levelsFit(String[] cells) {
      String l2 = columns.containsKey(Meaning.L2) ? cells[columns.get(Meaning.L2)] : null;
      return l2 == null || levelLabel(l2).endsWith("指标");
    }

    private static SelfEvaluation withTotal(SelfEvaluation s, BigDecimal total) {
      return new SelfEvaluation(
          s.initialBudget(), s.adjustedBudget(), s.spent(), s.executionRate(), s.budgetWeight(),
          s.budgetScore(), total, s.grade());
    }

    /** The block an indicator header opens: 长期绩效指标 or 年度绩效指标; null when unnamed. */
    private static IndicatorFacts.Term term(Grid.Row header) {
      for (String c : header.filled()) {
        String l = TabRow.label(c);
        if (l.endsWith("绩效指标") && l.startsWith("长期")) {
          return IndicatorFacts.Term.LONG;
        }
        if (l.endsWith("绩效指标") && l.startsWith("年度")) {
          return IndicatorFacts.Term.ANNUAL;
        }
      }
      return null;
    }

    /**
     * A row of labels only (项目绩效目标 | 长期目标 | 年度目标) whose values stand below them in the
     * next row; true when it was one and both rows are read.
     */
    private boolean labelRow(Builder b, Grid.Row row, Grid.Row next) {
      if (next == null) {
        return false;
      }
      int labels = 0;
      for (String c : row.filled()) {
        Meaning m = FormLabels.of(c);
        if (m == Meaning.GOAL || m == Meaning.LONG_TERM_GOAL) {
          labels++;
        }
      }
      if (labels < 2) {
        return false;
      }
      for (int i = 0; i < row.cells().size(); i++) {
        Meaning m = FormLabels.of(row.cell(i));
        if (m != null && next.cell(i) != null) {
          headerField(b, m, next.cell(i), next.line());
        }
      }
      return true;
    }

    /** {@code 一、财政拨款：1046.50万元（其中：…）}: a label and its amount in one cell. */
    private void inlineAmount(Builder b, String cell, int line) {
      if (cell == null) {
        return;
      }
      Matcher m = INLINE_AMOUNT.matcher(cell);
      if (!m.lookingAt()) {
        return;
      }
      Meaning meaning = FormLabels.of(m.group(1));
      Money amount = money(m.group(2), line, b.seq, m.group(1));
      if (amount == null) {
        return;
      }
      if (meaning == Meaning.FISCAL) {
        b.fiscal = b.fiscal == null ? amount : b.fiscal.plus(amount);
      } else if (meaning == Meaning.OTHER_FUNDS) {
        b.other = b.other == null ? amount : b.other.plus(amount);
      }
    }

    private void headerField(Builder b, Meaning m, String value, int line) {
      switch (m) {
        case PROJECT -> {
          Matcher coded = value == null ? null : CODED_PROJECT.matcher(value);
          if (coded != null && coded.matches()) {
            b.code = new ProjectCode(coded.group(1));
            b.name = coded.group(2);
          } else {
            b.name = value;
          }
        }
        case CONCLUSION -> {
          Matcher g = value == null ? null : GRADE.matcher(value);
          if (g != null && g.find() && b.self != null) {
            String grade = g.group(1) != null ? g.group(1) : g.group(2);
            b.self =
                new SelfEvaluation(
                    b.self.initialBudget(), b.self.adjustedBudget(), b.self.spent(),
                    b.self.executionRate(), b.self.budgetWeight(), b.self.budgetScore(),
                    b.self.totalScore(), grade);
          }
        }
        case AUTHORITY -> {
          authority = unit(value);
          if (b.unit == null) {
            b.unit = authority;
          }
        }
        case UNIT -> {
          if (b.kind == FormKind.OVERALL || b.kind == FormKind.OVERALL_SELF_EVALUATION) {
            authority = unit(value);
            b.unit = authority;
            b.name = value;
          } else {
            b.implementer = value;
          }
        }
        case BASIC_SPENDING -> b.basic = money(value, line, b.seq, "基本支出");
        case PROJECT_SPENDING -> b.projectSpending = money(value, line, b.seq, "项目支出");
        case AUTHORITY_CODE -> {
          if (value != null && value.matches("\\d{3,12}") && authority != null) {
            authority = new BudgetUnit(new UnitCode(value), authority.name());
            b.unit = authority;
          }
        }
        case ATTRIBUTE -> {
          Matcher t = value == null ? null : TICKED.matcher(value);
          b.attribute = t != null && t.find() ? t.group(1) : null;
        }
        case PERIOD -> b.period = value;
        case ACTUAL -> {
          if (value != null) {
            b.goalResults.add(value); // 实际完成情况 of the goals, above the indicator table
          }
        }
        case CATEGORY -> b.category = value;
        case NATURE -> b.nature = value;
        case PROJECT_BASIS -> b.basis = value;
        case LONG_TERM_GOAL -> {
          if (value != null) {
            b.longTerm.add(value);
          }
        }
        case BUDGET -> b.total = money(value, line, b.seq, "年度资金总额");
        case FISCAL -> b.fiscal = money(value, line, b.seq, "财政拨款");
        case OTHER_FUNDS -> b.other = money(value, line, b.seq, "其他资金");
        case GOAL -> {
          if (value != null && !NUMBERED_GOAL.matcher(value).matches()
              && !GOAL_RESULT.matcher(value).matches() && value.length() > 8) {
            b.goals.add(value);
          }
        }
        default -> {}
      }
      if (m == Meaning.AUTHORITY && authority != null) {
        b.unit = authority;
      }
    }

    /** The first cell after {@code i} that holds text and is no label itself; -1 when none. */
    private static int valueAfter(Grid.Row row, int i) {
      for (int j = i + 1; j < row.cells().size(); j++) {
        String c = row.cell(j);
        if (c != null) {
          return FormLabels.of(c) == null ? j : -1;
        }
      }
      return -1;
    }

    private Money money(String cell, int line, int seq, String field) {
      String printed = slash(cell);
      if (printed == null) {
        return null;
      }
      String s = printed.replace("万元", "").replace("元", "").strip();
      try {
        return yuan ? Money.parseYuan(s) : Money.parse(s);
      } catch (IllegalArgumentException e) {
        problems.unparsed(
            "IMP-FORM-AMOUNT",
            line,
            seq,
            field,
            printed,
            field + "“" + printed + "”不是金额；按未填写导入，原文保留");
        return null;
      }
    }

    private String at(String[] cells, Meaning m) {
      Integer i = columns.get(m);
      return i == null || i >= cells.length ? null : cells[i];
    }

    private int col(Meaning m) {
      return columns.get(m);
    }
  }

  /** A cell printed {@code /} means "not applicable": null. */
  static String slash(String printed) {
    return printed == null || printed.equals("/") || printed.equals("／") ? null : printed;
  }

  /** A level-1 cell without its points ({@code 产出指标(50分)} → 产出指标). */
  private static String levelLabel(String printed) {
    return printed == null ? null : FormLabels.normal(printed);
  }

  /** Reads indicator rows, inheriting blank level-1 and level-2 cells from the row above. */
  private static final class Indicators {
    private final Map<String, BigDecimal> points;
    private String level1;
    private String level2;

    Indicators() {
      this(new java.util.LinkedHashMap<>());
    }

    Indicators(Map<String, BigDecimal> points) {
      this.points = points;
    }

    Indicator indicator(String[] cells, Map<Meaning, Integer> columns) {
      for (int i = 0; i < cells.length; i++) {
        if ("…".equals(cells[i]) || "...".equals(cells[i]) || "……".equals(cells[i])) {
          cells[i] = null; // a template placeholder
        }
      }
      String l1 = levelLabel(get(cells, columns, Meaning.L1));
      String l2 = get(cells, columns, Meaning.L2);
      String name = get(cells, columns, Meaning.L3);
      if (l1 != null && Level1.of(l1) == null) {
        return null; // a row of another block (a total, a signature)
      }
      if (l1 != null) {
        if (!l1.equals(level1)) {
          level2 = null;
        }
        level1 = l1;
        BigDecimal p = FormLabels.points(get(cells, columns, Meaning.L1));
        if (p != null) {
          points.putIfAbsent(l1, p);
        }
      }
      if (l2 != null) {
        level2 = l2;
      }
      if (name == null) {
        return null;
      }
      String description = get(cells, columns, Meaning.DESCRIPTION);
      if (TEMPLATE_NAME.matcher(name).matches() && description != null) {
        name = description; // 三级指标 holds only the template's 指标1, 指标2 …
        description = null;
      }
      String value = joinedValue(cells, columns);
      IndicatorFacts facts =
          IndicatorFacts.weighted(
              number(slash(get(cells, columns, Meaning.WEIGHT))),
              get(cells, columns, Meaning.DIRECTION));
      String remark = get(cells, columns, Meaning.REMARK);
      if (remark != null) {
        facts = facts.withRemark(remark);
      }
      String actual = slash(get(cells, columns, Meaning.ACTUAL));
      BigDecimal score = number(slash(get(cells, columns, Meaning.SCORE)));
      String reason = slash(get(cells, columns, Meaning.REASON));
      if (actual != null || score != null || reason != null) {
        facts = facts.withResult(actual, score, reason);
      }
      return new Indicator(
          columns.containsKey(Meaning.L1) ? level1 : level1Of(level2),
          level2,
          Cells.dropCjkSpaces(name),
          description,
          value,
          get(cells, columns, Meaning.VALUE_BASIS),
          facts);
    }

    /**
     * The level 1 a level-2 label belongs to, for a form that prints no level 1 (成本指标 under
     * 产出指标 as in the classic taxonomy; the 2021 cost labels under 成本指标); null when unknown.
     */
    static String level1Of(String level2) {
      io.jixiao.model.Level2 l = io.jixiao.model.Level2.of(level2);
      if (l == null) {
        return null;
      }
      return switch (l) {
        case QUANTITY, QUALITY, TIMELINESS, COST -> "产出指标";
        case ECONOMIC_BENEFIT, SOCIAL_BENEFIT, ECOLOGICAL_BENEFIT, SUSTAINABLE_IMPACT -> "效益指标";
        case SATISFACTION -> "满意度指标";
        case ECONOMIC_COST, SOCIAL_COST, ECOLOGICAL_COST -> "成本指标";
      };
    }

    /** 指标性质 + 指标值 + 度量单位 as one printed value; 定性 leaves the value's text alone. */
    private static String joinedValue(String[] cells, Map<Meaning, Integer> columns) {
      String value = get(cells, columns, Meaning.VALUE);
      if (!columns.containsKey(Meaning.SIGN)) {
        return value;
      }
      String sign = get(cells, columns, Meaning.SIGN);
      String unit = get(cells, columns, Meaning.MEASURE);
      if (value == null) {
        return null;
      }
      if (unit != null && value.endsWith(unit)) {
        unit = null; // a percentage-formatted Excel cell already shows its 95%
      }
      if (sign == null || sign.equals("定性")) {
        return unit == null || sign != null ? value : value + unit;
      }
      return sign + value + (unit == null ? "" : unit);
    }

    private static String get(String[] cells, Map<Meaning, Integer> columns, Meaning m) {
      Integer i = columns.get(m);
      return i == null || i >= cells.length ? null : cells[i];
    }

    static BigDecimal number(String printed) {
      if (printed == null) {
        return null;
      }
      String s = printed.strip();
      return NUMBER.matcher(s).matches() ? new BigDecimal(s) : null;
    }
  }

  /** Collects one project's fields. */
  private static final class Builder {
    final int seq;
    final String title;
    FormKind kind;
    BudgetUnit unit;
    ProjectCode code;
    SelfEvaluation self;
    String attribute;
    String period;
    String category;
    String nature;
    String basis;
    final List<String> longTerm = new ArrayList<>();
    String name;
    String implementer;
    Money total;
    Money fiscal;
    Money other;
    final List<String> goals = new ArrayList<>();
    final List<Indicator> indicators = new ArrayList<>();
    Money basic;
    Money projectSpending;
    final List<FormSections.Duty> duties = new ArrayList<>();
    final List<FormSections.CostItem> costs = new ArrayList<>();
    final Map<String, BigDecimal> points = new java.util.LinkedHashMap<>();
    final List<String> goalResults = new ArrayList<>();

    Builder(int seq, String title, FormKind kind) {
      this.seq = seq;
      this.title = title;
      this.kind = kind;
    }

    Project build() {
      Budget budget = total == null && fiscal == null && other == null
          ? null : new Budget(total, fiscal, other);
      ProjectFacts facts =
          ProjectFacts.of(kind)
              .withImplementer(implementer)
              .withHeader(attribute, category, nature, period, basis, longTerm)
              .withSelfEvaluation(self)
              .withSections(
                  FormSections.NONE
                      .withSpending(basic, projectSpending)
                      .withDuties(duties)
                      .withCosts(costs)
                      .withLevelPoints(points)
                      .withGoalResults(goalResults));
      return Project.of(seq, title, unit, code, name, budget, null, null, goals, indicators)
          .withFacts(facts);
    }
  }
}
