package io.jixiao.publish;

import io.jixiao.target.TargetDocument;
import java.io.IOException;
import java.io.OutputStream;

/** Word (DOCX) in the standard published layout. */
final class DocxWriter implements DocumentWriter {

  @Override
  public String extension() {
    return "docx";
  }

  @Override
  public void write(TargetDocument document, OutputStream out) throws IOException {
    throw new UnsupportedOperationException("docx export is not written yet");
  }
}
