package io.jixiao.cli;

import io.jixiao.document.ImportResult;
import io.jixiao.store.Database;
import io.jixiao.store.TargetStore;
import io.jixiao.model.TargetDocument;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The documents review, monitor and evaluate work on (a picocli mixin): the DOC files, or with
 * {@code --db} and no DOC the current documents stored in the database, of one {@code
 * --department} and one {@code --year} when given.
 */
final class DocumentSource {

  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  @Mixin DatabaseOption database;

  @Option(
      names = "--department",
      paramLabel = "NAME",
      description = "只处理数据库中该部门的文件（部门全称；与 --db 同用，不给 DOC）")
  String department;

  @Option(
      names = "--year",
      paramLabel = "YYYY",
      description = "只处理数据库中该预算年度的文件（与 --db 同用，不给 DOC）")
  Integer year;

  @Parameters(
      arity = "0..*",
      paramLabel = "DOC",
      description = "绩效目标文件（任何可导入的格式）；用 --db 时可省略，即处理数据库中已导入的文件")
  List<Path> files = new ArrayList<>();

  /** True when {@code --db} was given. */
  boolean usesDatabase() {
    return database.given();
  }

  /** True when the documents are the stored ones: {@code --db} without DOC. */
  boolean stored() {
    return usesDatabase() && files.isEmpty();
  }

  /**
   * Checks how the options go together, then opens the database when {@code --db} was given.
   *
   * @return the open database, or null without {@code --db}
   * @throws ParameterException for a combination that makes no sense (exit code 2)
   */
  Database open() {
    if (files.isEmpty() && !usesDatabase()) {
      throw usage("请给出绩效目标文件 DOC，或用 --db URL 处理数据库中已导入的文件");
    }
    if (!files.isEmpty() && (department != null || year != null)) {
      throw usage("--department 和 --year 只用于数据库中的文件（--db 且不给 DOC），不能与 DOC 同用");
    }
    return usesDatabase() ? database.open() : null;
  }

  ParameterException usage(String message) {
    return new ParameterException(mixee.commandLine(), message);
  }

  /**
   * The documents: every DOC file read (see {@link Documents#read}), or the stored current
   * documents of the department and year asked for. Empty, with the reason printed, when the
   * database holds none of them.
   *
   * @param db the database {@link #open()} returned (null without {@code --db})
   */
  Optional<Read> read(
      Database db, Function<Path, ImportResult> reader, PrintWriter err, String skipped) {
    if (!stored()) {
      List<TargetDocument> documents = new ArrayList<>(files.size());
      boolean unreadable = Documents.read(files, reader, err, documents, skipped);
      return Optional.of(new Read(documents, unreadable));
    }
    List<TargetDocument> documents =
        new TargetStore(db.dataSource()).loadCurrent(department, year);
    if (documents.isEmpty()) {
      err.println("数据库中没有已导入的文件" + selection() + "；请先用 jixiao import 导入");
      err.flush();
      return Optional.empty();
    }
    return Optional.of(new Read(documents, false));
  }

  /**
   * The stored current documents of the department and year asked for, each loaded when the
   * iteration reaches it ({@link TargetStore#eachCurrent}); empty, with the reason printed, when
   * the database holds none. Only for {@link #stored()}.
   */
  Optional<Iterable<TargetDocument>> each(Database db, PrintWriter err) {
    Iterable<TargetDocument> documents =
        new TargetStore(db.dataSource()).eachCurrent(department, year);
    if (!documents.iterator().hasNext()) {
      err.println("数据库中没有已导入的文件" + selection() + "；请先用 jixiao import 导入");
      err.flush();
      return Optional.empty();
    }
    return Optional.of(documents);
  }

  /** {@code （承德市自然资源和规划局，2024 年度）} or the empty string. */
  private String selection() {
    if (department == null && year == null) {
      return "";
    }
    if (department == null || year == null) {
      return "（" + (department == null ? year + " 年度" : department) + "）";
    }
    return "（" + department + "，" + year + " 年度）";
  }

  /**
   * The documents read, in order.
   *
   * @param unreadable true when a DOC file could not be read (the command ends with {@link
   *     ExitCode#NOT_DONE})
   */
  record Read(List<TargetDocument> documents, boolean unreadable) {}
}
