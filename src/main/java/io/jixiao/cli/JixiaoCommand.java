package io.jixiao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: {@code java -jar target/jixiao.jar <command>}. */
@Command(
    name = "jixiao",
    mixinStandardHelpOptions = true,
    version = "jixiao 0.1.0",
    description = "Budget performance target management (预算绩效目标管理).",
    subcommands = {CommandLine.HelpCommand.class, ReviewCommand.class})
public final class JixiaoCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the CLI and returns the exit code: 0 ok, 1 some input unreadable, 2 usage error. */
  public static int run(String... args) {
    return new CommandLine(new JixiaoCommand()).execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }
}
