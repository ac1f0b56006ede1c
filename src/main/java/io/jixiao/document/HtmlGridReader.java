package io.jixiao.document;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Grids from HTML {@code <table>}s, through a real HTML parser (jsoup): Word's HTML with unquoted
 * attributes, {@code <o:p>}, nested spans and entities is read as a browser would. {@code rowspan}
 * and {@code colspan} are expanded: the text stands in the first grid cell of a merged cell and the
 * cells it covers are null, as blank merged cells in a text export. A {@code <br>} splits a label
 * vertically and joins with nothing. Each row's origin is the source line of its {@code <tr>}.
 * Tables nested in a table cell are read as that cell's text; page chrome outside tables
 * (navigation, banners, scripts) is never read.
 */
final class HtmlGridReader implements GridReader {

  /** The most rows or columns one cell may span: a guard against a hostile {@code rowspan}. */
  private static final int MAX_SPAN = 1000;

  @Override
  public boolean accepts(SourceText text) {
    for (int n : text.linesWith('<')) {
      String l = text.line(n);
      if (l.contains("<table") || l.contains("<TABLE")) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<Grid> read(SourceText text) {
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Document doc = Jsoup.parse(String.join("\n", text.lines()), "", parser);
    List<Grid> grids = new ArrayList<>();
    Element previous = null;
    for (Element table : doc.select("table")) {
      if (table.parents().stream().anyMatch(p -> p.nameIs("table"))) {
        continue;
      }
      grids.add(new Grid(above(table, previous), rows(table)));
      previous = table;
    }
    return grids;
  }

  /** The text of the blocks between the previous table (or the body's start) and this one. */
  private static List<String> above(Element table, Element previous) {
    List<String> lines = new ArrayList<>();
    Element e = table.previousElementSibling();
    List<Element> before = new ArrayList<>();
    while (e != null && e != previous && !e.nameIs("table")) {
      before.add(0, e);
      e = e.previousElementSibling();
    }
    for (Element b : before) {
      for (Element block : b.select("p, h1, h2, h3, h4, div:not(:has(p, div))")) {
        String t = Cells.text(cellText(block));
        if (t != null && !lines.contains(t)) {
          lines.add(t);
        }
      }
    }
    return lines;
  }

  private static List<Grid.Row> rows(Element table) {
    List<Element> trs = new ArrayList<>();
    for (Element tr : table.select("tr")) {
      if (tr.closest("table") == table) {
        trs.add(tr);
      }
    }
    Map<Long, Boolean> covered = new HashMap<>();
    List<Grid.Row> rows = new ArrayList<>();
    for (int r = 0; r < trs.size(); r++) {
      Element tr = trs.get(r);
      List<String> cells = new ArrayList<>();
      int c = 0;
      for (Element td : tr.children()) {
        if (!td.nameIs("td") && !td.nameIs("th")) {
          continue;
        }
        while (covered.containsKey(key(r, c))) {
          set(cells, c++, null);
        }
        int rowSpan = span(td.attr("rowspan"));
        int colSpan = span(td.attr("colspan"));
        set(cells, c, Cells.text(cellText(td)));
        for (int dr = 0; dr < rowSpan; dr++) {
          for (int dc = 0; dc < colSpan; dc++) {
            if (dr > 0 || dc > 0) {
              covered.put(key(r + dr, c + dc), Boolean.TRUE);
            }
          }
        }
        for (int dc = 1; dc < colSpan; dc++) {
          set(cells, c + dc, null);
        }
        c += colSpan;
      }
      while (covered.containsKey(key(r, c))) {
        set(cells, c++, null);
      }
      int line = tr.sourceRange().isTracked() ? tr.sourceRange().start().lineNumber() : 0;
      rows.add(new Grid.Row(line, cells, false));
    }
    return rows;
  }

  /**
   * The text of a cell as printed: text nodes joined, a {@code <br>} or a paragraph boundary joins
   * with nothing (a vertical label 年度/总体/目标 is one word), non-breaking spaces are spaces.
   */
  private static String cellText(Element cell) {
    StringBuilder b = new StringBuilder();
    collect(cell, b);
    return b.toString();
  }

  private static void collect(Element e, StringBuilder b) {
    for (org.jsoup.nodes.Node n : e.childNodes()) {
      if (n instanceof TextNode t) {
        b.append(t.getWholeText().replace('\n', ' ').replace('\r', ' '));
      } else if (n instanceof Element child) {
        if (child.nameIs("br") || child.isBlock()) {
          b.append('\n'); // joins with nothing under the text rules
        }
        if (!child.nameIs("script") && !child.nameIs("style")) {
          collect(child, b);
        }
        if (child.isBlock()) {
          b.append('\n');
        }
      }
    }
  }

  private static int span(String attr) {
    try {
      int n = Integer.parseInt(attr.strip());
      return Math.max(1, Math.min(n, MAX_SPAN));
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static long key(int row, int col) {
    return ((long) row << 32) | col;
  }

  private static void set(List<String> cells, int i, String value) {
    while (cells.size() <= i) {
      cells.add(null);
    }
    cells.set(i, value);
  }
}
