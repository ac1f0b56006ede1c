package io.jixiao.cli;

import io.jixiao.review.RulePack;
import io.jixiao.review.RulePackException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loading the {@code --pack FILE} option of the review, monitor and evaluate commands. The option
 * itself stays in each command: each describes what the pack changes for it.
 */
final class RulePackFile {

  private RulePackFile() {}

  /**
   * The default rule pack when {@code pack} is null, else the one in the file; empty, with the
   * reason printed to {@code err}, when the file is invalid (the command then ends with {@link
   * ExitCode#USAGE}).
   */
  static Optional<RulePack> load(Path pack, PrintWriter err) {
    try {
      return Optional.of(pack == null ? RulePack.defaults() : RulePack.load(pack));
    } catch (RulePackException e) {
      err.println(e.getMessage());
      return Optional.empty();
    }
  }
}
