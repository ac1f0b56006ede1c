package io.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.Seeds;
import io.jixiao.limits.Limits;
import io.jixiao.publish.Formats;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * The cases of issue 12, point 3: documents that cost GBs of heap or flood the review queue are
 * refused at the limit with a clear message and no document, in bounded memory.
 */
class DocumentLimitsTest {

  private final DocumentReader reader = new DocumentReader();

  @Test
  void aTextWithAHundredThousandTablesIsRefusedAtTheTableLimit() {
    String text = Floods.tables(100_000);
    assertThat(text.getBytes(StandardCharsets.UTF_8).length).isBetween(10_000_000, 20_000_000);

    ImportResult r = reader.read("flood.txt", text.getBytes(StandardCharsets.UTF_8));

    assertThat(r.document()).isNull();
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("IMP-LIMIT-TABLES");
              assertThat(p.message())
                  .startsWith("文件有 100,000 个指标表头（一级指标…），远超每个文件 2,000 张表的上限（tables）");
            });
  }

  @Test
  void tablesBeyondTheLimitButFewHeadersPerTableAreRefusedWhenRead() {
    ImportResult r =
        new DocumentReader(Limits.DEFAULTS.with("tables", "2"))
            .read("three.txt", Floods.tables(3).getBytes(StandardCharsets.UTF_8));

    assertThat(r.document()).isNull();
    assertThat(r.errors())
        .extracting(ImportProblem::message)
        .singleElement()
        .asString()
        .startsWith("文件有 3 张绩效目标表，超过每个文件 2 张的上限（tables），未导入任何内容");
  }

  @Test
  void theSameTablesAreReadWithinTheLimit() {
    ImportResult r = reader.read("few.txt", Floods.tables(3).getBytes(StandardCharsets.UTF_8));

    assertThat(r.ok()).as("%s", r.problems()).isTrue();
    assertThat(r.document().projects()).hasSize(3);
  }

  @Test
  void aTableWithMoreIndicatorsThanTheLimitIsRefused() {
    StringBuilder t = new StringBuilder("## 1. 项目绩效目标表\n\n" + Floods.HEADER);
    for (int i = 1; i <= 501; i++) {
      t.append("产出指标\t数量指标\t指标").append(i).append("\t描述\t≥1个\t计划\n");
    }

    ImportResult r = reader.read("long.txt", t.toString().getBytes(StandardCharsets.UTF_8));

    assertThat(r.document()).isNull();
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("IMP-LIMIT-INDICATORS");
              assertThat(p.message()).startsWith("第 1 张表有 501 个指标，超过每张表 500 个的上限");
            });
  }

  @Test
  void aWorkbookWithAMillionIndicatorsIsRefusedWhileStreamingWithoutGigabytesOfHeap()
      throws IOException {
    byte[] xlsx = workbook(1_000_000);
    assertThat(xlsx.length).isLessThan(20 << 20);

    refusedWithin(
        "million.xlsx", xlsx, "IMP-LIMIT-CELLS", "工作簿的单元格超过上限 300,000 个（上限 workbook-cells）",
        400L << 20);
  }

  @Test
  void aDocxThatUnpacksToAHundredMegabytesIsRefusedWithoutUnpackingItIntoMemory()
      throws IOException {
    byte[] docx = docxBomb(100L << 20);
    assertThat(docx.length).isLessThan(2 << 20);

    refusedWithin(
        "bomb.docx", docx, "IMP-TOO-LARGE-UNPACKED", "文件解压后超过上限 64.0 MB（上限 unpacked-bytes）",
        200L << 20);
  }

  /** The file is refused with one error, allocating fewer than {@code maxAllocated} bytes. */
  private void refusedWithin(
      String name, byte[] bytes, String code, String message, long maxAllocated) {
    long before = allocated();
    ImportResult r = reader.read(name, bytes);
    long allocated = allocated() - before;

    assertThat(r.document()).isNull();
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(code);
              assertThat(p.message()).startsWith(message);
            });
    assertThat(allocated).as("bytes allocated while reading").isLessThan(maxAllocated);
    System.out.printf("%s: refused after allocating %,d KB%n", name, allocated / 1024);
  }

  @Test
  void theLargestRealDocumentAsDocxAndXlsxIsWithinTheDefaults() throws IOException {
    ImportResult text = reader.read(Seeds.path(Seeds.TIANJIN_PLANNING));
    assertThat(text.document().projects()).hasSize(212);
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    Formats.forName("docx").orElseThrow().write(text.document(), docx);
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    Formats.forName("xlsx").orElseThrow().write(text.document(), xlsx);

    assertThat(reader.read("a.docx", docx.toByteArray()).ok()).isTrue();
    ImportResult fromXlsx = reader.read("a.xlsx", xlsx.toByteArray());
    assertThat(fromXlsx.ok()).as("%s", fromXlsx.problems()).isTrue();
    Limits unpacked = Limits.DEFAULTS.with("unpacked-bytes", "1MB");
    assertThat(new DocumentReader(unpacked).read("a.docx", docx.toByteArray()).errors())
        .extracting(ImportProblem::code)
        .containsExactly("IMP-TOO-LARGE-UNPACKED");
    Limits cells = Limits.DEFAULTS.with("workbook-cells", "1000");
    assertThat(new DocumentReader(cells).read("a.xlsx", xlsx.toByteArray()).errors())
        .extracting(ImportProblem::code)
        .containsExactly("IMP-LIMIT-CELLS");
  }

  /** A workbook laid out like Jixiao's 指标 sheet with {@code rows} indicator rows. */
  private static byte[] workbook(int rows) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entry(zip, "[Content_Types].xml",
          "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
              + "content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd."
              + "openxmlformats-package.relationships+xml\"/><Override PartName=\"/xl/workbook.xml\""
              + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet."
              + "main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\""
              + "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
              + "</Types>");
      entry(zip, "xl/workbook.xml",
          "<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/"
              + "spreadsheetml/2006/main\"><sheets><sheet name=\"指标\" sheetId=\"1\"/></sheets>"
              + "</workbook>");
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(("<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/"
              + "spreadsheetml/2006/main\"><sheetData>").getBytes(StandardCharsets.UTF_8));
      for (int i = 1; i <= rows; i++) {
        zip.write(("<row r=\"" + i + "\"><c t=\"inlineStr\"><is><t>产出指标</t></is></c>"
                + "<c t=\"inlineStr\"><is><t>数量指标</t></is></c><c><v>" + i + "</v></c>"
                + "<c t=\"inlineStr\"><is><t>≥1个</t></is></c></row>")
            .getBytes(StandardCharsets.UTF_8));
      }
      zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  /** A Word file whose document part unpacks to {@code size} bytes of paragraphs. */
  private static byte[] docxBomb(long size) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>");
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] paragraph = "<w:p><w:r><w:t>绩效目标</w:t></w:r></w:p>".repeat(1000)
          .getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < size; written += paragraph.length) {
        zip.write(paragraph);
      }
      zip.closeEntry();
    }
    return bytes.toByteArray();
  }

  private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static long allocated() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getCurrentThreadAllocatedBytes();
  }
}
