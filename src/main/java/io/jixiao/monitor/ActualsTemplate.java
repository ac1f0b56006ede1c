package io.jixiao.monitor;

import io.jixiao.model.Indicator;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TargetValue;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFDataValidationHelper;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The XLSX template a department fills with its actuals: sheet 执行数据 with, per target table, a row
 * for the cumulative spending ({@code spent}), a row for an adjusted budget ({@code budget}) and a
 * row per indicator. The six columns of an actuals file come first; the person fills only period,
 * value and note (the sheet is protected, every other cell is locked and grey); project name,
 * budget, spending plan, the indicator's levels and its target stand beside as context. Sheet 说明
 * explains how to fill it. {@link ActualsXlsx} reads the filled file back.
 */
public final class ActualsTemplate {

  private ActualsTemplate() {}

  /**
   * What to write as the actual of an indicator with {@code target} (the template's 填写说明), e.g.
   * {@code 填写实际达到的数值，如 95%}; {@code year} is the budget year, or null.
   */
  public static String hint(TargetValue target, Integer year) {
    return TemplateLayout.hint(target, year);
  }

  /**
   * Writes the template for the tables of {@code documents}.
   *
   * @param period the month to pre-fill in every row, or null to leave the period to the person
   */
  public static void write(List<TargetDocument> documents, YearMonth period, OutputStream out)
      throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Styles styles = new Styles(wb);
      data(wb, styles, documents, period);
      help(wb, styles, documents);
      wb.write(out);
    }
  }

  private static void data(
      XSSFWorkbook wb, Styles styles, List<TargetDocument> documents, YearMonth period) {
    XSSFSheet sheet = wb.createSheet(TemplateLayout.DATA_SHEET);
    for (int c = 0; c < TemplateLayout.WIDTHS.length; c++) {
      sheet.setColumnWidth(c, TemplateLayout.WIDTHS[c] * 256);
    }
    Row head = sheet.createRow(0);
    head.setHeightInPoints(30);
    for (ActualsColumn c : ActualsColumn.ALL) {
      cell(head, c.ordinal(), TemplateLayout.header(c), styles.header);
    }
    for (int i = 0; i < TemplateLayout.CONTEXT.size(); i++) {
      cell(head, 6 + i, TemplateLayout.CONTEXT.get(i), styles.header);
    }
    CellRangeAddressList graded = new CellRangeAddressList();
    CellRangeAddressList deadlines = new CellRangeAddressList();
    int r = 1;
    for (TargetDocument d : documents) {
      Integer year = d.budgetYear();
      if (year == null && period != null) {
        year = period.getYear();
      }
      for (Project p : d.projects()) {
        Row spent = keyRow(sheet, r++, styles, d, p, "spent", period);
        projectContext(spent, styles, p);
        cell(spent, TemplateLayout.HINT, TemplateLayout.SPENT_HINT, styles.context);
        Row budget = keyRow(sheet, r++, styles, d, p, "budget", period);
        projectContext(budget, styles, p);
        cell(budget, TemplateLayout.HINT, TemplateLayout.BUDGET_HINT, styles.context);
        List<Indicator> indicators = p.indicators();
        for (int i = 0; i < indicators.size(); i++) {
          Indicator x = indicators.get(i);
          Row row = keyRow(sheet, r, styles, d, p, Integer.toString(i + 1), period);
          cell(row, TemplateLayout.PROJECT_NAME, p.displayName(), styles.context);
          cell(row, TemplateLayout.BUDGET, null, styles.context);
          cell(row, TemplateLayout.PLAN, null, styles.context);
          cell(row, TemplateLayout.LEVEL1, x.level1(), styles.context);
          cell(row, TemplateLayout.LEVEL2, x.level2(), styles.context);
          cell(row, TemplateLayout.LEVEL3, x.name(), styles.context);
          cell(row, TemplateLayout.TARGET, x.value(), styles.context);
          cell(row, TemplateLayout.HINT, TemplateLayout.hint(x.target(), year), styles.context);
          if (x.target() instanceof TargetValue.Qualitative) {
            graded.addCellRangeAddress(r, 4, r, 4);
          } else if (x.target() instanceof TargetValue.Deadline) {
            deadlines.addCellRangeAddress(r, 4, r, 4);
          }
          r++;
        }
      }
    }
    choices(sheet, graded, "达成", "基本达成", "部分达成", "未达成");
    choices(sheet, deadlines, "达成", "未达成");
    sheet.createFreezePane(0, 1);
    sheet.setFitToPage(true);
    sheet.getPrintSetup().setLandscape(true);
    sheet.getPrintSetup().setFitWidth((short) 1);
    sheet.getPrintSetup().setFitHeight((short) 0);
    sheet.setRepeatingRows(new CellRangeAddress(0, 0, 0, TemplateLayout.LAST));
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, TemplateLayout.LAST));
    sheet.enableLocking();
    sheet.lockFormatColumns(false);
    sheet.lockFormatRows(false);
    sheet.lockAutoFilter(false);
    sheet.lockSort(false);
  }

  /** A drop-down of words for the value cells, which still accepts anything else. */
  private static void choices(XSSFSheet sheet, CellRangeAddressList cells, String... words) {
    if (cells.countRanges() == 0) {
      return;
    }
    XSSFDataValidationHelper helper = new XSSFDataValidationHelper(sheet);
    DataValidationConstraint list = helper.createExplicitListConstraint(words);
    DataValidation v = helper.createValidation(list, cells);
    v.setShowErrorBox(false);
    v.setSuppressDropDownArrow(true);
    sheet.addValidationData(v);
  }

  /** A row with its key cells filled and locked, and the input cells open. */
  private static Row keyRow(
      XSSFSheet sheet,
      int r,
      Styles styles,
      TargetDocument d,
      Project p,
      String row,
      YearMonth period) {
    Row x = sheet.createRow(r);
    cell(x, 0, d.source(), styles.key);
    Cell seq = x.createCell(1);
    seq.setCellValue(p.seq());
    seq.setCellStyle(styles.keyNumber);
    cell(x, 2, row, styles.key);
    cell(x, 3, period == null ? null : period.toString(), styles.input);
    cell(x, 4, null, styles.input);
    cell(x, 5, null, styles.inputWrapped);
    return x;
  }

  private static void projectContext(Row row, Styles styles, Project p) {
    cell(row, TemplateLayout.PROJECT_NAME, p.displayName(), styles.context);
    BigDecimal total =
        p.budget() == null || p.budget().total() == null ? null : p.budget().total().wan();
    Cell budget = row.createCell(TemplateLayout.BUDGET);
    budget.setCellStyle(styles.contextAmount);
    if (total != null) {
      budget.setCellValue(total.doubleValue());
    }
    cell(row, TemplateLayout.PLAN, TemplateLayout.plan(p.spendingPlan()), styles.context);
    for (int c = TemplateLayout.LEVEL1; c <= TemplateLayout.TARGET; c++) {
      cell(row, c, null, styles.context);
    }
  }

  private static void cell(Row row, int col, String text, CellStyle style) {
    Cell c = row.createCell(col);
    if (text != null) {
      c.setCellValue(text);
    }
    c.setCellStyle(style);
  }

  private static void help(XSSFWorkbook wb, Styles styles, List<TargetDocument> documents) {
    XSSFSheet sheet = wb.createSheet(TemplateLayout.HELP_SHEET);
    sheet.setColumnWidth(0, 110 * 256);
    List<String> lines = new ArrayList<>();
    lines.add("预算执行和绩效目标完成情况填报说明");
    lines.add("");
    lines.add("本工作簿由 jixiao actuals-template 根据以下绩效文本生成：");
    for (TargetDocument d : documents) {
      String dept =
          d.department() == null
              ? ""
              : "（"
                  + d.department().name()
                  + (d.department().year() == null ? "" : " " + d.department().year() + " 年")
                  + "）";
      lines.add("    " + d.source() + dept + "，" + d.projects().size() + " 张绩效目标表");
    }
    lines.add("");
    lines.add("一、填写方法");
    lines.add("1. 只在白色的 period、value、note 三列填写；灰色单元格是文本中的内容，已锁定，请勿修改。");
    lines.add("2. period：截至哪个月末，格式 YYYY-MM，如 2023-06 表示截至 6 月底；填写了 value 的行必须填写。");
    lines.add(
        "3. value：row 为 spent 的行填截至期末的累计支出（万元，如 13.5）；row 为 budget 的行填调整后全年预算数"
            + "（万元，未调整的不填）；row 为数字的行填该指标的实际完成值。");
    lines.add(
        "4. 实际完成值的写法：定量指标填实际达到的数值并带单位，如 96%、2次、42平方公里、8万元，单位须与年度指标值一致；"
            + "时限指标填完成日期（如 2023年11月30日）或 达成/未达成；定性指标填 达成、基本达成、部分达成、未达成 之一（也可填实际数值）。");
    lines.add("5. note：偏差原因分析及改进措施。未完成目标、进度落后的行请写明原因和措施。");
    lines.add("6. value 为空的行不导入（尚无实际数据的指标留空即可）；只写 note 不写 value 的行也不导入，导入时会提示。");
    lines.add("");
    lines.add("二、导入");
    lines.add(
        "填好后保存为 .xlsx，用 jixiao monitor --actuals 本文件 文本… 或 jixiao evaluate --actuals 本文件 文本… 导入，"
            + "或在网页上传。任何一行有错误时整个文件都不导入，并逐条指出工作表、行号和列。");
    lines.add("每行只能填写一个期间。需要报送多个期间时，可每期使用一份模板，或改用 CSV 文件（格式见 docs/actuals.md）。");
    lines.add("");
    lines.add("三、各列含义");
    for (ActualsColumn c : ActualsColumn.ALL) {
      lines.add("    " + c.label() + "：" + c.meaning());
    }
    lines.add("    其余列（项目名称、预算数、资金支出计划、一级/二级/三级指标、年度指标值、填写说明）仅供参考，导入时不读取。");
    for (int i = 0; i < lines.size(); i++) {
      Row row = sheet.createRow(i);
      cell(row, 0, lines.get(i), i == 0 ? styles.title : styles.help);
    }
  }

  /** The cell styles of the template. */
  private static final class Styles {
    final CellStyle header;
    final CellStyle key;
    final CellStyle keyNumber;
    final CellStyle input;
    final CellStyle inputWrapped;
    final CellStyle context;
    final CellStyle contextAmount;
    final CellStyle title;
    final CellStyle help;

    Styles(XSSFWorkbook wb) {
      XSSFFont base = wb.getFontAt(0);
      base.setFontName("宋体");
      base.setFontHeightInPoints((short) 11);
      XSSFFont bold = wb.createFont();
      bold.setFontName("宋体");
      bold.setFontHeightInPoints((short) 11);
      bold.setBold(true);
      XSSFFont big = wb.createFont();
      big.setFontName("宋体");
      big.setFontHeightInPoints((short) 14);
      big.setBold(true);

      header = wb.createCellStyle();
      header.setFont(bold);
      header.setWrapText(true);
      header.setAlignment(HorizontalAlignment.CENTER);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      grey(header);
      header.setBorderBottom(BorderStyle.THIN);

      short text = wb.createDataFormat().getFormat("@");
      key = wb.createCellStyle();
      key.setVerticalAlignment(VerticalAlignment.TOP);
      key.setDataFormat(text);
      grey(key);
      keyNumber = wb.createCellStyle();
      keyNumber.cloneStyleFrom(key);
      keyNumber.setDataFormat(wb.createDataFormat().getFormat("0"));
      keyNumber.setAlignment(HorizontalAlignment.CENTER);

      input = wb.createCellStyle();
      input.setVerticalAlignment(VerticalAlignment.TOP);
      input.setDataFormat(text);
      input.setLocked(false);
      border(input);
      inputWrapped = wb.createCellStyle();
      inputWrapped.cloneStyleFrom(input);
      inputWrapped.setWrapText(true);

      context = wb.createCellStyle();
      context.setVerticalAlignment(VerticalAlignment.TOP);
      context.setWrapText(true);
      grey(context);
      contextAmount = wb.createCellStyle();
      contextAmount.cloneStyleFrom(context);
      contextAmount.setDataFormat(wb.createDataFormat().getFormat("0.00"));

      title = wb.createCellStyle();
      title.setFont(big);
      help = wb.createCellStyle();
      help.setWrapText(true);
      help.setVerticalAlignment(VerticalAlignment.TOP);
    }

    private static void grey(CellStyle s) {
      s.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    private static void border(CellStyle s) {
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
      s.setTopBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
      s.setBottomBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
      s.setLeftBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
      s.setRightBorderColor(IndexedColors.GREY_40_PERCENT.getIndex());
    }
  }
}
