package io.jixiao.publish;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJcTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

/**
 * One 绩效目标表 as ONE Word table: the {@link PrintedTable} of the project, its header block and its
 * indicator rows, with the merged cells as vertical merges. Rows the project has no data for are
 * left out, as the published tables without codes or budgets print.
 *
 * <p>The rows do not share one set of columns (the budget row has seven cells, the indicator rows
 * six), so the table grid is the union of the column edges of all rows and a cell spans the grid
 * columns between its edges.
 */
final class DocxTargetTable {

  /** The label column: 一级指标, and the labels of the header block. */
  private static final int FIRST = 1250;

  private static final int REST = DocxStyles.TEXT_WIDTH - FIRST;

  /** Widths of 二级, 三级, 描述, 指标值 (and 依据) in sixtieths of the width after the first column. */
  private static final int[] WITH_BASIS = {10, 15, 15, 10, 10};

  private static final int[] WITHOUT_BASIS = {12, 16, 18, 14};

  private enum Merge {
    NONE,
    RESTART,
    CONTINUE
  }

  private enum Kind {
    /** A printed label of the form: centred, bold. */
    LABEL,
    /** A number or short value: centred. */
    CENTRED,
    /** Running text. */
    TEXT
  }

  /** One cell between two column edges (in twips from the left of the table). */
  private record Cell(int from, int to, List<String> paragraphs, Kind kind, Merge merge) {}

  private record Row(List<Cell> cells, boolean header) {}

  private final PrintedTable table;
  private final List<Row> rows = new ArrayList<>();

  private DocxTargetTable(PrintedTable table) {
    this.table = table;
  }

  /** Appends the table of {@code project} to the body of {@code doc}. */
  static void write(XWPFDocument doc, PrintedTable table) {
    DocxTargetTable t = new DocxTargetTable(table);
    int[] head = new int[PrintedTable.HEAD_COLUMNS + 2];
    head[0] = 0;
    for (int k = 0; k <= PrintedTable.HEAD_COLUMNS; k++) {
      head[k + 1] = x(k * 60 / PrintedTable.HEAD_COLUMNS);
    }
    t.grid(table.head(), head);
    t.indicators();
    t.emit(doc.getDocument().getBody().addNewTbl());
  }

  /** The left edge of {@code sixtieths} of the width after the first column. */
  private static int x(int sixtieths) {
    return FIRST + Math.round(REST * sixtieths / 60f);
  }

  // ---- rows

  private void indicators() {
    int[] widths = table.basis() ? WITH_BASIS : WITHOUT_BASIS;
    int[] edges = new int[widths.length + 2];
    edges[0] = 0;
    edges[1] = FIRST;
    int sum = 0;
    for (int k = 0; k < widths.length; k++) {
      sum += widths[k];
      edges[k + 2] = x(sum);
    }
    List<Cell> header = new ArrayList<>();
    List<String> labels = table.indicatorLabels();
    for (int c = 0; c < labels.size(); c++) {
      header.add(new Cell(edges[c], edges[c + 1], List.of(labels.get(c)), Kind.LABEL, Merge.NONE));
    }
    rows.add(new Row(header, true));
    grid(table.indicators().stream().map(r -> new PrintedTable.Row(r.cells())).toList(), edges);
  }

  /**
   * Adds {@code printed} rows whose grid column {@code c} lies between {@code edges[c]} and {@code
   * edges[c + 1]}: a cell spanning rows restarts a vertical merge that an empty cell continues in
   * each row it covers.
   */
  private void grid(List<PrintedTable.Row> printed, int[] edges) {
    PrintedTable.Cell[] over = new PrintedTable.Cell[edges.length - 1];
    int[] left = new int[edges.length - 1];
    for (PrintedTable.Row row : printed) {
      List<Cell> cells = new ArrayList<>();
      int c = 0;
      int k = 0;
      List<PrintedTable.Cell> starting = row.cells();
      while (c < over.length) {
        if (left[c] > 0) {
          PrintedTable.Cell o = over[c];
          cells.add(
              new Cell(edges[c], edges[c + o.colSpan()], List.of(), kind(o), Merge.CONTINUE));
          left[c]--;
          c += o.colSpan();
        } else if (k < starting.size() && starting.get(k).col() == c) {
          PrintedTable.Cell s = starting.get(k++);
          Merge m = Merge.NONE;
          if (s.rowSpan() > 1) {
            m = Merge.RESTART;
            over[c] = s;
            left[c] = s.rowSpan() - 1;
          }
          cells.add(new Cell(edges[c], edges[c + s.colSpan()], s.lines(), kind(s), m));
          c += s.colSpan();
        } else {
          c++;
        }
      }
      rows.add(new Row(cells, false));
    }
  }

  private static Kind kind(PrintedTable.Cell c) {
    switch (c.style()) {
      case LABEL:
        return Kind.LABEL;
      case NUMBER:
        return Kind.CENTRED;
      default:
        return Kind.TEXT;
    }
  }

  // ---- XML

  private void emit(CTTbl tbl) {
    TreeSet<Integer> edges = new TreeSet<>();
    for (Row row : rows) {
      for (Cell c : row.cells()) {
        edges.add(c.from());
        edges.add(c.to());
      }
    }
    List<Integer> grid = new ArrayList<>(edges);
    tableProperties(tbl.addNewTblPr());
    CTTblGrid g = tbl.addNewTblGrid();
    for (int k = 0; k + 1 < grid.size(); k++) {
      g.addNewGridCol().setW(BigInteger.valueOf(grid.get(k + 1) - grid.get(k)));
    }
    for (Row row : rows) {
      CTRow tr = tbl.addNewTr();
      CTTrPr trPr = tr.addNewTrPr();
      trPr.addNewCantSplit();
      if (row.header()) {
        trPr.addNewTrHeight().setVal(BigInteger.valueOf(454));
      }
      for (Cell c : row.cells()) {
        cell(tr.addNewTc(), c, grid.indexOf(c.to()) - grid.indexOf(c.from()));
      }
    }
  }

  private static void tableProperties(CTTblPr pr) {
    pr.addNewTblStyle().setVal("TableNormal");
    CTTblWidth w = pr.addNewTblW();
    w.setType(STTblWidth.DXA);
    w.setW(BigInteger.valueOf(DocxStyles.TEXT_WIDTH));
    pr.addNewJc().setVal(STJcTable.CENTER);
    CTTblBorders b = pr.addNewTblBorders();
    border(b.addNewTop());
    border(b.addNewLeft());
    border(b.addNewBottom());
    border(b.addNewRight());
    border(b.addNewInsideH());
    border(b.addNewInsideV());
    pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
  }

  private static void border(CTBorder b) {
    b.setVal(STBorder.SINGLE);
    b.setSz(BigInteger.valueOf(4));
    b.setSpace(BigInteger.ZERO);
    b.setColor("000000");
  }

  private static void cell(CTTc tc, Cell c, int span) {
    CTTcPr pr = tc.addNewTcPr();
    CTTblWidth w = pr.addNewTcW();
    w.setType(STTblWidth.DXA);
    w.setW(BigInteger.valueOf(c.to() - c.from()));
    if (span > 1) {
      pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
    }
    if (c.merge() == Merge.RESTART) {
      pr.addNewVMerge().setVal(STMerge.RESTART);
    } else if (c.merge() == Merge.CONTINUE) {
      pr.addNewVMerge();
    }
    pr.addNewVAlign().setVal(STVerticalJc.CENTER);
    List<String> paragraphs = c.paragraphs().isEmpty() ? List.of("") : c.paragraphs();
    for (String text : paragraphs) {
      CTP p = tc.addNewP();
      CTPPr ppr = p.addNewPPr();
      ppr.addNewPStyle()
          .setVal(c.kind() == Kind.TEXT ? DocxStyles.TABLE_TEXT : DocxStyles.TABLE_LABEL);
      if (c.kind() == Kind.TEXT && paragraphs.size() == 1 && text.length() <= 4) {
        ppr.addNewJc().setVal(STJc.CENTER);
      }
      if (!text.isEmpty()) {
        DocxText.run(p, text, c.kind() == Kind.LABEL);
      }
    }
  }

  @Override
  public String toString() {
    return Objects.toString(table.project().title());
  }
}
