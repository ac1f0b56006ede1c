package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.document.InterchangeFixtures;
import io.jixiao.document.InterchangeJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code convert} command, fed with interchange JSON files so that it does not depend on the
 * readers of the text layouts.
 */
class ConvertCommandTest {

  @TempDir Path tmp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return JixiaoCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  private Path interchangeFile(String name) throws IOException {
    Path file = tmp.resolve("in").resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, new InterchangeJson().write(InterchangeFixtures.chengde()));
    return file;
  }

  @Test
  void anInterchangeFileIsConvertedToTheSameBytes() throws IOException {
    Path in = interchangeFile("chengde.json");
    Path outDir = tmp.resolve("out");

    int code = run("convert", "--out", outDir.toString(), in.toString());

    assertThat(code).isZero();
    assertThat(Files.readAllBytes(outDir.resolve("chengde.json")))
        .isEqualTo(Files.readAllBytes(in));
    assertThat(out.toString())
        .matches("chengde\\.json: 2 张表, 3 个指标, 指标值解析 \\d{1,3}\\.\\d%, 0 个问题\\R");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aWebPageWithTheFormsInHtmlTablesIsConvertedWithItsFacts() throws IOException {
    Path in = Path.of("..", "shared", "forms", "gov-site-target-table.html").toAbsolutePath();
    Path outDir = tmp.resolve("out");

    int code = run("convert", "--out", outDir.toString(), in.toString());

    assertThat(code).isZero();
    assertThat(out.toString())
        .isEqualTo(
            "gov-site-target-table.html: 2 张表, 18 个指标, 指标值解析 100.0%, 0 个问题"
                + System.lineSeparator());
    String json =
        Files.readString(outDir.resolve("gov-site-target-table.json"), StandardCharsets.UTF_8);
    assertThat(json)
        .startsWith("{\n  \"formatVersion\": 2,")
        .contains("\"projectName\": \"2024年动物疫病强制免疫补助项目\"")
        .contains("\"implementer\": \"云岑县农业技术推广中心\"");
  }

  @Test
  void theOutputIsNamedAfterTheInputWithoutItsLastExtension() throws IOException {
    Path in = interchangeFile("a.b.txt");

    int code = run("convert", "--out", tmp.resolve("out").toString(), in.toString());

    assertThat(code).isZero();
    assertThat(tmp.resolve("out/a.b.json")).exists();
    assertThat(out.toString()).startsWith("a.b.txt: 2 张表, 3 个指标, ");
  }

  @Test
  void outputNamesDropOnlyARealExtension() {
    assertThat(ConvertCommand.jsonName("a.b.txt")).isEqualTo("a.b.json");
    assertThat(ConvertCommand.jsonName("001_4926210a0e6bdf01.txt"))
        .isEqualTo("001_4926210a0e6bdf01.json");
    assertThat(ConvertCommand.jsonName("README")).isEqualTo("README.json");
    assertThat(ConvertCommand.jsonName(".hidden")).isEqualTo(".hidden.json");
  }

  @Test
  void theOutputDirectoryIsCreatedWhenMissing() throws IOException {
    Path in = interchangeFile("x.json");
    Path outDir = tmp.resolve("new/deeper");

    assertThat(run("convert", "-o", outDir.toString(), in.toString())).isZero();

    assertThat(outDir.resolve("x.json")).exists();
  }

  @Test
  void anEmptyFileIsNotConvertedAndSaysWhy() throws IOException {
    Path empty = tmp.resolve("empty.txt");
    Files.writeString(empty, "  \n\n");

    int code = run("convert", "--out", tmp.resolve("out").toString(), empty.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.toString().lines())
        .containsExactly("empty.txt: 未转换, 1 个问题", "empty.txt: 错误 文件为空，没有可读取的内容 [IMP-EMPTY]");
    assertThat(tmp.resolve("out/empty.json")).doesNotExist();
  }

  @Test
  void aBinaryFileIsNotConvertedAndSaysWhy() throws IOException {
    Path binary = tmp.resolve("scan.pdf");
    Files.write(binary, new byte[] {'%', 'P', 'D', 'F', 0, 1, 2, 3, (byte) 0xff});

    int code = run("convert", "--out", tmp.resolve("out").toString(), binary.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.toString())
        .startsWith("scan.pdf: 未转换, 1 个问题")
        .contains("scan.pdf: 错误 不是文本文件（含二进制内容）")
        .contains("[IMP-BINARY]");
  }

  @Test
  void aMalformedJsonInputIsReportedWithPathAndLine() throws IOException {
    Path bad = tmp.resolve("bad.json");
    Files.writeString(bad, "{\n  \"projects\": [\n    {\"seq\": 1, \"title\": 5}\n  ]\n}\n");

    int code = run("convert", "--out", tmp.resolve("out").toString(), bad.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.toString())
        .contains("bad.json:3: 错误 表 1, 字段 projects[0].title, 不是文字：应为字符串或 null，实际为数字 5");
  }

  @Test
  void theOtherFilesAreStillConvertedWhenOneIsUnreadable() throws IOException {
    Path empty = tmp.resolve("empty.txt");
    Files.writeString(empty, "");
    Path good = interchangeFile("good.json");
    Path missing = tmp.resolve("missing.txt");

    int code =
        run(
            "convert",
            "--out",
            tmp.resolve("out").toString(),
            empty.toString(),
            good.toString(),
            missing.toString());

    assertThat(code).isEqualTo(1);
    assertThat(tmp.resolve("out/good.json")).exists();
    assertThat(out.toString().lines())
        .contains("empty.txt: 未转换, 1 个问题", "missing.txt: 未转换, 1 个问题")
        .anyMatch(l -> l.startsWith("good.json: 2 张表, 3 个指标, "))
        .anyMatch(l -> l.startsWith("missing.txt: 错误 无法读取文件：") && l.endsWith("[IMP-IO]"));
  }

  @Test
  void twoInputsWithTheSameNameDoNotOverwriteEachOther() throws IOException {
    Path first = interchangeFile("same.json");
    Path second = tmp.resolve("other/same.txt");
    Path third = tmp.resolve("third/same.txt");
    Files.createDirectories(second.getParent());
    Files.createDirectories(third.getParent());
    Files.copy(first, second);
    Files.copy(first, third);
    Path dir = tmp.resolve("out");

    int code = run("convert", "--out", dir.toString(), first.toString(), second.toString(),
        third.toString());

    // the second keeps its extension in the output name; a third of the very same name is refused
    assertThat(code).isEqualTo(1);
    assertThat(dir.resolve("same.json")).exists();
    assertThat(dir.resolve("same.txt.json")).exists();
    assertThat(out.toString().lines())
        .anyMatch(l -> l.startsWith("same.txt: ") && l.contains(" 张表, "))
        .anyMatch(l -> l.startsWith("same.txt: 未转换：输出文件 ") && l.endsWith("已由本次转换的另一个同名文件写入"));
  }

  @Test
  void aJsonInputIsNotOverwrittenByItsOwnOutput() throws IOException {
    Path in = interchangeFile("self.json");

    int code = run("convert", "--out", in.getParent().toString(), in.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).contains("self.json: 未转换：输出文件 ").contains("就是输入文件本身");
  }

  @Test
  void anOutputDirectoryThatIsAFileIsReported() throws IOException {
    Path in = interchangeFile("x.json");
    Path notADirectory = Files.writeString(tmp.resolve("plain.txt"), "x");

    int code = run("convert", "--out", notADirectory.toString(), in.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString()).startsWith("无法创建输出目录 " + notADirectory + "：");
  }

  @Test
  void anUnwritableOutputIsReportedAndLeavesNoTemporaryFile() throws IOException {
    Path in = interchangeFile("x.json");
    Path outDir = tmp.resolve("out");
    Files.createDirectories(outDir.resolve("x.json").resolve("occupied"));

    int code = run("convert", "--out", outDir.toString(), in.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).startsWith("x.json: 未转换：无法写入 " + outDir.resolve("x.json"));
    try (var files = Files.list(outDir)) {
      assertThat(files).containsExactly(outDir.resolve("x.json"));
    }
  }

  @Test
  void convertWithoutFilesIsAUsageError() {
    assertThat(run("convert")).isEqualTo(2);

    assertThat(err.toString())
        .startsWith("用法错误：")
        .contains("FILE")
        .contains("Usage: jixiao convert");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void noCommandAtAllIsAUsageError() {
    assertThat(run()).isEqualTo(2);

    assertThat(err.toString()).contains("请指定命令").contains("convert");
  }

  @Test
  void anUnknownOptionIsAUsageError() throws IOException {
    assertThat(run("convert", "--colour", interchangeFile("x.json").toString())).isEqualTo(2);

    assertThat(err.toString()).contains("--colour");
  }

  @Test
  void helpIsNotAnError() {
    assertThat(run("convert", "--help")).isZero();

    assertThat(out.toString()).contains("--out=DIR").contains("输出目录");
  }

  @Test
  void theConvertedFileIsUtf8() throws IOException {
    Path in = interchangeFile("u.json");

    run("convert", "--out", tmp.resolve("out").toString(), in.toString());

    assertThat(new String(Files.readAllBytes(tmp.resolve("out/u.json")), StandardCharsets.UTF_8))
        .contains("承德市自然资源和规划局本级");
  }
}
