package io.jixiao.publish;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The publication formats Jixiao writes, by name. */
public final class Formats {

  private static final List<DocumentWriter> WRITERS =
      List.of(new JsonWriter(), new DocxWriter(), new PdfWriter(), new XlsxWriter());

  private Formats() {}

  /** The writer for {@code docx}, {@code pdf}, {@code xlsx} or {@code json}. */
  public static Optional<DocumentWriter> forName(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    return WRITERS.stream().filter(w -> w.extension().equals(n)).findFirst();
  }

  public static List<String> names() {
    return WRITERS.stream().map(DocumentWriter::extension).toList();
  }
}
