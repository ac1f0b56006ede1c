package io.jixiao.evaluate;

import io.jixiao.review.Finding;
import io.jixiao.model.Money;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code {"projects":[{"source", "seq", "score", "grade", "budget":{"available", "spent", "rate",
 * "points"}, "indicators":[{"row", "weight", "actual", "points"}], "findings":[…]}]}}: keys in this
 * order, projects in document and table order. Scores, weights, points and the rate (percent) are
 * numbers rounded to 0.01, amounts are 万元 as exact as reported; {@code null} for what is not there
 * (no score, a budget part left out, an actual not reported). Findings have the shape of the review
 * report: {@code {"rule", "severity", "row", "field", "message", "suggestion", "source"}}.
 */
final class JsonEvaluation {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonEvaluation() {}

  static String render(DepartmentEvaluation evaluation) {
    ObjectNode root = NODES.objectNode();
    ArrayNode projects = root.putArray("projects");
    for (ProjectEvaluation e : evaluation.projects()) {
      projects.add(project(e));
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  /**
   * The report of {@link #render}, written project by project as the evaluations come, through
   * one streaming generator with the same pretty printer: no more than one project's tree is held.
   */
  static void write(Iterable<ProjectEvaluation> evaluations, Writer out) throws IOException {
    // not closed: closing the generator would close out, which belongs to the caller
    JsonGenerator g = JSON.writerWithDefaultPrettyPrinter().createGenerator(out);
    g.writeStartObject();
    g.writeName("projects");
    g.writeStartArray();
    for (ProjectEvaluation e : evaluations) {
      g.writeTree(project(e));
      g.flush();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    out.write("\n");
    out.flush();
  }

  private static ObjectNode project(ProjectEvaluation e) {
    ObjectNode p = NODES.objectNode();
    p.put("source", e.source());
    p.put("seq", e.seq());
    number(p, "score", e.score());
    if (e.grade() == null) {
      p.putNull("grade");
    } else {
      p.put("grade", e.grade().label());
    }
    ObjectNode budget = p.putObject("budget");
    BudgetExecution b = e.budget();
    number(budget, "available", wan(b.available()));
    number(budget, "spent", wan(b.spent()));
    number(budget, "rate", b.shownRate());
    number(budget, "points", b.shownPoints());
    ArrayNode indicators = p.putArray("indicators");
    for (IndicatorScore i : e.indicators()) {
      ObjectNode o = indicators.addObject();
      o.put("row", i.row());
      number(o, "weight", i.shownWeight());
      if (i.actual() == null) {
        o.putNull("actual");
      } else {
        o.put("actual", i.actual());
      }
      number(o, "points", i.shownPoints());
    }
    findings(p.putArray("findings"), e.findings());
    return p;
  }

  private static BigDecimal wan(Money m) {
    return m == null ? null : m.wan();
  }

  private static void number(ObjectNode o, String key, BigDecimal n) {
    if (n == null) {
      o.putNull(key);
    } else {
      o.put(key, n);
    }
  }

  /** The findings in the shape of the review report's JSON. */
  private static void findings(ArrayNode array, List<Finding> findings) {
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
