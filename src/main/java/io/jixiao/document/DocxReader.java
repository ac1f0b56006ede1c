package io.jixiao.document;

/** Word (DOCX) originals: paragraphs and tables read with POI as tables, not as text. */
final class DocxReader implements OfficeFormat {

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
