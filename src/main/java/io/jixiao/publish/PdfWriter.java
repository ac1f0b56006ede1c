package io.jixiao.publish;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.jixiao.model.TargetDocument;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * PDF in the standard published layout, with Chinese glyphs: the layout is written as XHTML ({@link
 * PdfHtml}) and laid out by openhtmltopdf in a TrueType CJK font ({@link CjkFont}), embedded as a
 * subset of the glyphs used.
 *
 * <p>The font file is parsed once and shared; PDFBox reads its glyphs while saving, so documents
 * are written one at a time.
 */
final class PdfWriter implements DocumentWriter {

  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private static CjkFont shared;

  /** The font, opened on first use and kept for the life of the process. */
  private static synchronized CjkFont font() throws IOException {
    if (shared == null) {
      OpenHtmlLog.install();
      shared = CjkFont.open();
    }
    return shared;
  }

  @Override
  public String extension() {
    return "pdf";
  }

  @Override
  public void write(TargetDocument document, OutputStream out) throws IOException {
    String html = PdfHtml.of(document);
    CjkFont font = font();
    synchronized (font) {
      render(html, font, out);
    }
  }

  /** Lays out another XHTML page (e.g. a {@link ReviewOpinion}) in the shared CJK font. */
  static void renderHtml(String html, OutputStream out) throws IOException {
    CjkFont font = font();
    synchronized (font) {
      render(html, font, out);
    }
  }

  private static void render(String html, CjkFont font, OutputStream out) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDType0Font cjk = PDType0Font.load(pdf, font.font(), true);
      PdfRendererBuilder builder = new PdfRendererBuilder();
      builder.useFastMode();
      // PDF/A-2u: every font embedded, text extractable as Unicode, fit for the archive. It also
      // keeps openhtmltopdf from falling back to the non-embedded standard 14 fonts.
      builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
      builder.useColorProfile(SRGB);
      builder.usePDDocument(pdf);
      builder.useFont(new PDFontSupplier(cjk), PdfHtml.FONT_FAMILY);
      builder.withHtmlContent(html, null);
      builder.withProducer("Jixiao (openhtmltopdf, PDFBox)");
      builder.toStream(out);
      builder.run();
    }
  }
}
