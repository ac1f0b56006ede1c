package io.jixiao.publish;

import io.jixiao.target.TargetDocument;
import java.io.IOException;
import java.io.OutputStream;

/** PDF in the standard published layout, with Chinese glyphs. */
final class PdfWriter implements DocumentWriter {

  @Override
  public String extension() {
    return "pdf";
  }

  @Override
  public void write(TargetDocument document, OutputStream out) throws IOException {
    throw new UnsupportedOperationException("pdf export is not written yet");
  }
}
