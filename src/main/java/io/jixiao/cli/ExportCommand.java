package io.jixiao.cli;

import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportResult;
import io.jixiao.publish.DocumentWriter;
import io.jixiao.publish.Formats;
import io.jixiao.store.Database;
import io.jixiao.store.TargetStore;
import io.jixiao.model.TargetDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code export --format docx|pdf|xlsx|json --out FILE (FILE | --db URL --source NAME)}: writes a
 * department's document, read from a file or from the database, in a publication format.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "将部门绩效文本导出为 Word (docx)、PDF、Excel (xlsx) 或交换格式 JSON。",
      "来源为一个可导入的文件，或数据库中已保存的文件（--db 与 --source）。"
    })
final class ExportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "docx、pdf、xlsx 或 json")
  String format;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "输出文件")
  Path out;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  static final class Source {
    @Parameters(paramLabel = "FILE", description = "要导出的文件（文本导出、JSON、DOCX、XLSX 或 PDF）")
    Path file;

    @ArgGroup(exclusive = false)
    Stored stored;
  }

  static final class Stored {
    @Option(names = "--db", paramLabel = "URL", description = "数据库地址（默认 ./data 下的 H2 文件库）")
    String url;

    @Option(names = "--source", required = true, paramLabel = "NAME", description = "已保存文件的文件名")
    String name;
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    DocumentWriter writer =
        Formats.forName(format)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(), "不支持的格式：" + format + "（可选：" + String.join("、", Formats.names()) + "）"));
    Optional<TargetDocument> document = source.file != null ? fromFile(stderr) : fromStore(stderr);
    if (document.isEmpty()) {
      return ExitCode.NOT_DONE.code();
    }
    Path dir = out.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".jixiao-export-", "." + writer.extension());
    try {
      try (OutputStream os = Files.newOutputStream(tmp)) {
        writer.write(document.get(), os);
      }
      Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(tmp);
    }
    TargetDocument d = document.get();
    stdout.printf("%s: 已导出 %d 张表, %d 个指标 → %s%n", d.source(), d.projects().size(), d.indicatorCount(), out);
    return ExitCode.OK.code();
  }

  private Optional<TargetDocument> fromFile(PrintWriter stderr) {
    ImportResult result = new DocumentReader().read(source.file);
    if (!result.ok()) {
      result.problems().forEach(stderr::println);
      return Optional.empty();
    }
    return Optional.of(result.document());
  }

  private Optional<TargetDocument> fromStore(PrintWriter stderr) {
    String url = source.stored.url == null ? Database.DEFAULT_URL : source.stored.url;
    try (Database db = Database.open(url)) {
      Optional<TargetDocument> d = new TargetStore(db.dataSource()).load(source.stored.name);
      if (d.isEmpty()) {
        stderr.println(source.stored.name + ": 数据库中没有该文件");
      }
      return d;
    }
  }
}
