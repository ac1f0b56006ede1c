package io.jixiao.document;

/**
 * A binary office format the importer reads (DOCX, XLSX, PDF), recognised by its bytes, not by the
 * file name.
 */
interface OfficeFormat {

  /** True when the bytes are a file of this format (e.g. a ZIP with {@code word/document.xml}). */
  boolean accepts(byte[] bytes);

  /**
   * Reads the file. Readers that turn tables into the tab-row text layout may hand that text to
   * {@code reader.readText(name, text, problems)} so that one table reader serves every format.
   */
  ImportResult read(String name, byte[] bytes, DocumentReader reader);
}
