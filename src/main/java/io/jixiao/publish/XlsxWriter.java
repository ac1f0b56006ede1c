package io.jixiao.publish;

import io.jixiao.target.TargetDocument;
import java.io.IOException;
import java.io.OutputStream;

/** Excel (XLSX): one sheet of indicators for filtering, one of projects. */
final class XlsxWriter implements DocumentWriter {

  @Override
  public String extension() {
    return "xlsx";
  }

  @Override
  public void write(TargetDocument document, OutputStream out) throws IOException {
    throw new UnsupportedOperationException("xlsx export is not written yet");
  }
}
