package io.jixiao.cli;

import io.jixiao.document.ImportResult;
import io.jixiao.monitor.Actuals;
import io.jixiao.store.ActualsStore;
import io.jixiao.store.Database;
import io.jixiao.store.TargetStore;
import io.jixiao.model.TargetDocument;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
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

  /** True when the documents are the stored ones ({@code --db} without DOC). */
  boolean stored() {
    return documents.stored();
  }

  /**
   * The stored documents (only for {@link #stored()}), each to be loaded with its own stored
   * actuals when the iteration reaches it; empty, with the reason printed, when the database holds
   * none.
   */
  Optional<Stored> each(Database db, PrintWriter err) {
    return documents
        .each(db, err)
        .map(
            docs ->
                new Stored(
                    docs,
                    new ActualsStore(db.dataSource()),
                    new TargetStore(db.dataSource()),
                    documents.department,
                    documents.year));
  }

  /**
   * The stored current documents and the store of their actuals: what monitor and evaluate walk
   * one document at a time, each with the actuals of its own tables (one query by source, the
   * actuals tables' primary key prefix).
   */
  record Stored(
      Iterable<TargetDocument> documents,
      ActualsStore actuals,
      TargetStore targets,
      String department,
      Integer year) {

    /**
     * The latest month reported for any of the documents (what {@code --as-of} defaults to),
     * from the database without loading a document or an actual.
     */
    Optional<YearMonth> lastPeriod() {
      return actuals.lastPeriod(targets.placedSources(department, year));
    }

    /** Each document with its stored actuals, mapped as the iteration reaches it. */
    <T> Iterable<T> map(BiFunction<TargetDocument, Actuals, T> work) {
      return () -> {
        Iterator<TargetDocument> each = documents.iterator();
        return new Iterator<>() {
          @Override
          public boolean hasNext() {
            return each.hasNext();
          }

          @Override
          public T next() {
            TargetDocument d = each.next();
            return work.apply(d, actuals.load(d.source()));
          }
        };
      };
    }
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
