package io.jixiao.publish;

import io.jixiao.model.Budget;
import io.jixiao.model.Indicator;
import io.jixiao.model.Money;
import io.jixiao.model.Percent;
import io.jixiao.model.Project;
import io.jixiao.model.SpendingPlan;
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
 * One 绩效目标表 as ONE Word table, as departments print it: the header block (项目编码/项目名称, 预算规模及资金用途,
 * 资金支出计划（%）, 绩效目标), the indicator header and the indicator rows, with the 一级指标 and 二级指标 cells
 * merged down over equal rows. Rows the project has no data for are left out, as the published
 * tables without codes or budgets print.
 *
 * <p>The rows do not share one set of columns (the budget row has seven cells, the indicator rows
 * six), so the table grid is the union of the column edges of all rows and a cell spans the grid
 * columns between its edges. The merges are chosen so that the rule of the text formats (a blank
 * 一级指标 inherits the one above, and so does a blank 二级指标 under an inherited 一级指标) reads back exactly
 * the indicators written.
 */
final class DocxTargetTable {

  /** The label column: 一级指标, and the labels of the header block. */
  private static final int FIRST = 1250;

  private static final int REST = DocxStyles.TEXT_WIDTH - FIRST;

  /** Widths of 二级, 三级, 描述, 指标值 (and 依据) in sixtieths of the width after the first column. */
  private static final int[] WITH_BASIS = {10, 15, 15, 10, 10};

  private static final int[] WITHOUT_BASIS = {12, 16, 18, 14};

  private static final String[] INDICATOR_LABELS = {
    "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"
  };

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
  private record Cell(int from, int to, List<String> paragraphs, Kind kind, Merge merge) {

    static Cell of(int from, int to, String text, Kind kind) {
      return new Cell(from, to, text == null ? List.of() : List.of(text), kind, Merge.NONE);
    }

    Cell merged(Merge m) {
      return new Cell(from, to, m == Merge.CONTINUE ? List.of() : paragraphs, kind, m);
    }
  }

  private record Row(List<Cell> cells, boolean header) {}

  private final Project project;
  private final List<Row> rows = new ArrayList<>();

  private DocxTargetTable(Project project) {
    this.project = project;
  }

  /** Appends the table of {@code project} to the body of {@code doc}. */
  static void write(XWPFDocument doc, Project project) {
    DocxTargetTable t = new DocxTargetTable(project);
    t.headerBlock();
    t.indicators();
    t.emit(doc.getDocument().getBody().addNewTbl());
  }

  /** The left edge of {@code sixtieths} of the width after the first column. */
  private static int x(int sixtieths) {
    return FIRST + Math.round(REST * sixtieths / 60f);
  }

  // ---- rows

  private void headerBlock() {
    Project p = project;
    if (p.code() != null) {
      add(
          false,
          label(0, FIRST, "项目编码"),
          Cell.of(x(0), x(20), p.code().value(), Kind.CENTRED),
          label(x(20), x(30), "项目名称"),
          Cell.of(x(30), x(60), p.name(), Kind.TEXT));
    } else if (p.name() != null) {
      add(false, label(0, FIRST, "项目名称"), Cell.of(x(0), x(60), p.name(), Kind.TEXT));
    }
    Budget b = p.budget();
    if (b != null) {
      Merge m = p.fundUse() != null ? Merge.RESTART : Merge.NONE;
      add(
          false,
          label(0, FIRST, "预算规模及资金用途").merged(m),
          label(x(0), x(10), "预算数"),
          Cell.of(x(10), x(20), money(b.total()), Kind.CENTRED),
          label(x(20), x(30), "其中：财政资金"),
          Cell.of(x(30), x(40), money(b.fiscal()), Kind.CENTRED),
          label(x(40), x(50), "其他资金"),
          Cell.of(x(50), x(60), money(b.other()), Kind.CENTRED));
      if (p.fundUse() != null) {
        add(
            false,
            label(0, FIRST, null).merged(Merge.CONTINUE),
            Cell.of(x(0), x(60), p.fundUse(), Kind.TEXT));
      }
    } else if (p.fundUse() != null) {
      add(false, label(0, FIRST, "资金用途"), Cell.of(x(0), x(60), p.fundUse(), Kind.TEXT));
    }
    SpendingPlan plan = p.spendingPlan();
    if (plan != null) {
      add(
          false,
          label(0, FIRST, "资金支出计划（%）").merged(Merge.RESTART),
          label(x(0), x(15), "3月底"),
          label(x(15), x(30), "6月底"),
          label(x(30), x(45), "10月底"),
          label(x(45), x(60), "12月底"));
      add(
          false,
          label(0, FIRST, null).merged(Merge.CONTINUE),
          Cell.of(x(0), x(15), percent(plan.mar()), Kind.CENTRED),
          Cell.of(x(15), x(30), percent(plan.jun()), Kind.CENTRED),
          Cell.of(x(30), x(45), percent(plan.oct()), Kind.CENTRED),
          Cell.of(x(45), x(60), percent(plan.dec()), Kind.CENTRED));
    }
    if (!p.goals().isEmpty()) {
      List<String> numbered = new ArrayList<>();
      for (int i = 0; i < p.goals().size(); i++) {
        numbered.add((i + 1) + ". " + p.goals().get(i));
      }
      add(false, label(0, FIRST, "绩效目标"), new Cell(x(0), x(60), numbered, Kind.TEXT, Merge.NONE));
    }
  }

  private void indicators() {
    boolean basis = project.indicators().stream().anyMatch(i -> i.basis() != null);
    int[] widths = basis ? WITH_BASIS : WITHOUT_BASIS;
    int[] edges = new int[widths.length + 2];
    edges[0] = 0;
    edges[1] = FIRST;
    int sum = 0;
    for (int k = 0; k < widths.length; k++) {
      sum += widths[k];
      edges[k + 2] = x(sum);
    }
    int columns = edges.length - 1;
    List<Cell> header = new ArrayList<>();
    for (int c = 0; c < columns; c++) {
      header.add(label(edges[c], edges[c + 1], INDICATOR_LABELS[c]));
    }
    rows.add(new Row(header, true));

    List<Indicator> list = project.indicators();
    // what a reader of the printed rows holds after each row: the inherited 一级/二级指标
    String level1 = null;
    String level2 = null;
    List<String[]> printed = new ArrayList<>();
    for (Indicator i : list) {
      String l1 = i.level1();
      String l2 = i.level2();
      boolean blank1;
      boolean blank2;
      if (l1 != null && l1.equals(level1)) {
        if (l2 != null) {
          blank1 = true;
          blank2 = l2.equals(level2);
        } else {
          // a blank 二级指标 under a blank 一级指标 would inherit the one above
          blank1 = level2 == null;
          blank2 = true;
        }
      } else {
        blank1 = l1 == null;
        blank2 = l2 == null;
      }
      String p1 = blank1 ? null : l1;
      String p2 = blank2 ? null : l2;
      printed.add(new String[] {p1, p2});
      if (p1 == null) {
        level2 = p2 != null ? p2 : level2;
      } else {
        level1 = p1;
        level2 = p2;
      }
    }
    Merge[][] merges = merges(list, printed);
    for (int r = 0; r < list.size(); r++) {
      Indicator i = list.get(r);
      String[] texts = {
        printed.get(r)[0], printed.get(r)[1], i.name(), i.description(), i.value(), i.basis()
      };
      Kind[] kinds = {Kind.CENTRED, Kind.CENTRED, Kind.TEXT, Kind.TEXT, Kind.CENTRED, Kind.TEXT};
      List<Cell> cells = new ArrayList<>();
      for (int c = 0; c < columns; c++) {
        Cell cell = Cell.of(edges[c], edges[c + 1], texts[c], kinds[c]);
        if (c < 2 && merges[r][c] != Merge.NONE) {
          cell =
              merges[r][c] == Merge.RESTART
                  ? cell.merged(Merge.RESTART)
                  : Cell.of(edges[c], edges[c + 1], null, kinds[c]).merged(Merge.CONTINUE);
        }
        cells.add(cell);
      }
      rows.add(new Row(cells, false));
    }
  }

  /**
   * The vertical merges of the 一级 and 二级指标 columns: a blank printed cell continues the cell above
   * when that one holds the same label (a 二级指标 only inside a merged 一级指标).
   */
  private static Merge[][] merges(List<Indicator> list, List<String[]> printed) {
    Merge[][] m = new Merge[list.size()][2];
    for (Merge[] row : m) {
      row[0] = Merge.NONE;
      row[1] = Merge.NONE;
    }
    for (int c = 0; c < 2; c++) {
      for (int r = 1; r < list.size(); r++) {
        boolean blank = printed.get(r)[c] == null;
        String label = c == 0 ? list.get(r).level1() : list.get(r).level2();
        String above = c == 0 ? list.get(r - 1).level1() : list.get(r - 1).level2();
        boolean inside = c == 0 || printed.get(r)[0] == null;
        if (blank && label != null && label.equals(above) && inside) {
          m[r][c] = Merge.CONTINUE;
          if (m[r - 1][c] == Merge.NONE) {
            m[r - 1][c] = Merge.RESTART;
          }
        }
      }
    }
    return m;
  }

  private void add(boolean header, Cell... cells) {
    rows.add(new Row(List.of(cells), header));
  }

  private static Cell label(int from, int to, String text) {
    return Cell.of(from, to, text, Kind.LABEL);
  }

  private static String money(Money m) {
    return m == null ? null : m.wan().toPlainString();
  }

  private static String percent(Percent p) {
    return p == null ? null : p.value().toPlainString() + "%";
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
    return Objects.toString(project.title());
  }
}
