package io.jixiao.publish;

import io.jixiao.model.TargetDocument;
import java.io.IOException;
import java.io.OutputStream;

/** Writes a department's document in one publication format. */
public interface DocumentWriter {

  /** The file extension without the dot, e.g. {@code docx}. */
  String extension();

  void write(TargetDocument document, OutputStream out) throws IOException;
}
