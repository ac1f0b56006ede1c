package io.jixiao.document;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * What one PDF page shows, in page coordinates with the origin at the top left (as the page is
 * displayed): the glyphs with their Unicode text, the ruling lines that draw table borders, and the
 * number of images.
 *
 * @param number the 1-based page number
 */
record PdfPage(
    int number, float width, float height, List<Glyph> glyphs, List<Rule> rules, int images) {

  /** One glyph: its text, the left of its box, its baseline, its advance and its font size. */
  record Glyph(String text, float x, float baseline, float width, float size) {

    float right() {
      return x + width;
    }

    float centerX() {
      return x + width / 2;
    }

    /** Roughly the middle of the glyph's ink: a little above half the size over the baseline. */
    float centerY() {
      return baseline - size * 0.35f;
    }
  }

  /**
   * An axis-parallel line: horizontal at {@code at} from {@code from} to {@code to}, or vertical.
   */
  record Rule(boolean horizontal, float at, float from, float to) {}

  /** Reads the glyphs of every page of {@code pdf} in one pass, and the rules page by page. */
  static List<PdfPage> read(PDDocument pdf) throws IOException {
    int n = pdf.getNumberOfPages();
    List<List<Glyph>> glyphs = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      glyphs.add(new ArrayList<>());
    }
    GlyphCollector collector = new GlyphCollector(glyphs);
    collector.setSortByPosition(false);
    collector.writeText(pdf, new StringWriter());
    List<PdfPage> pages = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      PDPage page = pdf.getPage(i);
      View view = View.of(page);
      RuleCollector rules = new RuleCollector(page, view);
      rules.processPage(page);
      pages.add(
          new PdfPage(
              i + 1, view.width(), view.height(), glyphs.get(i), rules.rules, rules.images));
    }
    return pages;
  }

  /**
   * How user space maps to the displayed page: the crop box and the page rotation. PDFBox reports
   * glyph positions ({@link TextPosition#getX()}) in this displayed orientation; rules are mapped
   * the same way.
   */
  private record View(PDRectangle crop, int rotation) {

    static View of(PDPage page) {
      int r = ((page.getRotation() % 360) + 360) % 360;
      return new View(page.getCropBox(), r);
    }

    float width() {
      return rotation == 90 || rotation == 270 ? crop.getHeight() : crop.getWidth();
    }

    float height() {
      return rotation == 90 || rotation == 270 ? crop.getWidth() : crop.getHeight();
    }

    /** A point of user space (origin bottom left) on the displayed page (origin top left). */
    float[] map(double x, double y) {
      float ux = (float) x - crop.getLowerLeftX();
      float uy = (float) y - crop.getLowerLeftY();
      switch (rotation) {
        case 90:
          return new float[] {uy, ux};
        case 180:
          return new float[] {crop.getWidth() - ux, uy};
        case 270:
          return new float[] {crop.getHeight() - uy, crop.getWidth() - ux};
        default:
          return new float[] {ux, crop.getHeight() - uy};
      }
    }
  }

  /** Takes the text positions PDFBox has de-duplicated, page by page, without writing text. */
  private static final class GlyphCollector extends PDFTextStripper {

    private final List<List<Glyph>> pages;

    GlyphCollector(List<List<Glyph>> pages) {
      this.pages = pages;
    }

    @Override
    protected void writePage() {
      List<Glyph> page = pages.get(getCurrentPageNo() - 1);
      for (List<TextPosition> article : getCharactersByArticle()) {
        for (TextPosition t : article) {
          String s = t.getUnicode();
          float size = t.getFontSizeInPt();
          if (!(size > 0.5f)) {
            size = Math.max(t.getHeight(), 1f) / 0.7f;
          }
          page.add(new Glyph(s == null ? "" : s, t.getX(), t.getY(), t.getWidth(), size));
        }
      }
    }
  }

  /**
   * Collects the axis-parallel lines a page strokes, and the thin filled rectangles that Word and
   * most converters draw table borders with; counts the images drawn.
   */
  private static final class RuleCollector extends PDFGraphicsStreamEngine {

    /** A filled shape thinner than this is a line. */
    private static final float THIN = 2.5f;

    private static final float MIN_LENGTH = 2f;

    private final View view;
    private final List<Rule> rules = new ArrayList<>();
    private final List<List<float[]>> subpaths = new ArrayList<>();
    private final List<Boolean> closed = new ArrayList<>();
    private List<float[]> current;
    private Point2D.Float last = new Point2D.Float();
    private int images;

    RuleCollector(PDPage page, View view) {
      super(page);
      this.view = view;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
      current = new ArrayList<>(4);
      subpaths.add(current);
      closed.add(true);
      for (Point2D p : new Point2D[] {p0, p1, p2, p3}) {
        current.add(view.map(p.getX(), p.getY()));
      }
      current = null;
      last = new Point2D.Float((float) p0.getX(), (float) p0.getY());
    }

    @Override
    public void drawImage(PDImage pdImage) {
      images++;
    }

    @Override
    public void clip(int windingRule) {
      // a clip path is not drawn; endPath() follows and forgets it
    }

    @Override
    public void moveTo(float x, float y) {
      current = new ArrayList<>();
      subpaths.add(current);
      closed.add(false);
      current.add(view.map(x, y));
      last = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
      if (current == null) {
        moveTo(last.x, last.y);
      }
      current.add(view.map(x, y));
      last = new Point2D.Float(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
      // curves are no table borders: end the straight run here
      current = null;
      last = new Point2D.Float(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
      return last;
    }

    @Override
    public void closePath() {
      if (current != null && !closed.isEmpty()) {
        closed.set(closed.size() - 1, true);
      }
      current = null;
    }

    @Override
    public void endPath() {
      clear();
    }

    @Override
    public void strokePath() {
      stroked();
      clear();
    }

    @Override
    public void fillPath(int windingRule) {
      filled();
      clear();
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
      filled();
      stroked();
      clear();
    }

    @Override
    public void shadingFill(COSName shadingName) {
      // a shading is no border
    }

    private void clear() {
      subpaths.clear();
      closed.clear();
      current = null;
    }

    private void stroked() {
      for (int k = 0; k < subpaths.size(); k++) {
        List<float[]> points = subpaths.get(k);
        int n = points.size();
        int segments = closed.get(k) ? n : n - 1;
        for (int i = 0; i < segments; i++) {
          segment(points.get(i), points.get((i + 1) % n));
        }
      }
    }

    private void segment(float[] a, float[] b) {
      float dx = Math.abs(a[0] - b[0]);
      float dy = Math.abs(a[1] - b[1]);
      if (dy < 1f && dx >= MIN_LENGTH) {
        rules.add(new Rule(true, (a[1] + b[1]) / 2, Math.min(a[0], b[0]), Math.max(a[0], b[0])));
      } else if (dx < 1f && dy >= MIN_LENGTH) {
        rules.add(new Rule(false, (a[0] + b[0]) / 2, Math.min(a[1], b[1]), Math.max(a[1], b[1])));
      }
    }

    /** A thin filled shape is a line along its long side; a larger one (shading) is ignored. */
    private void filled() {
      for (List<float[]> points : subpaths) {
        if (points.size() < 2) {
          continue;
        }
        float minX = Float.MAX_VALUE;
        float minY = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        float maxY = -Float.MAX_VALUE;
        for (float[] p : points) {
          minX = Math.min(minX, p[0]);
          maxX = Math.max(maxX, p[0]);
          minY = Math.min(minY, p[1]);
          maxY = Math.max(maxY, p[1]);
        }
        float w = maxX - minX;
        float h = maxY - minY;
        if (h <= THIN && w >= MIN_LENGTH && w > h) {
          rules.add(new Rule(true, (minY + maxY) / 2, minX, maxX));
        } else if (w <= THIN && h >= MIN_LENGTH && h > w) {
          rules.add(new Rule(false, (minX + maxX) / 2, minY, maxY));
        }
      }
    }
  }
}
