package io.jixiao.document;

import io.jixiao.document.PdfPage.Glyph;
import io.jixiao.document.PdfPage.Rule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns one PDF page into lines of the tab-row text layout that {@link TabRowReader} reads.
 *
 * <p>A glyph inside a box drawn by ruling lines belongs to that table cell: its box is bounded by
 * the nearest lines on the four sides, so a merged cell is one box and its text goes to the row
 * where the box starts. The lines of a cell join with nothing (a line break inside a cell is a
 * wrapping artefact). Cells whose boxes start at the same height form one row; a cell's column is
 * the rank of its left edge among all the left edges on the page, so a value stands under its
 * header. Text outside boxes becomes plain lines; the lines of one paragraph wrapped by the layout
 * are joined again, and a line whose words stand far apart (a table drawn without rules) becomes a
 * tab row.
 */
final class PdfLayout {

  /**
   * One line of the page's text.
   *
   * @param top where it starts on the page, for ordering
   * @param row true for a table row (cells separated by tabs)
   */
  record Line(float top, float bottom, String text, boolean row) {}

  /** A line of glyphs outside any table cell, split where the words stand far apart. */
  private record Free(float baseline, float left, float right, float size, List<String> segments) {

    float top() {
      return baseline - size * 0.85f;
    }

    String text() {
      return String.join(" ", segments);
    }
  }

  /** A table cell: the box the ruling lines draw around its glyphs. */
  private record Box(float left, float top, float right, float bottom) {}

  /** Rules closer than this are one line (double borders, rounding). */
  private static final float SAME_LINE = 1.5f;

  /** A glyph this near a rule's end still counts as beside it. */
  private static final float REACH = 1.5f;

  /** Words further apart than this many font sizes stand in different columns. */
  private static final float COLUMN_GAP = 2.5f;

  /** Glyphs further apart than this share of the font size have a space between them. */
  private static final float WORD_GAP = 0.2f;

  private static final Pattern TOC_ENTRY = Pattern.compile("[.…·．]{3,}\\s*\\d*$");

  private final PdfPage page;
  private final List<Rule> horizontal;
  private final List<Rule> vertical;
  private int unreadable;

  private PdfLayout(PdfPage page) {
    this.page = page;
    List<Rule> h = new ArrayList<>();
    List<Rule> v = new ArrayList<>();
    for (Rule r : page.rules()) {
      (r.horizontal() ? h : v).add(r);
    }
    this.horizontal = merge(h);
    this.vertical = merge(v);
  }

  /** The page's lines in reading order, and how many glyphs had no readable text. */
  record Result(List<Line> lines, int glyphs, int unreadable) {}

  static Result of(PdfPage page) {
    return new PdfLayout(page).lines();
  }

  private Result lines() {
    Map<Box, List<Glyph>> cells = new LinkedHashMap<>();
    List<Glyph> free = new ArrayList<>();
    int glyphs = 0;
    for (Glyph g : page.glyphs()) {
      if (g.text().isBlank()) {
        continue;
      }
      glyphs++;
      if (!readable(g.text())) {
        unreadable++;
        continue;
      }
      Box box = box(g);
      if (box == null) {
        free.add(g);
      } else {
        cells.computeIfAbsent(box, k -> new ArrayList<>()).add(g);
      }
    }
    List<Line> out = new ArrayList<>();
    List<Float> rowTops = rows(cells, out);
    paragraphs(freeLines(free), rowTops, out);
    out.sort(Comparator.comparingDouble(Line::top));
    return new Result(out, glyphs, unreadable);
  }

  /** False for a glyph whose font has no Unicode mapping: PDFBox gives U+FFFD or nothing useful. */
  private static boolean readable(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\ufffd' || (c >= '\ue000' && c <= '\uf8ff') || (c < 0x20 && c != '\t')) {
        return false;
      }
    }
    return true;
  }

  // ---- rules and boxes

  /**
   * Joins rules on the same line that overlap or touch, so a border drawn in pieces is one rule.
   */
  private static List<Rule> merge(List<Rule> rules) {
    List<Rule> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparingDouble(Rule::at).thenComparingDouble(Rule::from));
    List<Rule> out = new ArrayList<>();
    int i = 0;
    while (i < sorted.size()) {
      int j = i;
      float at = sorted.get(i).at();
      while (j < sorted.size() && sorted.get(j).at() - at <= SAME_LINE) {
        j++;
      }
      List<Rule> group = new ArrayList<>(sorted.subList(i, j));
      group.sort(Comparator.comparingDouble(Rule::from));
      float mean = (float) group.stream().mapToDouble(Rule::at).average().orElse(at);
      float from = group.get(0).from();
      float to = group.get(0).to();
      for (int k = 1; k < group.size(); k++) {
        Rule r = group.get(k);
        if (r.from() <= to + REACH * 2) {
          to = Math.max(to, r.to());
        } else {
          out.add(new Rule(group.get(0).horizontal(), mean, from, to));
          from = r.from();
          to = r.to();
        }
      }
      out.add(new Rule(group.get(0).horizontal(), mean, from, to));
      i = j;
    }
    return out;
  }

  /** The box drawn around the glyph by the nearest rule on each side, or null when it is open. */
  private Box box(Glyph g) {
    float cx = g.centerX();
    float cy = g.centerY();
    float left = -Float.MAX_VALUE;
    float right = Float.MAX_VALUE;
    for (Rule v : vertical) {
      if (cy < v.from() - REACH || cy > v.to() + REACH) {
        continue;
      }
      if (v.at() <= cx && v.at() > left) {
        left = v.at();
      } else if (v.at() > cx && v.at() < right) {
        right = v.at();
      }
    }
    if (left == -Float.MAX_VALUE || right == Float.MAX_VALUE) {
      return null;
    }
    float top = -Float.MAX_VALUE;
    float bottom = Float.MAX_VALUE;
    for (Rule h : horizontal) {
      if (cx < h.from() - REACH || cx > h.to() + REACH) {
        continue;
      }
      if (h.at() <= cy && h.at() > top) {
        top = h.at();
      } else if (h.at() > cy && h.at() < bottom) {
        bottom = h.at();
      }
    }
    if (top == -Float.MAX_VALUE || bottom == Float.MAX_VALUE) {
      return null;
    }
    return new Box(left, top, right, bottom);
  }

  // ---- table rows

  /** Adds one tab row per distinct box top; returns the tops of the rows. */
  private static List<Float> rows(Map<Box, List<Glyph>> cells, List<Line> out) {
    List<Float> lefts = clusters(cells.keySet().stream().map(Box::left).toList());
    List<Float> tops = clusters(cells.keySet().stream().map(Box::top).toList());
    List<Map<Integer, String>> rows = new ArrayList<>();
    List<Float> bottoms = new ArrayList<>();
    for (int i = 0; i < tops.size(); i++) {
      rows.add(new LinkedHashMap<>());
      bottoms.add(tops.get(i));
    }
    for (Map.Entry<Box, List<Glyph>> e : cells.entrySet()) {
      Box b = e.getKey();
      int row = rank(tops, b.top());
      int column = rank(lefts, b.left());
      String text = cellText(e.getValue());
      rows.get(row).merge(column, text, (a, c) -> a + c);
      bottoms.set(row, Math.max(bottoms.get(row), b.bottom()));
    }
    for (int i = 0; i < rows.size(); i++) {
      Map<Integer, String> row = rows.get(i);
      if (row.isEmpty()) {
        continue;
      }
      int width = row.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
      StringBuilder b = new StringBuilder();
      for (int c = 0; c < width; c++) {
        if (c > 0) {
          b.append('\t');
        }
        String text = row.get(c);
        if (text != null) {
          b.append(text);
        }
      }
      // a row of one cell still needs a tab to be read as a row
      if (width == 1) {
        b.append('\t');
      }
      out.add(new Line(tops.get(i), bottoms.get(i), b.toString(), true));
    }
    return tops;
  }

  /** Positions closer than {@link #SAME_LINE} as one, sorted. */
  private static List<Float> clusters(List<Float> values) {
    List<Float> sorted = new ArrayList<>(values);
    sorted.sort(Float::compare);
    List<Float> out = new ArrayList<>();
    for (float v : sorted) {
      if (out.isEmpty() || v - out.get(out.size() - 1) > SAME_LINE * 2) {
        out.add(v);
      }
    }
    return out;
  }

  /** The index of the cluster {@code v} belongs to. */
  private static int rank(List<Float> clusters, float v) {
    int best = 0;
    for (int i = 0; i < clusters.size(); i++) {
      if (clusters.get(i) <= v + SAME_LINE * 2) {
        best = i;
      }
    }
    return best;
  }

  /** The text of a cell: its lines top to bottom, joined with nothing; tabs never occur in it. */
  private static String cellText(List<Glyph> glyphs) {
    StringBuilder b = new StringBuilder();
    for (List<Glyph> line : textLines(glyphs)) {
      b.append(String.join(" ", segments(line, Float.MAX_VALUE)));
    }
    return b.toString().replace('\t', ' ');
  }

  // ---- text outside tables

  /** Glyphs grouped into lines by their baseline, each sorted left to right. */
  private static List<List<Glyph>> textLines(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
    List<List<Glyph>> lines = new ArrayList<>();
    List<Glyph> line = null;
    float baseline = 0;
    for (Glyph g : sorted) {
      if (line == null || g.baseline() - baseline > Math.max(g.size(), 1f) * 0.45f) {
        line = new ArrayList<>();
        lines.add(line);
        baseline = g.baseline();
      }
      line.add(g);
    }
    for (List<Glyph> l : lines) {
      l.sort(Comparator.comparingDouble(Glyph::x));
    }
    return lines;
  }

  /**
   * The words of a line, split into segments where the gap is wider than {@code columnGap} sizes.
   */
  private static List<String> segments(List<Glyph> line, float columnGap) {
    List<String> segments = new ArrayList<>();
    StringBuilder b = new StringBuilder();
    Glyph previous = null;
    for (Glyph g : line) {
      if (previous != null) {
        float gap = g.x() - previous.right();
        float size = Math.max(previous.size(), g.size());
        if (gap > columnGap * size) {
          segments.add(b.toString().strip());
          b.setLength(0);
        } else if (gap > WORD_GAP * size && b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
          b.append(' ');
        }
      }
      b.append(g.text());
      previous = g;
    }
    segments.add(b.toString().strip());
    segments.removeIf(String::isEmpty);
    return segments;
  }

  private static List<Free> freeLines(List<Glyph> glyphs) {
    List<Free> out = new ArrayList<>();
    for (List<Glyph> line : textLines(glyphs)) {
      float size = 0;
      float baseline = 0;
      for (Glyph g : line) {
        size = Math.max(size, g.size());
        baseline = Math.max(baseline, g.baseline());
      }
      List<String> segments = segments(line, COLUMN_GAP);
      if (!segments.isEmpty()) {
        Glyph last = line.get(line.size() - 1);
        out.add(new Free(baseline, line.get(0).x(), last.right(), size, segments));
      }
    }
    return out;
  }

  /**
   * Adds the free lines, joining the lines of a wrapped paragraph: the same size, the next line
   * right below, the line above filled to the right edge of the text, and the next line not
   * indented (or centred under it, as a wrapped title). A line with three or more far-apart
   * segments is a row of a table drawn without rules; one with two is two lines (a unit line and
   * 单位：万元 printed on one line).
   */
  private void paragraphs(List<Free> lines, List<Float> rowTops, List<Line> out) {
    float textRight = 0;
    for (Free f : lines) {
      textRight = Math.max(textRight, f.right());
    }
    for (Rule v : vertical) {
      textRight = Math.max(textRight, v.at());
    }
    for (Glyph g : page.glyphs()) {
      textRight = Math.max(textRight, g.right());
    }
    Free open = null;
    StringBuilder text = new StringBuilder();
    float top = 0;
    for (Free f : lines) {
      if (f.segments().size() >= 3) {
        flush(open, text, top, out);
        open = null;
        out.add(new Line(f.top(), f.baseline(), String.join("\t", f.segments()), true));
        continue;
      }
      if (f.segments().size() == 2) {
        flush(open, text, top, out);
        open = null;
        out.add(new Line(f.top(), f.baseline(), f.segments().get(0), false));
        out.add(new Line(f.top() + 0.01f, f.baseline(), f.segments().get(1), false));
        continue;
      }
      if (open != null && continues(open, f, textRight, rowTops)) {
        text.append(f.text());
        open = f;
        continue;
      }
      flush(open, text, top, out);
      open = f;
      top = f.top();
      text.setLength(0);
      text.append(f.text());
    }
    flush(open, text, top, out);
  }

  private static void flush(Free open, StringBuilder text, float top, List<Line> out) {
    if (open != null && text.length() > 0) {
      out.add(new Line(top, open.baseline(), text.toString(), false));
    }
  }

  private static boolean continues(Free above, Free next, float textRight, List<Float> rowTops) {
    float size = above.size();
    if (Math.abs(next.size() - size) > size * 0.15f) {
      return false;
    }
    if (next.baseline() - above.baseline() > size * 1.75f) {
      return false;
    }
    for (float rowTop : rowTops) {
      if (rowTop > above.baseline() && rowTop < next.top()) {
        return false;
      }
    }
    if (above.right() < textRight - size * 3f || TOC_ENTRY.matcher(above.text()).find()) {
      return false;
    }
    boolean indented = next.left() > above.left() + size;
    float middleAbove = (above.left() + above.right()) / 2;
    float middleNext = (next.left() + next.right()) / 2;
    boolean centred = Math.abs(middleAbove - middleNext) <= size;
    return !indented || centred;
  }
}
