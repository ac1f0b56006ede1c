package io.jixiao.document;

/** PDF originals, best effort: PDFBox text with layout, problems reported clearly. */
final class PdfReader implements OfficeFormat {

  @Override
  public boolean accepts(byte[] bytes) {
    return false;
  }

  @Override
  public ImportResult read(String name, byte[] bytes, DocumentReader reader) {
    Problems problems = new Problems(name);
    problems.error("IMP-FORMAT", 0, null, null, "暂不支持该文件格式");
    return new ImportResult(null, problems.all());
  }
}
