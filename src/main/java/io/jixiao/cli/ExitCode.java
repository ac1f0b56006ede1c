package io.jixiao.cli;

import java.io.PrintWriter;
import io.jixiao.store.StoreException;
import java.io.IOException;
import picocli.CommandLine;

/**
 * The exit codes of the CLI, and the one place where outcomes and errors become them: commands
 * return an {@code ExitCode}, and {@link #handleErrorsOf(CommandLine)} maps usage errors and
 * unexpected exceptions.
 */
enum ExitCode {
  /** Everything was done. */
  OK(0),
  /** Some input could not be read or its output not written; the other files were processed. */
  NOT_DONE(1),
  /** The command line was wrong: unknown option, missing file, no command. */
  USAGE(2);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  int code() {
    return code;
  }

  /** Installs the mapping of usage errors and unexpected exceptions on the command line. */
  static CommandLine handleErrorsOf(CommandLine cli) {
    cli.setParameterExceptionHandler(
        (e, args) -> {
          CommandLine command = e.getCommandLine();
          PrintWriter err = command.getErr();
          err.println("用法错误：" + e.getMessage());
          command.usage(err);
          err.flush();
          return USAGE.code;
        });
    cli.setExecutionExceptionHandler(
        (e, command, parseResult) -> {
          PrintWriter err = command.getErr();
          if (e instanceof StoreException || e instanceof IOException) {
            err.println("错误：" + e.getMessage());
            err.flush();
            return NOT_DONE.code;
          }
          err.println("jixiao " + command.getCommandName() + " 内部错误：" + e);
          err.flush();
          return NOT_DONE.code;
        });
    return cli;
  }
}
