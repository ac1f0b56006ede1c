package io.jixiao.publish;

import io.jixiao.document.InterchangeJson;
import io.jixiao.model.TargetDocument;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/** The interchange JSON (interchange.md). */
final class JsonWriter implements DocumentWriter {

  @Override
  public String extension() {
    return "json";
  }

  @Override
  public void write(TargetDocument document, OutputStream out) throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    new InterchangeJson().write(document, w);
    w.flush();
  }
}
