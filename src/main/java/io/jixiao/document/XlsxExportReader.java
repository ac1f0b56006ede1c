package io.jixiao.document;

import io.jixiao.document.XlsxLayout.About;
import io.jixiao.document.XlsxLayout.Column;
import io.jixiao.document.XlsxLayout.IndicatorColumn;
import io.jixiao.document.XlsxLayout.OverallColumn;
import io.jixiao.document.XlsxLayout.ProjectColumn;
import io.jixiao.model.Budget;
import io.jixiao.model.BudgetUnit;
import io.jixiao.model.Department;
import io.jixiao.model.DepartmentGoals;
import io.jixiao.model.Indicator;
import io.jixiao.model.Money;
import io.jixiao.model.Percent;
import io.jixiao.model.Project;
import io.jixiao.model.ProjectCode;
import io.jixiao.model.SpendingPlan;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.UnitCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * Reads Jixiao's own XLSX export ({@link XlsxLayout}) back into the document it was written from.
 * Sheets and columns are found by their header labels; every cell that cannot be read is reported
 * with its sheet, row and column, and the document is built only when none is wrong.
 */
final class XlsxExportReader {

  private static final Pattern MARKER =
      Pattern.compile("^" + Pattern.quote(XlsxLayout.FORMAT_NAME) + "\\s+(\\d+)$");

  private static final List<IndicatorColumn> INDICATOR_CELLS =
      List.of(
          IndicatorColumn.L1,
          IndicatorColumn.L2,
          IndicatorColumn.L3,
          IndicatorColumn.DESCRIPTION,
          IndicatorColumn.VALUE,
          IndicatorColumn.BASIS);

  private final Workbook wb;
  private final String fileName;
  private final Problems problems;

  XlsxExportReader(Workbook wb, String fileName, Problems problems) {
    this.wb = wb;
    this.fileName = fileName;
    this.problems = problems;
  }

  /** True when the workbook has the sheets 项目 and 指标 of an export (found by their headers). */
  static boolean recognises(Workbook wb) {
    return projectSheet(wb) != null && indicatorSheet(wb) != null;
  }

  private static Sheet projectSheet(Workbook wb) {
    return sheetWith(
        wb,
        XlsxLayout.PROJECT_SHEET,
        ProjectColumn.SEQ,
        ProjectColumn.TITLE,
        ProjectColumn.PROJECT_NAME,
        ProjectColumn.GOALS);
  }

  private static Sheet indicatorSheet(Workbook wb) {
    return sheetWith(
        wb,
        XlsxLayout.INDICATOR_SHEET,
        IndicatorColumn.SEQ,
        IndicatorColumn.L1,
        IndicatorColumn.L2,
        IndicatorColumn.L3,
        IndicatorColumn.VALUE);
  }

  private static Sheet overallSheet(Workbook wb) {
    return sheetWith(
        wb, XlsxLayout.OVERALL_SHEET, OverallColumn.PART, OverallColumn.TITLE, OverallColumn.TEXT);
  }

  /** The sheet whose header row holds these labels; the one with the expected name first. */
  private static Sheet sheetWith(Workbook wb, String name, Column... required) {
    Sheet named = wb.getSheet(name);
    if (named != null && headerHas(named, required)) {
      return named;
    }
    for (Sheet s : wb) {
      if (headerHas(s, required)) {
        return s;
      }
    }
    return null;
  }

  private static boolean headerHas(Sheet sheet, Column... required) {
    Row header = sheet.getRow(0);
    if (header == null) {
      return false;
    }
    List<String> labels = new ArrayList<>();
    for (Cell c : header) {
      labels.add(XlsxCellText.exact(c));
    }
    for (Column c : required) {
      if (!labels.contains(c.label())) {
        return false;
      }
    }
    return true;
  }

  ImportResult read() {
    Sheet projectSheet = projectSheet(wb);
    Sheet indicatorSheet = indicatorSheet(wb);
    Sheet overallSheet = overallSheet(wb);
    AboutSheet about = about(indicatorSheet);
    List<ProjectRow> projects = projects(projectSheet);
    indicators(indicatorSheet, projects);
    DepartmentGoals overall = overallSheet == null ? null : overall(overallSheet);
    if (problems.hasErrors()) {
      return new ImportResult(null, problems.all());
    }
    List<Project> list = new ArrayList<>(projects.size());
    for (ProjectRow p : projects) {
      list.add(p.build());
    }
    return new ImportResult(
        new TargetDocument(about.source, about.department, overall, list), problems.all());
  }

  // ---- 说明

  private record AboutSheet(String source, Department department) {}

  private AboutSheet about(Sheet indicatorSheet) {
    Sheet sheet = aboutSheet();
    if (sheet == null) {
      problems.warning(
          "IMP-XLSX-NO-ABOUT", 0, null, null, "工作簿缺少“说明”工作表：来源文件按本文件名记，部门与年度取自“指标”工作表");
      return new AboutSheet(fileName, departmentFromIndicators(indicatorSheet));
    }
    Map<String, Cell> values = new HashMap<>();
    for (Row row : sheet) {
      String label = XlsxCellText.exact(row.getCell(0));
      if (label != null && !values.containsKey(label)) {
        values.put(label, row.getCell(1));
      }
    }
    Cell format = values.get(About.FORMAT);
    String marker = XlsxCellText.exact(format);
    Matcher m = marker == null ? null : MARKER.matcher(marker.strip());
    if (m == null || !m.matches()) {
      problems.warning(
          "IMP-XLSX-FORMAT",
          format == null ? 0 : format.getRowIndex() + 1,
          null,
          About.FORMAT,
          "“说明”工作表没有可识别的格式标记（应为“" + XlsxLayout.formatMarker() + "”），按当前格式读取");
    } else if (Integer.parseInt(m.group(1)) > XlsxLayout.FORMAT_VERSION) {
      error(
          "IMP-XLSX-VERSION",
          format,
          null,
          About.FORMAT,
          "此工作簿由更新版本的 Jixiao 导出（格式版本 "
              + m.group(1)
              + "），本版本只能读取到版本 "
              + XlsxLayout.FORMAT_VERSION
              + "，请升级 Jixiao");
    }
    String source = XlsxCellText.exact(values.get(About.SOURCE));
    if (source == null || source.isBlank()) {
      source = fileName;
    }
    Cell nameCell = values.get(About.DEPARTMENT);
    Cell yearCell = values.get(About.YEAR);
    return new AboutSheet(source, department(nameCell, yearCell));
  }

  private Sheet aboutSheet() {
    Sheet named = wb.getSheet(XlsxLayout.ABOUT_SHEET);
    if (named != null) {
      return named;
    }
    for (Sheet s : wb) {
      for (Row row : s) {
        String label = XlsxCellText.exact(row.getCell(0));
        String value = XlsxCellText.exact(row.getCell(1));
        if (About.FORMAT.equals(label)
            && value != null
            && value.startsWith(XlsxLayout.FORMAT_NAME)) {
          return s;
        }
        if (row.getRowNum() > 40) {
          break;
        }
      }
    }
    return null;
  }

  private Department department(Cell nameCell, Cell yearCell) {
    String name = XlsxCellText.exact(nameCell);
    Integer year = integer(yearCell, null, About.YEAR);
    if (name == null || name.isBlank()) {
      return null;
    }
    try {
      return new Department(name, year);
    } catch (IllegalArgumentException e) {
      error("IMP-XLSX-VALUE", yearCell, null, About.YEAR, "年度应在 1990 到 2100 之间，实际为 " + year);
      return null;
    }
  }

  private Department departmentFromIndicators(Sheet sheet) {
    Map<IndicatorColumn, Integer> cols = columns(sheet, IndicatorColumn.values());
    Row first = sheet.getRow(1);
    if (first == null) {
      return null;
    }
    return department(
        cell(first, cols, IndicatorColumn.DEPARTMENT), cell(first, cols, IndicatorColumn.YEAR));
  }

  // ---- 项目

  /** One row of sheet 项目, with the indicators that refer to it. */
  private static final class ProjectRow {
    int row;
    Integer key;
    int seq;
    String title;
    BudgetUnit unit;
    ProjectCode code;
    String name;
    Budget budget;
    String fundUse;
    SpendingPlan plan;
    List<String> goals;
    final List<IndicatorRow> indicators = new ArrayList<>();

    Project build() {
      indicators.sort(Comparator.comparingInt(IndicatorRow::order));
      List<Indicator> list = new ArrayList<>(indicators.size());
      for (IndicatorRow i : indicators) {
        list.add(i.indicator());
      }
      return Project.of(seq, title, unit, code, name, budget, fundUse, plan, goals, list);
    }
  }

  /** An indicator with its sort key: the hidden 指标序, else the one of the row above. */
  private record IndicatorRow(int order, Indicator indicator) {}

  private List<ProjectRow> projects(Sheet sheet) {
    Map<ProjectColumn, Integer> cols = columns(sheet, ProjectColumn.values());
    List<ProjectRow> rows = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    int lastKey = 0;
    for (Row row : sheet) {
      if (row.getRowNum() == 0 || blank(row, cols)) {
        continue;
      }
      ProjectRow p = new ProjectRow();
      p.row = row.getRowNum();
      p.key = integer(row, cols, ProjectColumn.ROW, null);
      Integer seq = integer(row, cols, ProjectColumn.SEQ, null);
      if (seq == null) {
        missing(row, cols, ProjectColumn.SEQ, null, "表序号为空");
      } else {
        p.seq = seq;
      }
      p.title = text(row, cols, ProjectColumn.TITLE);
      if (p.title == null) {
        missing(row, cols, ProjectColumn.TITLE, seq, "表名为空");
      }
      p.unit = unit(row, cols, seq);
      String code = text(row, cols, ProjectColumn.PROJECT_CODE);
      if (code != null) {
        try {
          p.code = new ProjectCode(code);
        } catch (IllegalArgumentException e) {
          error(
              row, cols, ProjectColumn.PROJECT_CODE, seq, "项目编码应为 6 到 40 位字母或数字，实际为“" + code + "”");
        }
      }
      p.name = text(row, cols, ProjectColumn.PROJECT_NAME);
      Money total = money(row, cols, ProjectColumn.TOTAL, seq);
      Money fiscal = money(row, cols, ProjectColumn.FISCAL, seq);
      Money other = money(row, cols, ProjectColumn.OTHER, seq);
      p.budget =
          total == null && fiscal == null && other == null
              ? null
              : new Budget(total, fiscal, other);
      p.fundUse = text(row, cols, ProjectColumn.FUND_USE);
      p.plan = plan(row, cols, seq);
      p.goals = goals(row, cols, seq);
      rows.add(p);
      lastKey = p.key != null ? p.key : lastKey;
      order.add(lastKey);
    }
    // a sorted sheet goes back to the document's order; a row without key stays after the one above
    List<Integer> index = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      index.add(i);
    }
    index.sort(Comparator.comparingInt(order::get));
    List<ProjectRow> sorted = new ArrayList<>(rows.size());
    for (int i : index) {
      sorted.add(rows.get(i));
    }
    return sorted;
  }

  private BudgetUnit unit(Row row, Map<ProjectColumn, Integer> cols, Integer seq) {
    String code = text(row, cols, ProjectColumn.UNIT_CODE);
    String name = text(row, cols, ProjectColumn.UNIT_NAME);
    UnitCode unitCode = null;
    if (code != null) {
      try {
        unitCode = new UnitCode(code);
      } catch (IllegalArgumentException e) {
        error(row, cols, ProjectColumn.UNIT_CODE, seq, "单位编码应为 3 到 12 位数字，实际为“" + code + "”");
      }
    }
    return unitCode == null && name == null ? null : new BudgetUnit(unitCode, name);
  }

  private SpendingPlan plan(Row row, Map<ProjectColumn, Integer> cols, Integer seq) {
    Percent mar = percent(row, cols, ProjectColumn.MAR, seq);
    Percent jun = percent(row, cols, ProjectColumn.JUN, seq);
    Percent oct = percent(row, cols, ProjectColumn.OCT, seq);
    Percent dec = percent(row, cols, ProjectColumn.DEC, seq);
    boolean any = mar != null || jun != null || oct != null || dec != null;
    String flag = text(row, cols, ProjectColumn.PLAN);
    boolean printed = flag != null && XlsxLayout.YES.equals(flag.strip());
    return any || printed ? new SpendingPlan(mar, jun, oct, dec) : null;
  }

  private List<String> goals(Row row, Map<ProjectColumn, Integer> cols, Integer seq) {
    String exact = text(row, cols, ProjectColumn.GOALS_EXACT);
    if (exact != null && !exact.isBlank()) {
      try {
        return XlsxLayout.fromJsonArray(exact);
      } catch (IllegalArgumentException e) {
        error(
            row, cols, ProjectColumn.GOALS_EXACT, seq, "隐藏列“绩效目标（原文）”已损坏，不是 JSON 文字数组；请清空该单元格后再导入");
        return List.of();
      }
    }
    return XlsxLayout.goalsFromCell(text(row, cols, ProjectColumn.GOALS));
  }

  // ---- 指标

  private void indicators(Sheet sheet, List<ProjectRow> projects) {
    Map<IndicatorColumn, Integer> cols = columns(sheet, IndicatorColumn.values());
    Map<Integer, ProjectRow> byKey = new HashMap<>();
    Map<Integer, List<ProjectRow>> bySeq = new HashMap<>();
    for (ProjectRow p : projects) {
      if (p.key != null) {
        byKey.putIfAbsent(p.key, p);
      }
      bySeq.computeIfAbsent(p.seq, k -> new ArrayList<>()).add(p);
    }
    int lastPosition = 0;
    for (Row row : sheet) {
      if (row.getRowNum() == 0 || blank(row, cols)) {
        continue;
      }
      if (noIndicator(row, cols)) {
        problems.warning(
            "IMP-XLSX-EMPTY-ROW",
            row.getRowNum() + 1,
            null,
            null,
            XlsxCellText.at(sheet.getSheetName(), row.getRowNum()) + "：一级指标至指标值确定依据均为空，按已删除的指标跳过");
        continue;
      }
      Integer seq = integer(row, cols, IndicatorColumn.SEQ, null);
      Integer key = integer(row, cols, IndicatorColumn.PROJECT_ROW, seq);
      Integer position = integer(row, cols, IndicatorColumn.POSITION, seq);
      lastPosition = position != null ? position : lastPosition;
      ProjectRow project = null;
      if (key != null) {
        project = byKey.get(key);
        if (project == null) {
          error(
              row,
              cols,
              IndicatorColumn.PROJECT_ROW,
              seq,
              "该指标所属的表（项目行 " + key + "）不在“项目”工作表中；请勿修改隐藏列“项目行”，或先在“项目”工作表中恢复该表");
          continue;
        }
      } else if (seq == null) {
        missing(row, cols, IndicatorColumn.SEQ, null, "表序号为空，无法确定该指标属于哪张表");
        continue;
      } else {
        List<ProjectRow> candidates = bySeq.getOrDefault(seq, List.of());
        if (candidates.size() != 1) {
          error(
              row,
              cols,
              IndicatorColumn.SEQ,
              seq,
              candidates.isEmpty()
                  ? "“项目”工作表中没有表序号为 " + seq + " 的表"
                  : "“项目”工作表中有 " + candidates.size() + " 张表序号为 " + seq + " 的表，无法确定该指标属于哪一张");
          continue;
        }
        project = candidates.get(0);
      }
      Indicator indicator =
          new Indicator(
              text(row, cols, IndicatorColumn.L1),
              text(row, cols, IndicatorColumn.L2),
              text(row, cols, IndicatorColumn.L3),
              text(row, cols, IndicatorColumn.DESCRIPTION),
              text(row, cols, IndicatorColumn.VALUE),
              text(row, cols, IndicatorColumn.BASIS));
      project.indicators.add(new IndicatorRow(lastPosition, indicator));
    }
  }

  // ---- 部门整体目标

  private DepartmentGoals overall(Sheet sheet) {
    Map<OverallColumn, Integer> cols = columns(sheet, OverallColumn.values());
    String summary = null;
    boolean summarySeen = false;
    List<DepartmentGoals.SubGoal> subGoals = new ArrayList<>();
    List<DepartmentGoals.Measure> measures = new ArrayList<>();
    for (Row row : sheet) {
      if (row.getRowNum() == 0 || blank(row, cols)) {
        continue;
      }
      String part = text(row, cols, OverallColumn.PART);
      String label = part == null ? "" : part.strip();
      String title = text(row, cols, OverallColumn.TITLE);
      String body = text(row, cols, OverallColumn.TEXT);
      if (label.equals(XlsxLayout.PART_SUMMARY)) {
        if (summarySeen) {
          error(row, cols, OverallColumn.PART, null, "“总体绩效目标”只能有一行");
        }
        summarySeen = true;
        summary = body;
      } else if (label.equals(XlsxLayout.PART_SUB_GOAL)) {
        if (title == null) {
          missing(row, cols, OverallColumn.TITLE, null, "分项绩效目标的标题为空");
          continue;
        }
        subGoals.add(new DepartmentGoals.SubGoal(title, body, overallIndicators(row, cols)));
      } else if (label.equals(XlsxLayout.PART_MEASURE)) {
        if (title == null) {
          missing(row, cols, OverallColumn.TITLE, null, "工作保障措施的标题为空");
          continue;
        }
        measures.add(new DepartmentGoals.Measure(title, body));
      } else {
        error(
            row,
            cols,
            OverallColumn.PART,
            null,
            "“部分”应为“"
                + XlsxLayout.PART_SUMMARY
                + "”“"
                + XlsxLayout.PART_SUB_GOAL
                + "”或“"
                + XlsxLayout.PART_MEASURE
                + "”，实际为“"
                + label
                + "”");
      }
    }
    return new DepartmentGoals(summary, subGoals, measures);
  }

  private List<String> overallIndicators(Row row, Map<OverallColumn, Integer> cols) {
    String exact = text(row, cols, OverallColumn.INDICATORS_EXACT);
    if (exact != null && !exact.isBlank()) {
      try {
        return XlsxLayout.fromJsonArray(exact);
      } catch (IllegalArgumentException e) {
        error(
            row,
            cols,
            OverallColumn.INDICATORS_EXACT,
            null,
            "隐藏列“绩效指标（原文）”已损坏，不是 JSON 文字数组；请清空该单元格后再导入");
        return List.of();
      }
    }
    return XlsxLayout.linesFromCell(text(row, cols, OverallColumn.INDICATORS));
  }

  // ---- columns and cells

  /**
   * Where each column's header label stands in row 1. A column the reader takes that is missing is
   * reported once and read as blank.
   */
  private <C extends Enum<C> & Column> Map<C, Integer> columns(Sheet sheet, C[] all) {
    Map<String, Integer> byLabel = new HashMap<>();
    Row header = sheet.getRow(0);
    for (Cell c : header) {
      String label = XlsxCellText.exact(c);
      if (label != null) {
        byLabel.putIfAbsent(label.strip(), c.getColumnIndex());
      }
    }
    Map<C, Integer> cols = new EnumMap<>(all[0].getDeclaringClass());
    for (C c : all) {
      Integer at = byLabel.get(c.label());
      if (at != null) {
        cols.put(c, at);
      } else if (c.read() && !c.hidden()) {
        problems.warning(
            "IMP-XLSX-COLUMN",
            1,
            null,
            c.label(),
            "工作表“" + sheet.getSheetName() + "”缺少“" + c.label() + "”列，按空白读取");
      }
    }
    return cols;
  }

  private static Cell cell(Row row, Map<? extends Column, Integer> cols, Column c) {
    Integer at = cols.get(c);
    return at == null ? null : row.getCell(at);
  }

  /** True when every visible column the reader takes is blank in this row. */
  private static boolean blank(Row row, Map<? extends Column, Integer> cols) {
    for (Map.Entry<? extends Column, Integer> e : cols.entrySet()) {
      Column c = e.getKey();
      if (c.read() && !c.hidden() && XlsxCellText.exact(row.getCell(e.getValue())) != null) {
        return false;
      }
    }
    return true;
  }

  /** True when the six cells of the indicator itself (一级指标 … 指标值确定依据) are blank. */
  private static boolean noIndicator(Row row, Map<IndicatorColumn, Integer> cols) {
    for (IndicatorColumn c : INDICATOR_CELLS) {
      if (text(row, cols, c) != null) {
        return false;
      }
    }
    return true;
  }

  private static String text(Row row, Map<? extends Column, Integer> cols, Column c) {
    return XlsxCellText.exact(cell(row, cols, c));
  }

  private Integer integer(Row row, Map<? extends Column, Integer> cols, Column c, Integer seq) {
    return integer(cell(row, cols, c), seq, c.label());
  }

  private Integer integer(Cell cell, Integer seq, String field) {
    String s = XlsxCellText.exact(cell);
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(s.strip());
    } catch (NumberFormatException e) {
      error("IMP-XLSX-VALUE", cell, seq, field, "“" + field + "”应为整数，实际为“" + s + "”");
      return null;
    }
  }

  private Money money(Row row, Map<ProjectColumn, Integer> cols, ProjectColumn c, Integer seq) {
    Cell cell = cell(row, cols, c);
    BigDecimal n = XlsxCellText.number(cell);
    String s = XlsxCellText.exact(cell);
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return n != null ? new Money(n) : Money.parse(s);
    } catch (IllegalArgumentException e) {
      error(
          "IMP-XLSX-VALUE",
          cell,
          seq,
          c.label(),
          "“" + c.label() + "”应为不小于 0、最多 6 位小数的金额（万元），实际为“" + s + "”");
      return null;
    }
  }

  private Percent percent(Row row, Map<ProjectColumn, Integer> cols, ProjectColumn c, Integer seq) {
    Cell cell = cell(row, cols, c);
    BigDecimal n = XlsxCellText.number(cell);
    String s = XlsxCellText.exact(cell);
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      if (n == null) {
        return Percent.parse(s);
      }
      // a cell typed as 30% holds 0.3
      return new Percent(XlsxCellText.percentFormat(cell) ? n.movePointRight(2) : n);
    } catch (IllegalArgumentException e) {
      error(
          "IMP-XLSX-VALUE", cell, seq, c.label(), "“" + c.label() + "”应为不小于 0 的百分数，实际为“" + s + "”");
      return null;
    }
  }

  private void missing(
      Row row, Map<? extends Column, Integer> cols, Column c, Integer seq, String message) {
    Integer at = cols.get(c);
    String where =
        at == null
            ? XlsxCellText.at(row.getSheet().getSheetName(), row.getRowNum())
            : XlsxCellText.at(row.getSheet().getSheetName(), row.getRowNum(), at);
    problems.error("IMP-XLSX-MISSING", row.getRowNum() + 1, seq, c.label(), where + "：" + message);
  }

  private void error(
      Row row, Map<? extends Column, Integer> cols, Column c, Integer seq, String message) {
    Integer at = cols.get(c);
    String where =
        at == null
            ? XlsxCellText.at(row.getSheet().getSheetName(), row.getRowNum())
            : XlsxCellText.at(row.getSheet().getSheetName(), row.getRowNum(), at);
    problems.error("IMP-XLSX-VALUE", row.getRowNum() + 1, seq, c.label(), where + "：" + message);
  }

  private void error(String code, Cell cell, Integer seq, String field, String message) {
    if (cell == null) {
      problems.error(code, 0, seq, field, message);
      return;
    }
    String where =
        XlsxCellText.at(cell.getSheet().getSheetName(), cell.getRowIndex(), cell.getColumnIndex());
    problems.error(code, cell.getRowIndex() + 1, seq, field, where + "：" + message);
  }
}
