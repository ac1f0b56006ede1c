package io.jixiao.web;

import io.jixiao.store.TargetQueries;
import io.jixiao.workflow.ProjectState;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 绩效目标表 across departments: one list that filters (年度, 部门, 状态, 等级, rule, amount range, a
 * search in name, code and indicator text), sorts and pages in the database, and its Excel export
 * with the same filters, written row by row (SXSSF). The address is stable for links from the
 * dashboard: {@code /targets?year=&department=&state=&grade=&rule=}.
 */
@Controller
class TableListController {

  /** Tables a page shows. */
  static final int PAGE_SIZE = 50;

  /** Rows an export writes at most (a year of a province is ~300,000 tables: filter first). */
  static final int EXPORT_MAX = 65_000;

  private final TableLists lists;
  private final Catalog catalog;

  TableListController(TableLists lists, Catalog catalog) {
    this.lists = lists;
    this.catalog = catalog;
  }

  @GetMapping("/targets")
  String list(
      ListQuery.Params params,
      @AuthenticationPrincipal Account viewer,
      Model model) {
    ListQuery query = params.query();
    YearSelection years = lists.years(viewer, query.year());
    TargetQueries.Filter filter = query.filter(years.year(), true);
    long count = lists.count(viewer, filter);
    int p = Paging.clamp(query.page(), count, PAGE_SIZE);
    List<ListRow> rows =
        lists.page(viewer, filter, query.sort(), query.descending(), (long) (p - 1) * PAGE_SIZE,
                PAGE_SIZE).stream()
            .map(ListRow::of)
            .toList();
    model.addAttribute("rows", rows);
    model.addAttribute("count", count);
    model.addAttribute("budget", lists.budget(viewer, filter));
    model.addAttribute("page", p);
    model.addAttribute("pages", Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE));
    model.addAttribute("query", query);
    model.addAttribute("states", ProjectState.values());
    model.addAttribute("grades", Grade.values());
    model.addAttribute("ruleTitle", query.rule() == null ? null : catalog.ruleTitle(query.rule()));
    String here = query.link("/targets", years.year()).build().encode().toUriString();
    model.addAttribute("here", here);
    model.addAttribute("exportLink",
        query.link("/targets.xlsx", years.year()).build().encode().toUriString());
    model.addAttribute("years", years);
    model.addAttribute("yearLinks",
        years.links(query.link("/targets", null)));
    return "targets";
  }

  @GetMapping("/targets.xlsx")
  void export(
      ListQuery.Params params,
      @AuthenticationPrincipal Account viewer,
      HttpServletResponse response)
      throws IOException {
    // the export lists every row of the filter, whatever page the list showed
    ListQuery query = params.query();
    YearSelection years = lists.years(viewer, query.year());
    TargetQueries.Filter filter = query.filter(years.year(), true);
    String name = "绩效目标表" + (years.year() == null ? "" : "-" + years.year()) + ".xlsx";
    response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString());
    try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
      Sheet sheet = book.createSheet("绩效目标表");
      String[] head = {"年度", "部门", "项目名称", "项目编码", "预算数（万元）", "状态", "审核等级", "错误",
          "警告", "提示", "编号"};
      Row h = sheet.createRow(0);
      for (int i = 0; i < head.length; i++) {
        h.createCell(i).setCellValue(head[i]);
      }
      int[] n = {0};
      lists.each(viewer, filter, query.sort(), query.descending(), EXPORT_MAX, item -> {
        ListRow t = ListRow.of(item);
        Row r = sheet.createRow(++n[0]);
        if (t.budgetYear() != null) {
          r.createCell(0).setCellValue(t.budgetYear());
        }
        r.createCell(1).setCellValue(t.department() == null ? "" : t.department());
        r.createCell(2).setCellValue(t.projectName() == null ? "" : t.projectName());
        r.createCell(3).setCellValue(t.projectCode() == null ? "" : t.projectCode());
        if (t.budgetTotal() != null) {
          r.createCell(4).setCellValue(t.budgetTotal().doubleValue());
        }
        r.createCell(5).setCellValue(t.state().label());
        r.createCell(6).setCellValue(t.gradeLabel());
        r.createCell(7).setCellValue(t.errors());
        r.createCell(8).setCellValue(t.warnings());
        r.createCell(9).setCellValue(t.infos());
        r.createCell(10).setCellValue(t.id());
      });
      if (n[0] >= EXPORT_MAX) {
        sheet.createRow(n[0] + 1).createCell(0)
            .setCellValue("仅导出前 " + EXPORT_MAX + " 行，请增加筛选条件后分批导出");
      }
      try (OutputStream out = response.getOutputStream()) {
        book.write(out);
      }
      book.dispose();
    }
  }
}
