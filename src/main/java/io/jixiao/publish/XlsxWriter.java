package io.jixiao.publish;

import io.jixiao.document.XlsxLayout;
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
import io.jixiao.model.SpendingPlan;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TargetValue;
import io.jixiao.model.ValueKind;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Excel (XLSX): sheet 指标 with one row per indicator for filtering, sheet 项目 with one row per target
 * table, sheet 部门整体目标 for Part 1 when the document has it, and sheet 说明 naming the source and the
 * format. The layout is {@link XlsxLayout}; {@code DocumentReader} reads the file back into the
 * same document, exactly.
 */
final class XlsxWriter implements DocumentWriter {

  /** Rows kept in memory per sheet before they are flushed to a temporary file. */
  private static final int ROWS_IN_MEMORY = 200;

  @Override
  public String extension() {
    return "xlsx";
  }

  @Override
  public void write(TargetDocument document, OutputStream out) throws IOException {
    SXSSFWorkbook wb = new SXSSFWorkbook(new XSSFWorkbook(), ROWS_IN_MEMORY, false, false);
    try {
      new Sheets(document, wb).write();
      wb.write(out);
    } finally {
      wb.dispose();
      wb.close();
    }
  }

  /** Builds the sheets of one document. */
  private static final class Sheets {

    private final TargetDocument doc;
    private final SXSSFWorkbook wb;
    private final XlsxCells cells;
    private final Integer year;

    /** Wrapped cells of sheet 项目 show this many lines at most; a longer text opens on a click. */
    private static final int PROJECT_LINES = 8;

    private static final int OVERALL_LINES = 40;

    Sheets(TargetDocument doc, SXSSFWorkbook wb) {
      this.doc = doc;
      this.wb = wb;
      this.cells = new XlsxCells(wb);
      this.year = doc.department() == null ? null : doc.department().year();
    }

    void write() {
      indicators();
      projects();
      if (doc.overall() != null) {
        overall();
      }
      about();
      wb.setActiveSheet(0);
    }

    // ---- 指标

    private void indicators() {
      SXSSFSheet sheet = wb.createSheet(XlsxLayout.INDICATOR_SHEET);
      int[] widths = {
        22, 7, 26, 7, 9, 24, 22, 36, 12, 16, 28, 36, 16, 18, 6, 6, 10, 9, 9, 12, 6, 6
      };
      header(sheet, IndicatorColumn.values(), widths);
      Department d = doc.department();
      int r = 1;
      List<Project> projects = doc.projects();
      for (int p = 0; p < projects.size(); p++) {
        Project project = projects.get(p);
        BudgetUnit unit = project.unit();
        List<Indicator> list = project.indicators();
        for (int k = 0; k < list.size(); k++) {
          Indicator i = list.get(k);
          Row row = sheet.createRow(r++);
          cells.text(row, IndicatorColumn.DEPARTMENT.ordinal(), d == null ? null : d.name());
          cells.integer(row, IndicatorColumn.YEAR.ordinal(), year);
          cells.text(row, IndicatorColumn.SOURCE.ordinal(), doc.source());
          cells.integer(row, IndicatorColumn.SEQ.ordinal(), project.seq());
          cells.text(
              row,
              IndicatorColumn.UNIT_CODE.ordinal(),
              unit == null || unit.code() == null ? null : unit.code().value());
          cells.text(row, IndicatorColumn.UNIT_NAME.ordinal(), unit == null ? null : unit.name());
          cells.text(
              row,
              IndicatorColumn.PROJECT_CODE.ordinal(),
              project.code() == null ? null : project.code().value());
          cells.text(row, IndicatorColumn.PROJECT.ordinal(), project.displayName());
          cells.text(row, IndicatorColumn.L1.ordinal(), i.level1());
          cells.text(row, IndicatorColumn.L2.ordinal(), i.level2());
          cells.text(row, IndicatorColumn.L3.ordinal(), i.name());
          cells.text(row, IndicatorColumn.DESCRIPTION.ordinal(), i.description());
          cells.text(row, IndicatorColumn.VALUE.ordinal(), i.value());
          cells.text(row, IndicatorColumn.BASIS.ordinal(), i.basis());
          parsed(row, i.target());
          cells.integer(row, IndicatorColumn.PROJECT_ROW.ordinal(), p + 1);
          cells.integer(row, IndicatorColumn.POSITION.ordinal(), k + 1);
        }
      }
      finish(sheet, IndicatorColumn.values(), r);
    }

    /** The parsed value: sign code and symbol, number and unit, kind, deadline. */
    private void parsed(Row row, TargetValue v) {
      if (v instanceof TargetValue.Quantity) {
        TargetValue.Quantity q = (TargetValue.Quantity) v;
        cells.number(row, IndicatorColumn.NUMBER.ordinal(), q.number());
        cells.text(row, IndicatorColumn.UNIT.ordinal(), q.unit());
      } else if (v instanceof TargetValue.Deadline) {
        deadline(row, (TargetValue.Deadline) v);
      } else if (v instanceof TargetValue.Relative) {
        TargetValue.Relative rel = (TargetValue.Relative) v;
        cells.number(row, IndicatorColumn.NUMBER.ordinal(), rel.change());
        cells.text(row, IndicatorColumn.UNIT.ordinal(), rel.unit());
      }
      if (v.parsed()) {
        cells.integer(row, IndicatorColumn.SIGN_CODE.ordinal(), v.sign().code());
        cells.text(row, IndicatorColumn.SIGN.ordinal(), v.sign().symbol());
      }
      cells.text(row, IndicatorColumn.KIND.ordinal(), ValueKind.of(v).label());
    }

    /** The last day meeting the deadline; the budget year stands in for an unprinted year. */
    private void deadline(Row row, TargetValue.Deadline d) {
      Integer y = d.year() != null ? d.year() : year;
      int col = IndicatorColumn.DEADLINE.ordinal();
      if (y != null) {
        cells.date(row, col, d.lastDay(y));
      } else {
        cells.text(row, col, d.month() + "月" + (d.day() == null ? "" : d.day() + "日"));
      }
    }

    // ---- 项目

    private void projects() {
      SXSSFSheet sheet = wb.createSheet(XlsxLayout.PROJECT_SHEET);
      int[] widths = {7, 36, 9, 24, 22, 30, 11, 11, 11, 36, 10, 10, 10, 10, 60, 7, 6, 6, 6};
      header(sheet, ProjectColumn.values(), widths);
      int r = 1;
      for (Project p : doc.projects()) {
        Row row = sheet.createRow(r);
        cells.integer(row, ProjectColumn.ROW.ordinal(), r++);
        BudgetUnit unit = p.unit();
        cells.integer(row, ProjectColumn.SEQ.ordinal(), p.seq());
        cells.text(row, ProjectColumn.TITLE.ordinal(), p.title(), PROJECT_LINES);
        cells.text(
            row,
            ProjectColumn.UNIT_CODE.ordinal(),
            unit == null || unit.code() == null ? null : unit.code().value());
        cells.text(
            row,
            ProjectColumn.UNIT_NAME.ordinal(),
            unit == null ? null : unit.name(),
            PROJECT_LINES);
        cells.text(
            row, ProjectColumn.PROJECT_CODE.ordinal(), p.code() == null ? null : p.code().value());
        cells.text(row, ProjectColumn.PROJECT_NAME.ordinal(), p.name(), PROJECT_LINES);
        Budget b = p.budget();
        if (b != null) {
          cells.amount(row, ProjectColumn.TOTAL.ordinal(), wan(b.total()));
          cells.amount(row, ProjectColumn.FISCAL.ordinal(), wan(b.fiscal()));
          cells.amount(row, ProjectColumn.OTHER.ordinal(), wan(b.other()));
        }
        cells.text(row, ProjectColumn.FUND_USE.ordinal(), p.fundUse(), PROJECT_LINES);
        SpendingPlan plan = p.spendingPlan();
        if (plan != null) {
          cells.number(row, ProjectColumn.MAR.ordinal(), value(plan.mar()));
          cells.number(row, ProjectColumn.JUN.ordinal(), value(plan.jun()));
          cells.number(row, ProjectColumn.OCT.ordinal(), value(plan.oct()));
          cells.number(row, ProjectColumn.DEC.ordinal(), value(plan.dec()));
        }
        String goals = XlsxLayout.goalsCell(p.goals());
        cells.text(row, ProjectColumn.GOALS.ordinal(), goals, PROJECT_LINES);
        cells.integer(row, ProjectColumn.INDICATOR_COUNT.ordinal(), p.indicators().size());
        cells.text(
            row, ProjectColumn.PLAN.ordinal(), plan == null ? XlsxLayout.NO : XlsxLayout.YES);
        if (!XlsxLayout.goalsFromCell(goals).equals(p.goals())) {
          cells.text(row, ProjectColumn.GOALS_EXACT.ordinal(), XlsxLayout.jsonArray(p.goals()));
        }
      }
      finish(sheet, ProjectColumn.values(), r);
    }

    private static java.math.BigDecimal wan(Money m) {
      return m == null ? null : m.wan();
    }

    private static java.math.BigDecimal value(Percent p) {
      return p == null ? null : p.value();
    }

    // ---- 部门整体目标

    private void overall() {
      DepartmentGoals o = doc.overall();
      SXSSFSheet sheet = wb.createSheet(XlsxLayout.OVERALL_SHEET);
      int[] widths = {14, 6, 30, 70, 40, 6};
      header(sheet, OverallColumn.values(), widths);
      int r = 1;
      Row summary = sheet.createRow(r++);
      cells.text(summary, OverallColumn.PART.ordinal(), XlsxLayout.PART_SUMMARY);
      cells.text(summary, OverallColumn.TEXT.ordinal(), o.summary(), OVERALL_LINES);
      for (int k = 0; k < o.subGoals().size(); k++) {
        DepartmentGoals.SubGoal s = o.subGoals().get(k);
        Row row = sheet.createRow(r++);
        cells.text(row, OverallColumn.PART.ordinal(), XlsxLayout.PART_SUB_GOAL);
        cells.integer(row, OverallColumn.NUMBER.ordinal(), k + 1);
        cells.text(row, OverallColumn.TITLE.ordinal(), s.title(), OVERALL_LINES);
        cells.text(row, OverallColumn.TEXT.ordinal(), s.goal(), OVERALL_LINES);
        String lines = XlsxLayout.linesCell(s.indicators());
        cells.text(row, OverallColumn.INDICATORS.ordinal(), lines, OVERALL_LINES);
        if (!XlsxLayout.linesFromCell(lines).equals(s.indicators())) {
          cells.text(
              row, OverallColumn.INDICATORS_EXACT.ordinal(), XlsxLayout.jsonArray(s.indicators()));
        }
      }
      for (int k = 0; k < o.measures().size(); k++) {
        DepartmentGoals.Measure m = o.measures().get(k);
        Row row = sheet.createRow(r++);
        cells.text(row, OverallColumn.PART.ordinal(), XlsxLayout.PART_MEASURE);
        cells.integer(row, OverallColumn.NUMBER.ordinal(), k + 1);
        cells.text(row, OverallColumn.TITLE.ordinal(), m.title(), OVERALL_LINES);
        cells.text(row, OverallColumn.TEXT.ordinal(), m.text(), OVERALL_LINES);
      }
      finish(sheet, OverallColumn.values(), r);
    }

    // ---- 说明

    private void about() {
      SXSSFSheet sheet = wb.createSheet(XlsxLayout.ABOUT_SHEET);
      sheet.setColumnWidth(0, 16 * 256);
      sheet.setColumnWidth(1, 90 * 256);
      cells.title(sheet.createRow(0), 0, "预算绩效目标（Jixiao 导出）");
      Department d = doc.department();
      int r = 2;
      r = pair(sheet, r, About.FORMAT, XlsxLayout.formatMarker());
      r = pair(sheet, r, About.SOURCE, doc.source());
      r = pair(sheet, r, About.DEPARTMENT, d == null ? null : d.name());
      Row yearRow = sheet.createRow(r++);
      cells.text(yearRow, 0, About.YEAR);
      cells.count(yearRow, 1, year);
      r = pair(sheet, r, About.OVERALL, doc.overall() == null ? XlsxLayout.NO : XlsxLayout.YES);
      Row tables = sheet.createRow(r++);
      cells.text(tables, 0, About.TABLES);
      cells.count(tables, 1, doc.projects().size());
      Row indicators = sheet.createRow(r++);
      cells.text(indicators, 0, About.INDICATORS);
      cells.count(indicators, 1, doc.indicatorCount());
      r++;
      String[] notes = {
        "“指标”工作表每行一个指标，可筛选；“项目”工作表每行一张绩效目标表；“部门整体目标”为第一部分（文件有时才有）。",
        "金额单位为万元；资金支出计划为各时点累计支出的百分比。符号代码：1 ≥、2 >、3 =、4 <、5 ≤、6 定性。",
        "修改单元格后可用 jixiao 再导入。隐藏列（项目行、指标序、支出计划、…（原文））用于准确还原文件，请勿修改或删除；本工作表也请保留。",
        "符号、数值、计量单位、值类型、截止日期由“指标值”解析而来，仅供查看，再导入时以“指标值”为准。"
      };
      for (String note : notes) {
        cells.text(sheet.createRow(r++), 0, note);
      }
      sheet.setFitToPage(true);
      sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
      sheet.getPrintSetup().setFitWidth((short) 1);
      sheet.getPrintSetup().setFitHeight((short) 0);
    }

    private int pair(SXSSFSheet sheet, int r, String label, String value) {
      Row row = sheet.createRow(r);
      cells.text(row, 0, label);
      cells.text(row, 1, value);
      return r + 1;
    }

    // ---- common

    private void header(SXSSFSheet sheet, Column[] columns, int[] widths) {
      Row row = sheet.createRow(0);
      row.setHeightInPoints(30);
      for (int c = 0; c < columns.length; c++) {
        cells.header(row, c, columns[c].label());
        sheet.setColumnWidth(c, widths[c] * 256);
        if (columns[c].hidden()) {
          sheet.setColumnHidden(c, true);
        }
      }
    }

    /**
     * Freezes the header row, sets the filter over the written rows, and prints the visible columns
     * landscape on A4, one page wide, with the header row on every page.
     */
    private void finish(SXSSFSheet sheet, Column[] columns, int rows) {
      int lastVisible = columns.length - 1;
      while (lastVisible > 0 && columns[lastVisible].hidden()) {
        lastVisible--;
      }
      wb.setPrintArea(wb.getSheetIndex(sheet), 0, lastVisible, 0, Math.max(0, rows - 1));
      sheet.createFreezePane(0, 1);
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, columns.length - 1));
      sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
      sheet.setFitToPage(true);
      PrintSetup print = sheet.getPrintSetup();
      print.setLandscape(true);
      print.setPaperSize(PrintSetup.A4_PAPERSIZE);
      print.setFitWidth((short) 1);
      print.setFitHeight((short) 0);
    }
  }
}
