package io.jixiao.monitor;

import io.jixiao.model.TargetDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads an actuals file of either format, told apart by content, not by name: an XLSX workbook (a
 * ZIP file) through {@link ActualsXlsx}, anything else as CSV through {@link ActualsCsv}.
 */
public final class ActualsFiles {

  private ActualsFiles() {}

  public static ActualsReadResult read(Path file, List<TargetDocument> documents) {
    return read(file, documents, ActualsScope.ANY);
  }

  /** Reads a file; its lines may be about the tables {@code scope} lets. */
  public static ActualsReadResult read(
      Path file, List<TargetDocument> documents, ActualsScope scope) {
    try {
      if (Files.size(file) > ActualsCsv.MAX_BYTES) {
        return ActualsCsv.read(file, documents);
      }
      return read(file.getFileName().toString(), Files.readAllBytes(file), documents, scope);
    } catch (IOException e) {
      return ActualsCsv.read(file, documents);
    }
  }

  public static ActualsReadResult read(String name, byte[] bytes, List<TargetDocument> documents) {
    return read(name, bytes, documents, ActualsScope.ANY);
  }

  /** Reads the bytes of a file; its lines may be about the tables {@code scope} lets. */
  public static ActualsReadResult read(
      String name, byte[] bytes, List<TargetDocument> documents, ActualsScope scope) {
    return ActualsXlsx.looksLikeXlsx(bytes)
        ? ActualsXlsx.read(name, bytes, documents, scope)
        : ActualsCsv.read(name, bytes, documents, scope);
  }
}
