package io.jixiao;

import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportResult;
import io.jixiao.publish.Formats;
import io.jixiao.model.TargetDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The seed documents as Jixiao writes them to PDF, written once per test run and shared by the
 * writer and reader tests (laying out a document takes seconds).
 */
public final class SeedPdfs {

  private static final Map<String, TargetDocument> DOCUMENTS = new HashMap<>();
  private static final Map<String, byte[]> PDFS = new HashMap<>();

  private SeedPdfs() {}

  /** The seed read from its text export. */
  public static synchronized TargetDocument document(String seed) {
    return DOCUMENTS.computeIfAbsent(
        seed,
        s -> {
          ImportResult r = new DocumentReader().read(Seeds.path(s));
          if (!r.ok()) {
            throw new IllegalStateException("seed " + s + " does not import: " + r.errors());
          }
          return r.document();
        });
  }

  /** The seed written as PDF. */
  public static synchronized byte[] pdf(String seed) {
    byte[] pdf = PDFS.get(seed);
    if (pdf == null) {
      pdf = write(document(seed));
      PDFS.put(seed, pdf);
    }
    return pdf;
  }

  public static byte[] write(TargetDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Formats.forName("pdf").orElseThrow().write(document, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
