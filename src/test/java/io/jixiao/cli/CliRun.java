package io.jixiao.cli;

import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportResult;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.function.Function;
import picocli.CommandLine;

/**
 * Runs the root command as {@code java -jar jixiao.jar} does (with the one mapping of outcomes to
 * exit codes), optionally with commands built by the test, e.g. with a stand-in for reading files.
 */
record CliRun(int exit, String out, String err) {

  static CliRun run(String... args) {
    return run(new DocumentReader()::read, args);
  }

  /** With {@code reader} reading the DOC files of review, monitor and evaluate. */
  static CliRun run(Function<Path, ImportResult> reader, String... args) {
    return withCommands(
        type -> {
          if (type == ReviewCommand.class) {
            return new ReviewCommand(reader);
          }
          if (type == MonitorCommand.class) {
            return new MonitorCommand(reader);
          }
          return type == EvaluateCommand.class ? new EvaluateCommand(reader) : null;
        },
        args);
  }

  /** With the commands {@code standIns} builds for a class (null: the default one). */
  static CliRun withCommands(Function<Class<?>, Object> standIns, String... args) {
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> type) throws Exception {
            Object standIn = standIns.apply(type);
            return standIn != null ? type.cast(standIn) : CommandLine.defaultFactory().create(type);
          }
        };
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = JixiaoCommand.commandLine(factory);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new CliRun(exit, out.toString(), err.toString());
  }
}
