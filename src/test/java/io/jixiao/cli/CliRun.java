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
 * exit codes), with a stand-in for reading DOC files in review, monitor and evaluate.
 */
record CliRun(int exit, String out, String err) {

  static CliRun run(String... args) {
    return run(new DocumentReader()::read, args);
  }

  static CliRun run(Function<Path, ImportResult> reader, String... args) {
    CommandLine.IFactory factory =
        new CommandLine.IFactory() {
          @Override
          public <K> K create(Class<K> type) throws Exception {
            if (type == ReviewCommand.class) {
              return type.cast(new ReviewCommand(reader));
            }
            if (type == MonitorCommand.class) {
              return type.cast(new MonitorCommand(reader));
            }
            if (type == EvaluateCommand.class) {
              return type.cast(new EvaluateCommand(reader));
            }
            return CommandLine.defaultFactory().create(type);
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
