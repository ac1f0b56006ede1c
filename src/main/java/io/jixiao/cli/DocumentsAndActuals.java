package io.jixiao.cli;

import io.jixiao.document.ImportResult;
import io.jixiao.monitor.Actuals;
import io.jixiao.store.ActualsStore;
import io.jixiao.store.Database;
import io.jixiao.model.TargetDocument;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Mixin;

/**
 * What monitor and evaluate measure (a picocli mixin): the documents of {@link DocumentSource} and
 * their actuals, from {@code --actuals FILE} or else, with {@code --db}, those stored for them
 * ({@code jixiao actuals-import}). The stored documents (--db without DOC) take the stored actuals
 * only.
 */
final class DocumentsAndActuals {

  @Mixin DocumentSource documents;

  @Mixin ActualsOption actualsFile;

  /**
   * Checks how the options go together, then opens the database when {@code --db} was given.
   *
   * @return the open database, or null without {@code --db}
   * @throws picocli.CommandLine.ParameterException for a combination that makes no sense
   */
  Database open() {
    if (actualsFile.given() && documents.stored()) {
      throw documents.usage(
          "--actuals 不能用于数据库中的文件（--db 且不给 DOC）：它们使用数据库中的执行数据，请先用 jixiao actuals-import 导入执行数据文件");
    }
    return documents.open();
  }

  /**
   * The documents with their actuals; empty, with every reason printed, when there is no document
   * or the actuals file cannot be used (the command then ends with {@link ExitCode#NOT_DONE}).
   *
   * @param db the database {@link #open()} returned (null without {@code --db})
   */
  Optional<Input> load(
      Database db, Function<Path, ImportResult> reader, PrintWriter err, String skipped) {
    Optional<DocumentSource.Read> read = documents.read(db, reader, err, skipped);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    List<TargetDocument> docs = read.get().documents();
    boolean unreadable = read.get().unreadable();
    if (db == null || actualsFile.given()) {
      String name = actualsFile.given() ? actualsFile.file.getFileName().toString() : null;
      return actualsFile.load(docs, err).map(a -> new Input(docs, a, name, unreadable));
    }
    Actuals stored =
        new ActualsStore(db.dataSource()).load(docs.stream().map(TargetDocument::source).toList());
    return Optional.of(new Input(docs, stored, null, unreadable));
  }

  /**
   * The documents and their actuals.
   *
   * @param actualsFile the actuals file's name, null for the actuals stored in the database
   * @param unreadable true when a DOC file could not be read
   */
  record Input(
      List<TargetDocument> documents, Actuals actuals, String actualsFile, boolean unreadable) {

    /** Where the actuals come from, for messages: the file's name or 数据库. */
    String actualsOrigin() {
      return actualsFile == null ? "数据库" : actualsFile;
    }
  }
}
