package io.jixiao.cli;

import io.jixiao.generate.ActualsGenerator;
import io.jixiao.generate.Generation;
import io.jixiao.generate.RegionGenerator;
import io.jixiao.generate.SeedProfile;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao generate --departments N --tables-per-department M --year YYYY --seed S --out DIR
 * [--actuals] [--profile FILE]}: writes a deterministic synthetic region as interchange JSON, one
 * document per department (docs/generate.md).
 */
@Command(
    name = "generate",
    mixinStandardHelpOptions = true,
    description = "生成一个确定性的合成地区：每个部门一个 JSON 交换文件（分布按种子文档测得的画像），可选执行数据 CSV。")
final class GenerateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--departments", required = true, paramLabel = "N", description = "部门数")
  int departments;

  @Option(
      names = "--tables-per-department",
      required = true,
      paramLabel = "M",
      description = "每个部门的绩效目标表数")
  int tables;

  @Option(
      names = "--year",
      defaultValue = "2024",
      paramLabel = "YYYY",
      description = "预算年度（默认 ${DEFAULT-VALUE}）")
  int year;

  @Option(
      names = "--seed",
      defaultValue = "1",
      paramLabel = "S",
      description = "随机种子：种子相同，输出逐字节相同（默认 ${DEFAULT-VALUE}）")
  long seed;

  @Option(
      names = {"-o", "--out"},
      required = true,
      paramLabel = "DIR",
      description = "输出目录，不存在时创建")
  Path out;

  @Option(names = "--actuals", description = "同时为每个部门写执行数据 CSV（<文件名>-actuals.csv）")
  boolean actuals;

  @Option(
      names = "--profile",
      paramLabel = "FILE",
      description = "改用另一个画像文件（默认：随程序提供的、由四个种子文档测得的画像）")
  Path profile;

  @Override
  public Integer call() throws IOException {
    if (departments < 1 || tables < 1) {
      throw new ParameterException(
          spec.commandLine(), "--departments 和 --tables-per-department 都至少为 1");
    }
    if (year < 1990 || year > 2100) {
      throw new ParameterException(spec.commandLine(), "--year 应在 1990 至 2100 之间：" + year);
    }
    SeedProfile p;
    try {
      p =
          profile == null
              ? SeedProfile.defaults()
              : SeedProfile.parse(Files.readString(profile, StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println(profile + "：" + e.getMessage());
      return ExitCode.NOT_DONE.code();
    }
    Generation generation =
        new Generation(
            new RegionGenerator(p, year, seed), actuals ? new ActualsGenerator(seed) : null);
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    ProgressBar progress =
        new ProgressBar(stderr, departments, ProgressBar.useful(departments));
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    Generation.Summary s =
        generation.write(out, departments, tables, done -> progress.show(done, "部门 " + done));
    progress.clear();
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    stdout.println(
        String.format(
            Locale.ROOT,
            "已生成 %d 个部门、%d 张表、%d 个指标%s，共 %.1f MB，写入 %s，用时 %.1f 秒、CPU %.1f 秒"
                + "（每秒 %.0f 张表，每 CPU 秒 %.0f 张表）",
            s.departments(),
            s.tables(),
            s.indicators(),
            actuals ? "、" + s.actualsLines() + " 行执行数据" : "",
            s.bytes() / 1e6,
            out,
            seconds,
            cpu,
            s.tables() / Math.max(seconds, 1e-9),
            s.tables() / Math.max(cpu, 1e-9)));
    stdout.flush();
    return ExitCode.OK.code();
  }
}
