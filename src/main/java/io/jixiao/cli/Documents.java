package io.jixiao.cli;

import io.jixiao.document.ImportProblem;
import io.jixiao.document.ImportResult;
import io.jixiao.model.TargetDocument;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/** Reading the DOC arguments of the commands that work on every readable document given. */
final class Documents {

  private Documents() {}

  /**
   * Reads every file into {@code into}; every problem goes to {@code err}, and for a file without a
   * document the line {@code <name>：无法读取，<skipped>} (e.g. {@code 未审核}). A document with
   * errors is still taken. True when one file was unreadable.
   */
  static boolean read(
      List<Path> files,
      Function<Path, ImportResult> reader,
      PrintWriter err,
      List<TargetDocument> into,
      String skipped) {
    boolean unreadable = false;
    for (Path file : files) {
      ImportResult result = reader.apply(file);
      for (ImportProblem p : result.problems()) {
        err.println(p);
      }
      if (result.document() == null) {
        err.println(file.getFileName() + "：无法读取，" + skipped);
        unreadable = true;
      } else {
        into.add(result.document());
      }
    }
    err.flush();
    return unreadable;
  }
}
