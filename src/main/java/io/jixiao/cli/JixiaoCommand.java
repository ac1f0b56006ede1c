package io.jixiao.cli;

import io.jixiao.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: {@code java -jar target/jixiao.jar <command>}. */
@Command(
    name = "jixiao",
    mixinStandardHelpOptions = true,
    version = "jixiao 0.1.0",
    description = "Budget performance target management (预算绩效目标管理).",
    subcommands = {ImportCommand.class, ShowCommand.class, CommandLine.HelpCommand.class})
public final class JixiaoCommand implements Runnable {

  /** Everything went well. */
  public static final int EXIT_OK = 0;

  /** Some input could not be read or stored, or the database is unavailable. */
  public static final int EXIT_INPUT = 1;

  /** The command line is wrong (picocli's own code for usage errors). */
  public static final int EXIT_USAGE = CommandLine.ExitCode.USAGE;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the CLI and returns the exit code: 0 ok, 1 some input unreadable, 2 usage error. */
  public static int run(String... args) {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "io/jixiao/cli/logback-cli.xml");
    }
    return commandLine(CommandLine.defaultFactory()).execute(args);
  }

  /**
   * The command line with its exit code mapping: a {@link StoreException} (database unavailable or
   * a document that could not be saved) is reported in Chinese on stderr with exit code 1.
   */
  static CommandLine commandLine(CommandLine.IFactory factory) {
    CommandLine cli = new CommandLine(new JixiaoCommand(), factory);
    cli.setExecutionExceptionHandler(
        (e, command, parseResult) -> {
          if (e instanceof StoreException) {
            command.getErr().println("错误：" + e.getMessage());
            command.getErr().flush();
            return EXIT_INPUT;
          }
          throw e;
        });
    return cli;
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
