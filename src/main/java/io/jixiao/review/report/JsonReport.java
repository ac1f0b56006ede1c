package io.jixiao.review.report;

import io.jixiao.review.DocumentReview;
import io.jixiao.review.Finding;
import io.jixiao.review.TableReview;
import java.util.List;
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
