package io.jixiao.review.report;

import io.jixiao.monitor.Checkpoint;
import io.jixiao.monitor.DepartmentSummary;
import io.jixiao.monitor.IndicatorProgress;
import io.jixiao.monitor.MonitoringTable;
import io.jixiao.monitor.Percentages;
import io.jixiao.monitor.Spending;
import io.jixiao.review.DocumentMonitoring;
import io.jixiao.review.TableMonitoring;
import io.jixiao.model.Money;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code {"documents":[{"source", "department", "asOf", "pack", "tables":[{"seq", "name",
 * "findings":[…], "monitoring":{…}}], "summary":{"projects":[…], "total":{…}}}]}}: the review's
 * findings shape, with the figures of each table under {@code monitoring}. Money in 万元 and
 * percentages as JSON numbers, months as {@code YYYY-MM}, null for an unknown figure.
 */
final class MonitoringJson {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private MonitoringJson() {}

  static String render(List<DocumentMonitoring> runs) {
    ObjectNode root = NODES.objectNode();
    ArrayNode documents = root.putArray("documents");
    for (DocumentMonitoring d : runs) {
      documents.add(document(d));
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  /**
   * The report of {@link #render}, written document by document as the runs come: each document's
   * tree is built and written through one streaming generator with the same pretty printer, so
   * no more than one document's tree is held.
   */
  static void write(Iterable<DocumentMonitoring> runs, Writer out) throws IOException {
    // not closed: closing the generator would close out, which belongs to the caller
    JsonGenerator g = JSON.writerWithDefaultPrettyPrinter().createGenerator(out);
    g.writeStartObject();
    g.writeName("documents");
    g.writeStartArray();
    for (DocumentMonitoring d : runs) {
      g.writeTree(document(d));
      g.flush();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    out.write("\n");
    out.flush();
  }

  private static ObjectNode document(DocumentMonitoring d) {
    ObjectNode doc = NODES.objectNode();
    doc.put("source", d.source());
    doc.put("department", d.department());
    doc.put("asOf", d.asOf().toString());
    doc.put("pack", d.pack());
    ArrayNode tables = doc.putArray("tables");
    for (TableMonitoring t : d.tables()) {
      ObjectNode table = tables.addObject();
      table.put("seq", t.seq());
      table.put("name", t.name());
      JsonReport.findings(table.putArray("findings"), t.findings());
      monitoring(table.putObject("monitoring"), t.monitoring());
    }
    summary(doc.putObject("summary"), d.summary());
    return doc;
  }

  private static void monitoring(ObjectNode o, MonitoringTable m) {
    o.put("reported", m.reported());
    money(o, "budget", m.budget());
    money(o, "printedBudget", m.printedBudget());
    o.put("budgetAdjusted", m.budgetAdjusted());
    o.put("budgetNote", m.budgetNote());
    Spending s = m.spending().orElse(null);
    money(o, "spent", s == null ? null : s.amount());
    month(o, "spentPeriod", s == null ? null : s.period());
    percent(o, "rate", m.rate());
    Checkpoint c = m.plan().orElse(null);
    if (c == null) {
      o.putNull("plan");
    } else {
      ObjectNode plan = o.putObject("plan");
      month(plan, "checkpoint", c.month());
      percent(plan, "percent", c.planned().value());
    }
    percent(o, "gap", m.gap());
    o.put("spendingNote", m.spendingNote());
    percent(o, "timeElapsed", m.timeElapsed());
    percent(o, "indicatorProgress", m.indicatorProgress());
    o.put("indicatorsCounted", m.indicatorsCounted());
    ArrayNode rows = o.putArray("indicators");
    for (IndicatorProgress p : m.indicators()) {
      ObjectNode r = rows.addObject();
      r.put("row", p.row());
      r.put("name", p.name());
      r.put("target", p.target());
      r.put("actual", p.actual());
      month(r, "period", p.period());
      r.put("status", p.status());
      percent(r, "progress", p.progress());
      r.put("likelihood", p.likelihood() == null ? null : p.likelihood().label());
      r.put("note", p.note());
    }
  }

  private static void summary(ObjectNode o, DepartmentSummary s) {
    ArrayNode projects = o.putArray("projects");
    for (DepartmentSummary.Line l : s.lines()) {
      ObjectNode p = projects.addObject();
      p.put("seq", l.seq());
      p.put("name", l.name());
      line(p, l);
    }
    ObjectNode total = o.putObject("total");
    line(total, s.total());
    DepartmentSummary.Base base = s.total().base();
    total.put("projects", base.projects());
    total.put("counted", base.counted());
    total.put("noBudget", base.noBudget());
    total.put("noSpending", base.noSpending());
  }

  private static void line(ObjectNode o, DepartmentSummary.Line l) {
    money(o, "budget", l.budget());
    money(o, "spent", l.spent());
    percent(o, "rate", l.rate());
    percent(o, "plan", l.plan());
    percent(o, "gap", l.gap());
    o.put("alerts", l.alerts());
    o.put("reported", l.reported());
  }

  private static void money(ObjectNode o, String key, Money m) {
    if (m == null) {
      o.putNull(key);
    } else {
      o.put(key, m.wan());
    }
  }

  private static void percent(ObjectNode o, String key, BigDecimal p) {
    if (p == null) {
      o.putNull(key);
    } else {
      o.put(key, new BigDecimal(Percentages.plain(p)));
    }
  }

  private static void month(ObjectNode o, String key, YearMonth m) {
    if (m == null) {
      o.putNull(key);
    } else {
      o.put(key, m.toString());
    }
  }
}
