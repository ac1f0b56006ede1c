package io.jixiao.document;

import static io.jixiao.model.TestDocuments.document;
import static io.jixiao.model.TestDocuments.project;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.SeedPdfs;
import io.jixiao.Seeds;
import io.jixiao.model.Indicator;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TestDocuments;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PDF originals are read best effort. The tests read back what Jixiao's own PDF writer prints: the
 * same tables, the same indicators and, for these documents, every value the same.
 */
class PdfReaderTest {

  private final DocumentReader reader = new DocumentReader();

  private static byte[] small;

  /** A small document of three tables as PDF, quick to read. */
  private static synchronized byte[] small() {
    if (small == null) {
      small = SeedPdfs.write(TestDocuments.small("small.txt", "某某市某某局", 2024, 3));
    }
    return small;
  }

  /** How much of the original comes back from the PDF. */
  private record RoundTrip(
      int tables,
      int tablesBack,
      int indicators,
      int indicatorsBack,
      int sameIndicators,
      int sameHeads) {

    double indicatorShare() {
      return (double) sameIndicators / indicators;
    }

    double headShare() {
      return (double) sameHeads / tables;
    }
  }

  private static RoundTrip compare(TargetDocument original, TargetDocument back) {
    int sameIndicators = 0;
    int sameHeads = 0;
    int n = Math.min(original.projects().size(), back.projects().size());
    for (int i = 0; i < n; i++) {
      Project p = original.projects().get(i);
      Project q = back.projects().get(i);
      if (p.seq() == q.seq()
          && p.title().equals(q.title())
          && Objects.equals(p.unit(), q.unit())
          && Objects.equals(p.code(), q.code())
          && Objects.equals(p.name(), q.name())
          && Objects.equals(p.budget(), q.budget())
          && Objects.equals(p.fundUse(), q.fundUse())
          && Objects.equals(p.spendingPlan(), q.spendingPlan())
          && p.goals().equals(q.goals())) {
        sameHeads++;
      }
      for (int k = 0; k < Math.min(p.indicators().size(), q.indicators().size()); k++) {
        Indicator a = p.indicators().get(k);
        if (a.equals(q.indicators().get(k))) {
          sameIndicators++;
        }
      }
    }
    return new RoundTrip(
        original.projects().size(),
        back.projects().size(),
        original.indicatorCount(),
        back.indicatorCount(),
        sameIndicators,
        sameHeads);
  }

  private ImportResult readBack(String seed) {
    return reader.read(seed.replace(".txt", ".pdf"), SeedPdfs.pdf(seed));
  }

  @Test
  void readsBackTheChengdeTablesFromItsOwnPdf() {
    TargetDocument original = SeedPdfs.document(Seeds.CHENGDE);
    ImportResult back = readBack(Seeds.CHENGDE);

    assertThat(back.ok()).as(back.problems().toString()).isTrue();
    RoundTrip r = compare(original, back.document());
    assertThat(r.tablesBack()).isEqualTo(36).isEqualTo(r.tables());
    assertThat(r.indicatorsBack()).isEqualTo(r.indicators());
    assertThat(r.indicatorShare()).isGreaterThanOrEqualTo(0.98);
    assertThat(r.headShare()).isGreaterThanOrEqualTo(0.95);
    assertThat(back.document().department()).isEqualTo(original.department());
    assertThat(back.document().overall()).isEqualTo(original.overall());
    Project first = back.document().projects().get(0);
    assertThat(first.code().value()).isEqualTo("13080023P000085100062");
    assertThat(first.spendingPlan().oct().toString()).isEqualTo("30%");
    assertThat(first.indicators().get(0).value()).isEqualTo("≥1 次");
  }

  @Test
  void readsBackTheShijiazhuangTablesWithoutBasisColumnFromItsOwnPdf() {
    TargetDocument original = SeedPdfs.document(Seeds.SHIJIAZHUANG);
    ImportResult back = readBack(Seeds.SHIJIAZHUANG);

    assertThat(back.ok()).as(back.problems().toString()).isTrue();
    RoundTrip r = compare(original, back.document());
    assertThat(r.tablesBack()).isEqualTo(r.tables());
    assertThat(r.indicatorsBack()).isEqualTo(r.indicators());
    assertThat(r.indicatorShare()).isGreaterThanOrEqualTo(0.98);
    assertThat(r.headShare()).isGreaterThanOrEqualTo(0.95);
    assertThat(back.document().overall()).isEqualTo(original.overall());
  }

  @Test
  void aPdfWithoutTextIsReportedAsAScan() throws IOException {
    byte[] scan;
    try (PDDocument pdf = new PDDocument()) {
      imagePage(pdf);
      imagePage(pdf);
      scan = save(pdf);
    }

    ImportResult r = reader.read("扫描件.pdf", scan);

    assertThat(r.ok()).isFalse();
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("IMP-PDF-NO-TEXT");
              assertThat(p.message()).startsWith("PDF 无可提取的文字（可能是扫描件）").contains("共 2 页");
            });
  }

  @Test
  void aScannedPageInsideATextPdfIsNamedByItsPage() throws IOException {
    byte[] bytes;
    int pages;
    try (PDDocument pdf = Loader.loadPDF(small())) {
      imagePage(pdf);
      pages = pdf.getNumberOfPages();
      bytes = save(pdf);
    }

    ImportResult r = reader.read("small.pdf", bytes);

    assertThat(r.ok()).isTrue();
    assertThat(r.document().projects()).hasSize(3);
    assertThat(r.problems())
        .anySatisfy(
            p -> {
              assertThat(p.code()).isEqualTo("IMP-PDF-PAGE-NO-TEXT");
              assertThat(p.message()).startsWith("第 " + pages + " 页没有可提取的文字");
            });
  }

  @Test
  void aDamagedPdfGivesAClearError() {
    byte[] bytes =
        "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\n垃圾数据\n%%EOF"
            .getBytes(StandardCharsets.UTF_8);

    ImportResult r = reader.read("坏文件.pdf", bytes);

    assertThat(r.ok()).isFalse();
    assertThat(r.errors())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("IMP-PDF-DAMAGED");
              assertThat(p.message()).startsWith("无法读取 PDF：");
            });
  }

  @Test
  void aTruncatedPdfGivesAClearError() {
    byte[] whole = small();
    byte[] cut = Arrays.copyOf(whole, whole.length * 9 / 10);

    ImportResult r = reader.read("截断.pdf", cut);

    assertThat(r.errors())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("IMP-PDF-DAMAGED");
              assertThat(p.message()).startsWith("无法读取 PDF：文件已损坏或不是有效的 PDF");
            });
  }

  @Test
  void anEncryptedPdfAsksForAnUnencryptedFile() throws IOException {
    byte[] bytes;
    try (PDDocument pdf = new PDDocument()) {
      pdf.addPage(new PDPage(PDRectangle.A4));
      StandardProtectionPolicy policy =
          new StandardProtectionPolicy("owner", "secret", new AccessPermission());
      policy.setEncryptionKeyLength(128);
      pdf.protect(policy);
      bytes = save(pdf);
    }

    ImportResult r = reader.read("加密.pdf", bytes);

    assertThat(r.errors())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo("IMP-PDF-ENCRYPTED");
              assertThat(p.message()).contains("已加密");
            });
  }

  @Test
  void problemsPointAtThePageNotAtALineOfTheRebuiltText() {
    TargetDocument d =
        document("gap.txt")
            .department("某某市某某局", 2024)
            .projects(
                project(1, "第一个项目绩效目标表").indicator("产出指标", "数量指标", "数量", null, "1个", null).build(),
                project(3, "第三个项目绩效目标表").indicator("产出指标", "数量指标", "数量", null, "2个", null).build())
            .build();

    ImportResult r = reader.read("gap.pdf", SeedPdfs.write(d));

    assertThat(r.ok()).isTrue();
    assertThat(r.problems())
        .filteredOn(p -> p.code().equals("IMP-SEQ-GAP"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isZero();
              assertThat(p.table()).isEqualTo(3);
              assertThat(p.message()).matches("第 [34] 页：表格序号不连续.*");
            });
  }

  /**
   * A landscape scan of the layout: each page's content is drawn turned on a landscape sheet, and
   * the page's /Rotate turns it back upright on screen, as printers' drivers and scanners do.
   */
  @ParameterizedTest
  @ValueSource(ints = {90, 270})
  void readsPagesDrawnSidewaysAndTurnedUprightByTheirRotation(int rotation) throws IOException {
    byte[] bytes;
    try (PDDocument pdf = Loader.loadPDF(small())) {
      for (PDPage page : pdf.getPages()) {
        float w = page.getMediaBox().getWidth();
        float h = page.getMediaBox().getHeight();
        String turn =
            rotation == 90
                ? String.format(Locale.ROOT, "q 0 1 -1 0 %.3f 0 cm\n", h)
                : String.format(Locale.ROOT, "q 0 -1 1 0 0 %.3f cm\n", w);
        List<PDStream> streams = new ArrayList<>();
        streams.add(stream(pdf, turn));
        page.getContentStreams().forEachRemaining(streams::add);
        streams.add(stream(pdf, "\nQ\n"));
        page.setContents(streams);
        page.setMediaBox(new PDRectangle(h, w));
        page.setCropBox(new PDRectangle(h, w));
        page.setRotation(rotation);
      }
      bytes = save(pdf);
    }

    ImportResult r = reader.read("横向.pdf", bytes);

    assertThat(r.ok()).as(r.problems().toString()).isTrue();
    assertThat(r.problems()).isEmpty();
    assertThat(r.document())
        .usingRecursiveComparison()
        .ignoringFields("source")
        .isEqualTo(reader.read("small.pdf", small()).document());
  }

  private static PDStream stream(PDDocument pdf, String operators) throws IOException {
    PDStream s = new PDStream(pdf);
    try (OutputStream out = s.createOutputStream()) {
      out.write(operators.getBytes(StandardCharsets.US_ASCII));
    }
    return s;
  }

  @Test
  void aRunningHeaderAndFooterOnEveryPageAreLeftOut() throws IOException {
    byte[] bytes;
    try (PDDocument pdf = Loader.loadPDF(small())) {
      PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      int n = 0;
      for (PDPage page : pdf.getPages()) {
        n++;
        try (PDPageContentStream cs =
            new PDPageContentStream(pdf, page, PDPageContentStream.AppendMode.APPEND, true)) {
          cs.beginText();
          cs.setFont(helvetica, 9);
          cs.newLineAtOffset(60, 820);
          cs.showText("Budget performance targets 2024");
          cs.newLineAtOffset(400, -800);
          cs.showText("Page " + n + " of " + pdf.getNumberOfPages());
          cs.endText();
        }
      }
      bytes = save(pdf);
    }

    ImportResult r = reader.read("页眉.pdf", bytes);

    assertThat(r.ok()).isTrue();
    assertThat(r.problems()).isEmpty();
    assertThat(r.document().projects()).hasSize(3);
  }

  @Test
  void recognisesAPdfByItsBytesWhateverItsName() {
    PdfReader pdf = new PdfReader();
    assertThat(pdf.accepts("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII))).isTrue();
    assertThat(pdf.accepts("\r\n  %PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isTrue();
    assertThat(pdf.accepts("一级指标\t二级指标".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(pdf.accepts(new byte[0])).isFalse();

    ImportResult r = reader.read("看起来是文本.txt", small());
    assertThat(r.ok()).isTrue();
    assertThat(r.document().projects())
        .extracting(Project::title)
        .containsExactly("项目1绩效目标表", "项目2绩效目标表", "项目3绩效目标表");
    assertThat(r.document().department().name()).isEqualTo("某某市某某局");
  }

  private static void imagePage(PDDocument pdf) throws IOException {
    PDPage page = new PDPage(PDRectangle.A4);
    pdf.addPage(page);
    BufferedImage image = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 40; x++) {
      image.setRGB(x, x / 2, 0xffffff);
    }
    PDImageXObject xobject = LosslessFactory.createFromImage(pdf, image);
    try (PDPageContentStream cs = new PDPageContentStream(pdf, page)) {
      cs.drawImage(xobject, 50, 400, 400, 200);
    }
  }

  private static byte[] save(PDDocument pdf) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pdf.save(out);
    return out.toByteArray();
  }
}
