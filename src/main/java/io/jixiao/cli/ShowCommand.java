package io.jixiao.cli;

import io.jixiao.review.report.Columns;
import io.jixiao.store.Database;
import io.jixiao.store.DocumentSummary;
import io.jixiao.store.TargetStore;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code jixiao show [--db URL]}: what is stored, one line per document (its current version). */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "列出数据库中已导入的文件：部门、年度、版本、项目数、指标数和预算合计。")
final class ShowCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<DocumentSummary> documents;
    try (Database db = database.open()) {
      documents = new TargetStore(db.dataSource()).list();
    }
    if (documents.isEmpty()) {
      out.println("数据库中还没有导入的文件。用 jixiao import FILE... 导入。");
      return ExitCode.OK.code();
    }
    Columns table =
        new Columns(
            new String[] {"部门", "年度", "文件", "版本", "项目数", "指标数", "预算合计(万元)"},
            new boolean[] {false, true, false, true, true, true, true});
    int projects = 0;
    int indicators = 0;
    BigDecimal budget = BigDecimal.ZERO.setScale(2);
    for (DocumentSummary d : documents) {
      table.add(
          d.department() == null ? "（未注明）" : d.department(),
          d.year() == null ? "-" : d.year().toString(),
          d.source(),
          Integer.toString(d.version()),
          Integer.toString(d.projects()),
          Integer.toString(d.indicators()),
          d.budgetTotal() == null ? "-" : d.budgetTotal().toPlainString());
      projects += d.projects();
      indicators += d.indicators();
      if (d.budgetTotal() != null) {
        budget = budget.add(d.budgetTotal());
      }
    }
    table.lines().forEach(out::println);
    long departments =
        documents.stream()
            .map(DocumentSummary::department)
            .filter(Objects::nonNull)
            .distinct()
            .count();
    out.printf(
        "共 %d 个部门, %d 个文件, %d 张表, %d 个指标, 预算合计 %s 万元%n",
        departments, documents.size(), projects, indicators, budget.toPlainString());
    return ExitCode.OK.code();
  }
}
