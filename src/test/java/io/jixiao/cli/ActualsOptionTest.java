package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.monitor.Actuals;
import io.jixiao.monitor.SampleActuals;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** The {@code --actuals} mixin as a command uses it. */
class ActualsOptionTest {

  @TempDir Path dir;

  /** A command that loads actuals against seed 001 the way monitor and evaluate do. */
  @Command(name = "probe")
  static final class Probe implements Callable<Integer> {
    @Mixin ActualsOption actuals;
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    Optional<Actuals> loaded;

    @Override
    public Integer call() {
      loaded = actuals.load(List.of(SampleActuals.chengde()), spec.commandLine().getErr());
      return loaded.isPresent() ? ExitCode.OK.code() : ExitCode.NOT_DONE.code();
    }
  }

  private final StringWriter err = new StringWriter();
  private final Probe probe = new Probe();

  private int run(String... args) {
    CommandLine cli = new CommandLine(probe);
    cli.setErr(new PrintWriter(err));
    return cli.execute(args);
  }

  @Test
  void loadsTheSampleCsvAgainstTheDocuments() {
    int code = run("--actuals", SampleActuals.csv().toString());

    assertThat(code).isZero();
    assertThat(probe.actuals.given()).isTrue();
    assertThat(probe.loaded.orElseThrow()).isEqualTo(SampleActuals.read().actuals());
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aFileWithAnErrorIsNotUsedAndEveryProblemIsPrinted() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(
        bad,
        "source,seq,row,period,value,note\n"
            + "001_4926210a0e6bdf01.txt,1,2,2023-12,12个,\n"
            + "001_4926210a0e6bdf01.txt,1,spent,2023-12,99,\n",
        StandardCharsets.UTF_8);

    int code = run("--actuals", bad.toString());

    assertThat(code).isEqualTo(1);
    assertThat(probe.loaded).isEmpty();
    assertThat(err.toString())
        .contains("bad.csv:2: 错误 列 value：实际完成值“12个”的单位“个”与指标值“≥90%”的单位“%”不符 [ACT-UNIT]")
        .contains("bad.csv:3: 警告 列 value：累计支出 99.00 万元超过全年预算数 15.00 万元 [ACT-SPENT-OVER]")
        .contains("bad.csv：执行数据有 1 处错误，未使用");
  }

  @Test
  void withoutTheOptionNothingIsLoadedAndThePersonIsTold() {
    int code = run();

    assertThat(code).isEqualTo(1);
    assertThat(probe.actuals.given()).isFalse();
    assertThat(err.toString()).contains("请用 --actuals 指定执行数据文件");
  }
}
