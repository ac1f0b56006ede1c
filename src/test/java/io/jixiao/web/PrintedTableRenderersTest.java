package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.SeedPdfs;
import io.jixiao.Seeds;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.publish.Formats;
import io.jixiao.publish.PdfHtml;
import io.jixiao.publish.PrintedTable;
import io.jixiao.workflow.ProjectState;
import io.jixiao.workflow.ProjectSummary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Every renderer draws the one {@link PrintedTable}: the Word export, the XHTML the PDF is printed
 * from, the editing page's table and the public page's table show, row by row, the same cell texts
 * with the same row spans (the merged 一级/二级指标) and, where the grid is the same, column spans.
 */
class PrintedTableRenderersTest {

  /** A cell as compared: its text with white space collapsed, its row span and column span. */
  private record Drawn(String text, int rowSpan, int colSpan) {
    Drawn withoutColumns() {
      return new Drawn(text, rowSpan, 0);
    }
  }

  private static final SpringTemplateEngine TEMPLATES = templates();

  @ParameterizedTest
  @ValueSource(strings = {Seeds.CHENGDE, Seeds.TIANJIN_ECOLOGY, Seeds.SHIJIAZHUANG})
  void theWordExportThePdfAndBothWebPagesDrawTheSameCellsAndSpansForEveryTable(String seed)
      throws IOException {
    TargetDocument d = SeedPdfs.document(seed);
    List<XWPFTable> word = word(d);
    List<Element> html = Jsoup.parse(PdfHtml.of(d)).select("div.project");
    assertThat(word).hasSize(d.projects().size());
    assertThat(html).hasSize(d.projects().size());
    int merged = 0;
    for (int k = 0; k < d.projects().size(); k++) {
      Project p = d.projects().get(k);
      PrintedTable t = PrintedTable.of(p);
      List<List<Drawn>> head = head(t);
      List<List<Drawn>> indicators = indicators(t);
      merged += (int) indicators.stream().flatMap(List::stream).filter(c -> c.rowSpan() > 1).count();
      String table = p.title();

      List<List<Drawn>> docx = docx(word.get(k));
      assertThat(docx).as("Word rows of %s", table).hasSize(head.size() + 1 + indicators.size());
      assertThat(docx.subList(0, head.size())).as("Word header block of %s", table)
          .isEqualTo(withoutColumns(head));
      assertThat(docx.get(head.size())).as("Word indicator header of %s", table)
          .isEqualTo(withoutColumns(List.of(labels(t))).get(0));
      assertThat(docx.subList(head.size() + 1, docx.size())).as("Word indicators of %s", table)
          .isEqualTo(withoutColumns(indicators));

      Element project = html.get(k);
      assertThat(project.selectFirst("h2.title").text()).isEqualTo(t.title());
      assertThat(html(project.select("table.head tr"))).as("PDF header block of %s", table)
          .isEqualTo(head);
      assertThat(html(project.select("table.indicators thead tr"))).isEqualTo(List.of(labels(t)));
      assertThat(html(project.select("table.indicators tbody tr"))).as("PDF indicators of %s", table)
          .isEqualTo(indicators);

      ProjectView view = view(p);
      for (String page : List.of("table", "public-project")) {
        Element web = Jsoup.parse(render(page, view));
        assertThat(web.select("tr.indicator")).hasSize(indicators.size());
        assertThat(web(web.select("tr.indicator"), t.basis()))
            .as("%s page's indicators of %s", page, table)
            .isEqualTo(indicators);
        List<String> plan = t.plan().isEmpty() ? List.of("", "", "", "") : t.plan();
        if (page.equals("table")) {
          assertThat(web.select("#spending-plan td").stream().map(Element::text).toList())
              .isEqualTo(plan);
        }
      }
    }
    assertThat(merged).as("merged cells drawn in " + seed).isPositive();
  }

  // ---- the model, as drawn

  private static List<List<Drawn>> head(PrintedTable t) {
    return t.head().stream().map(r -> drawn(r.cells())).toList();
  }

  private static List<List<Drawn>> indicators(PrintedTable t) {
    return t.indicators().stream().map(r -> drawn(r.cells())).toList();
  }

  private static List<Drawn> labels(PrintedTable t) {
    return t.indicatorLabels().stream().map(l -> new Drawn(l, 1, 1)).toList();
  }

  private static List<Drawn> drawn(List<PrintedTable.Cell> cells) {
    return cells.stream().map(c -> new Drawn(squash(c.text()), c.rowSpan(), c.colSpan())).toList();
  }

  private static List<List<Drawn>> withoutColumns(List<List<Drawn>> rows) {
    return rows.stream().map(r -> r.stream().map(Drawn::withoutColumns).toList()).toList();
  }

  private static String squash(String s) {
    return s.replaceAll("[\\s\u3000\u00a0]+", " ").strip();
  }

  // ---- Word: vertical merges become row spans; the grid is the union of all rows' edges

  private static List<XWPFTable> word(TargetDocument d) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Formats.forName("docx").orElseThrow().write(d, out);
    return new XWPFDocument(new ByteArrayInputStream(out.toByteArray())).getTables();
  }

  private static List<List<Drawn>> docx(XWPFTable table) {
    List<XWPFTableRow> rows = table.getRows();
    List<List<Drawn>> drawn = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      List<Drawn> cells = new ArrayList<>();
      int at = 0;
      for (XWPFTableCell c : rows.get(r).getTableCells()) {
        String merge = vMerge(c);
        if (!merge.equals("continue")) {
          int span = 1;
          if (merge.equals("restart")) {
            while (r + span < rows.size() && vMerge(cellAt(rows.get(r + span), at)).equals("continue")) {
              span++;
            }
          }
          List<String> lines = c.getParagraphs().stream().map(XWPFParagraph::getText).toList();
          cells.add(new Drawn(squash(String.join(" ", lines)), span, 0));
        }
        at += gridSpan(c);
      }
      drawn.add(cells);
    }
    return drawn;
  }

  private static XWPFTableCell cellAt(XWPFTableRow row, int gridColumn) {
    int at = 0;
    for (XWPFTableCell c : row.getTableCells()) {
      if (at == gridColumn) {
        return c;
      }
      at += gridSpan(c);
    }
    return null;
  }

  private static int gridSpan(XWPFTableCell c) {
    CTTcPr pr = c.getCTTc().getTcPr();
    return pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
  }

  private static String vMerge(XWPFTableCell cell) {
    if (cell == null) {
      return "none";
    }
    CTTcPr pr = cell.getCTTc().getTcPr();
    if (pr == null || !pr.isSetVMerge()) {
      return "none";
    }
    return pr.getVMerge().isSetVal() && pr.getVMerge().getVal() == STMerge.RESTART
        ? "restart"
        : "continue";
  }

  // ---- HTML: the PDF's XHTML and the web pages

  private static List<List<Drawn>> html(List<Element> rows) {
    return rows.stream()
        .map(tr -> tr.select("> th, > td").stream().map(PrintedTableRenderersTest::cell).toList())
        .toList();
  }

  private static Drawn cell(Element c) {
    return new Drawn(squash(c.text()), span(c, "rowspan"), span(c, "colspan"));
  }

  private static int span(Element c, String attribute) {
    return c.hasAttr(attribute) ? Integer.parseInt(c.attr(attribute)) : 1;
  }

  /** The web's indicator rows without the findings column, the value without its parsed kind. */
  private static List<List<Drawn>> web(List<Element> rows, boolean basis) {
    List<List<Drawn>> drawn = new ArrayList<>();
    for (Element tr : rows) {
      List<Drawn> cells = new ArrayList<>();
      for (Element td : tr.select("> td:not(.findings-cell)")) {
        Element value = td.selectFirst("> span");
        cells.add(value == null ? cell(td) : new Drawn(squash(value.text()), 1, 1));
      }
      if (!basis) {
        // the web page always has the 指标值确定依据 column
        assertThat(cells.remove(cells.size() - 1).text()).isEmpty();
      }
      drawn.add(cells);
    }
    return drawn;
  }

  private static ProjectView view(Project p) {
    ProjectSummary summary =
        new ProjectSummary(
            1, "seed.txt", 0, "某局", p.name(), null, null, 2023, 1, ProjectState.PUBLISHED, 1,
            Instant.EPOCH);
    return ProjectView.of(
        summary, p, "某局", new ReviewResult(List.of(), Grade.EXCELLENT), List.of(), null);
  }

  private static String render(String page, ProjectView view) {
    Context context = new Context();
    context.setVariable("view", view);
    return TEMPLATES.process(page, Set.of(page.equals("table") ? "target" : "#printed-table"), context);
  }

  private static SpringTemplateEngine templates() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/");
    resolver.setSuffix(".html");
    resolver.setCharacterEncoding("UTF-8");
    SpringTemplateEngine engine = new SpringTemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
