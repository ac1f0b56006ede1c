package io.jixiao.document;

/** Excel (XLSX) working copies and Jixiao's own XLSX export. */
final class XlsxReader implements OfficeFormat {

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
