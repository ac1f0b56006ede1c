package io.jixiao.cli;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: {@code java -jar target/jixiao.jar <command>}. */
@Command(
    name = "jixiao",
    mixinStandardHelpOptions = true,
    version = "jixiao 0.1.0",
    description = "Budget performance target management (预算绩效目标管理).",
    subcommands = {
      ConvertCommand.class,
      ImportCommand.class,
      LoadCommand.class,
      ShowCommand.class,
      ReviewCommand.class,
      MonitorCommand.class,
      EvaluateCommand.class,
      ExportCommand.class,
      ActualsTemplateCommand.class,
      ActualsImportCommand.class,
      BenchCommand.class,
      GenerateCommand.class,
      ServeCommand.class,
      AuditVerifyCommand.class,
      CommandLine.HelpCommand.class
    })
public final class JixiaoCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the CLI and returns the exit code: 0 ok, 1 some input unreadable, 2 usage error. */
  public static int run(String... args) {
    return run(console(System.out), console(System.err), args);
  }

  /** Runs the CLI writing to the given streams instead of standard output and error. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = commandLine(CommandLine.defaultFactory()).setOut(out).setErr(err);
    return cli.execute(args);
  }

  /** The command line built by {@code factory}, with the one mapping of outcomes to exit codes. */
  static CommandLine commandLine(CommandLine.IFactory factory) {
    if (System.getProperty("logback.configurationFile") == null) {
      System.setProperty("logback.configurationFile", "io/jixiao/cli/logback-cli.xml");
    }
    return ExitCode.handleErrorsOf(new CommandLine(new JixiaoCommand(), factory));
  }

  /** Without a command: the usage, as for any other usage error. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("请指定命令，例如：jixiao convert --out DIR FILE...");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCode.USAGE.code();
  }

  /**
   * A writer for a standard stream in the console's encoding; UTF-8 when the platform claims plain
   * ASCII (a POSIX locale), which would turn every Chinese character into {@code ?}.
   */
  private static PrintWriter console(PrintStream stream) {
    Charset charset = Charset.defaultCharset();
    String declared = System.getProperty("stdout.encoding");
    if (declared != null && Charset.isSupported(declared)) {
      charset = Charset.forName(declared);
    }
    if (charset.equals(StandardCharsets.US_ASCII)) {
      charset = StandardCharsets.UTF_8;
    }
    return new PrintWriter(new OutputStreamWriter(stream, charset), true);
  }
}
