package io.jixiao.review.report;

import io.jixiao.review.DocumentReview;
import io.jixiao.review.Finding;
import io.jixiao.review.TableReview;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code {"documents":[{"source", "grade", "tables":[{"seq", "grade", "findings":[{"rule",
 * "severity", "row", "field", "message", "suggestion", "source"}]}], "findings":[…]}]}}: keys in
 * this order, {@code row} null for a table-level finding, the document's own findings (about the
 * document as a whole) last.
 */
final class JsonReport {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonReport() {}

  /**
   * Writes the report of {@code reviews} to {@code out} document by document, as {@link #render}
   * would, without holding more than one document's review: the JSON is generated as a stream
   * with the same pretty printer.
   */
  static void write(Iterable<DocumentReview> reviews, Writer out) throws IOException {
    // not closed: closing the generator would close out, which belongs to the caller
    JsonGenerator g = JSON.writerWithDefaultPrettyPrinter().createGenerator(out);
    g.writeStartObject();
    g.writeName("documents");
    g.writeStartArray();
    for (DocumentReview d : reviews) {
      g.writeStartObject();
      g.writeStringProperty("source", d.source());
      g.writeStringProperty("grade", d.grade().label());
      g.writeName("tables");
      g.writeStartArray();
      for (TableReview t : d.tables()) {
        g.writeStartObject();
        g.writeNumberProperty("seq", t.seq());
        g.writeStringProperty("grade", t.grade().label());
        findings(g, t.findings());
        g.writeEndObject();
      }
      g.writeEndArray();
      findings(g, d.findings());
      g.writeEndObject();
      g.flush();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    out.write("\n");
    out.flush();
  }

  private static void findings(JsonGenerator g, List<Finding> findings) {
    g.writeName("findings");
    g.writeStartArray();
    for (Finding f : findings) {
      g.writeStartObject();
      g.writeStringProperty("rule", f.rule().name());
      g.writeStringProperty("severity", f.severity().code());
      if (f.row() == null) {
        g.writeNullProperty("row");
      } else {
        g.writeNumberProperty("row", f.row());
      }
      g.writeStringProperty("field", f.field());
      g.writeStringProperty("message", f.message());
      g.writeStringProperty("suggestion", f.suggestion());
      g.writeStringProperty("source", f.source());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static String render(List<DocumentReview> reviews) {
    ObjectNode root = NODES.objectNode();
    ArrayNode documents = root.putArray("documents");
    for (DocumentReview d : reviews) {
      ObjectNode doc = documents.addObject();
      doc.put("source", d.source());
      doc.put("grade", d.grade().label());
      ArrayNode tables = doc.putArray("tables");
      for (TableReview t : d.tables()) {
        ObjectNode table = tables.addObject();
        table.put("seq", t.seq());
        table.put("grade", t.grade().label());
        findings(table.putArray("findings"), t.findings());
      }
      findings(doc.putArray("findings"), d.findings());
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  static void findings(ArrayNode array, List<Finding> findings) {
    for (Finding f : findings) {
      ObjectNode o = array.addObject();
      o.put("rule", f.rule().name());
      o.put("severity", f.severity().code());
      if (f.row() == null) {
        o.putNull("row");
      } else {
        o.put("row", f.row());
      }
      o.put("field", f.field());
      o.put("message", f.message());
      o.put("suggestion", f.suggestion());
      o.put("source", f.source());
    }
  }
}
