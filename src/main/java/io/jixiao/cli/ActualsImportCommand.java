package io.jixiao.cli;

import io.jixiao.monitor.ActualsFiles;
import io.jixiao.monitor.ActualsProblem;
import io.jixiao.monitor.ActualsReadResult;
import io.jixiao.model.TargetDocument;
import io.jixiao.store.Database;
import io.jixiao.store.StoreException;
import io.jixiao.store.TargetStore;
import io.jixiao.workflow.Actor;
import io.jixiao.workflow.ImportDocument;
import io.jixiao.workflow.RecordActuals;
import io.jixiao.workflow.WorkflowException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao actuals-import [--db URL] FILE...}: reads each actuals file (CSV or the filled XLSX
 * template) against the current documents stored and stores its lines in a transaction of its own.
 * A file with any error stores nothing; every problem is printed with its place. Exit code 0 when
 * every file was stored, 1 when one was not, 2 for a usage error.
 */
@Command(
    name = "actuals-import",
    mixinStandardHelpOptions = true,
    description = {
      "导入执行数据文件（CSV 或填好的 actuals-template 模板 .xlsx）并保存到数据库，供 monitor、evaluate、review 的 --db 使用。",
      "文件按数据库中已导入的绩效目标文件检查，只接受已批复或已公开的表；有错误的文件不写入任何内容。同一表、行、月份再次导入时替换原值。",
      "退出码：0 全部保存，1 有文件未保存，2 用法错误。"
    })
final class ActualsImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Parameters(
      arity = "1..*",
      paramLabel = "FILE",
      description = "执行数据文件：CSV（source,seq,row,period,value,note）或填好的模板（.xlsx）")
  List<Path> files;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int failed = 0;
    try (Database db = database.open()) {
      // the actuals name their tables by source and number: check them against every document
      new ImportDocument(db.dataSource()).catchUp();
      List<TargetDocument> documents = new TargetStore(db.dataSource()).loadCurrent(null, null);
      RecordActuals recording = new RecordActuals(db.dataSource());
      for (Path file : files) {
        if (!importOne(file, documents, recording, out, err)) {
          failed++;
        }
      }
    }
    if (files.size() > 1) {
      out.printf("共 %d 个文件：已保存 %d 个，未保存 %d 个%n", files.size(), files.size() - failed, failed);
    }
    out.flush();
    return failed == 0 ? ExitCode.OK.code() : ExitCode.NOT_DONE.code();
  }

  /**
   * Reads and stores one file through the same use case as the web (only tables 已批复 or 已公开);
   * true when it was stored. Problems go to stderr.
   */
  private static boolean importOne(
      Path file,
      List<TargetDocument> documents,
      RecordActuals recording,
      PrintWriter out,
      PrintWriter err) {
    String name = file.getFileName().toString();
    ActualsReadResult result = ActualsFiles.read(file, documents, recording.scope());
    for (ActualsProblem p : result.problems()) {
      err.println(p);
    }
    err.flush();
    int warnings = result.warnings().size();
    String warned = warnings == 0 ? "" : "，" + warnings + " 个警告";
    if (!result.ok()) {
      out.println(name + "：未保存，" + result.errors().size() + " 个错误" + warned);
      out.flush();
      return false;
    }
    RecordActuals.Recorded stored;
    try {
      stored = recording.record(name, "ACTUALS_IMPORT", result.entries(),
          new Actor(CommandLineAudit.actor(), null));
    } catch (StoreException | WorkflowException e) {
      err.println("错误：" + e.getMessage());
      err.flush();
      out.println(name + "：未保存，保存失败");
      out.flush();
      return false;
    }
    out.printf(
        "%s：已保存 %d 行（新增 %d 行，替换 %d 行%s）%s%n",
        name, stored.created() + stored.replaced(), stored.created(), stored.replaced(),
        stored.unchanged() == 0 ? "" : "，未变 " + stored.unchanged() + " 行", warned);
    out.flush();
    return true;
  }
}
