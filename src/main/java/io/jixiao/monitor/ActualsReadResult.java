package io.jixiao.monitor;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of reading one actuals file: the actuals and the entries they were built from (null
 * and empty when any problem is an error: then nothing of the file may be used or stored), and
 * every problem found, with its location.
 *
 * @param file the file's name, without directories
 */
public record ActualsReadResult(
    String file, Actuals actuals, List<ActualsEntry> entries, List<ActualsProblem> problems) {

  public ActualsReadResult {
    Objects.requireNonNull(file, "file");
    entries = List.copyOf(entries);
    problems = List.copyOf(problems);
    boolean errors = problems.stream().anyMatch(ActualsProblem::isError);
    if (errors && (actuals != null || !entries.isEmpty())) {
      throw new IllegalArgumentException("a file with errors yields no actuals");
    }
    if (!errors && actuals == null) {
      throw new IllegalArgumentException("a result without actuals must say why");
    }
  }

  /** True when the file was read and may be used and stored: no problem is an error. */
  public boolean ok() {
    return actuals != null;
  }

  public List<ActualsProblem> errors() {
    return problems.stream().filter(ActualsProblem::isError).toList();
  }

  public List<ActualsProblem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }
}
