package io.jixiao.document;

import io.jixiao.model.BudgetUnit;
import io.jixiao.model.Indicator;
import io.jixiao.model.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Layout A: a Word table exported one cell per tab-indented line, rows separated by blank lines,
 * table titles on unindented lines ({@code [bookmark: _Toc…]1.… 绩效目标表}).
 *
 * <p>A line that starts with a tab is a cell ({@code \t} alone is an empty cell). An unindented
 * line right after a cell continues it (a line break inside the cell). Blank lines end a group of
 * cells; a group is usually one table row, but page breaks and blank paragraphs split rows over
 * several groups, so rows are rebuilt by the table's width ({@link CellPerLineIndicators}).
 */
final class CellPerLineReader implements TableReader {

  /** Word bookmark markup left in the text by the export. */
  private static final Pattern MARKUP = Pattern.compile("\\[bookmark:[^\\]]*\\]");

  /** {@code 12.2024年度…绩效目标表}: the table's number, then its title. */
  private static final Pattern TITLE = Pattern.compile("^\\s*(\\d{1,4})\\s*[.、．]\\s*(\\S.*)$");

  @Override
  public boolean accepts(SourceText text) {
    String[] lines = text.lines();
    // a label comes from its line: without 一 and 二 there, no 一级指标 and 二级指标
    for (int n : text.linesWith('一')) {
      int i = n - 1;
      if (i + 1 < lines.length
          && lines[i + 1].indexOf('二') >= 0
          && isCell(lines[i], "一级指标")
          && isCell(lines[i + 1], "二级指标")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCell(String line, String label) {
    return line.startsWith("\t") && Cell.label(line).equals(label);
  }

  @Override
  public List<Project> read(SourceText text, Problems problems) {
    List<Project> projects = new ArrayList<>();
    for (Table table : scan(text)) {
      Project project = project(table, problems);
      if (project != null) {
        projects.add(project);
      }
    }
    return projects;
  }

  private static Project project(Table table, Problems problems) {
    int header = CellPerLineIndicators.headerIndex(table.groups);
    if (table.title == null) {
      untitled(table, header >= 0, problems);
      return null;
    }
    strayParagraphs(table, problems);
    if (header < 0) {
      problems.error(
          "IMP-TRUNCATED",
          table.line,
          table.seq,
          null,
          String.format(
              "表“%s”不完整：标题之后（第 %d–%d 行）没有“一级指标…指标值”指标表，可能是文件被截断或表格缺失",
              table.title, table.line, table.lastLine));
      return null;
    }
    CellPerLineHeader.Header head =
        CellPerLineHeader.read(table, table.groups.subList(0, header), problems);
    List<Indicator> indicators =
        CellPerLineIndicators.read(
            table, table.groups.subList(header, table.groups.size()), problems);
    if (indicators == null) {
      return null;
    }
    return Project.of(
        table.seq,
        table.title,
        head.unit(),
        head.code(),
        head.name(),
        head.budget(),
        head.fundUse(),
        head.spendingPlan(),
        head.goals(),
        indicators);
  }

  /** Cells before the first title: a table without a title is an error, other cells a warning. */
  private static void untitled(Table table, boolean hasIndicators, Problems problems) {
    if (hasIndicators) {
      problems.error(
          "IMP-NO-TITLE",
          table.line,
          null,
          null,
          "第一张绩效目标表前面没有“序号.标题”行（如“1.2023年…绩效目标表”），无法确定表的序号和标题");
    } else {
      problems.warning(
          "IMP-STRAY-TEXT",
          table.line,
          null,
          null,
          String.format("第 %d–%d 行的表格不是绩效目标表，未导入", table.line, table.lastLine));
    }
  }

  /** Unindented paragraphs inside a table that are not a cell's continuation. */
  private static void strayParagraphs(Table table, Problems problems) {
    Cell unit = table.unitParagraph();
    for (Cell p : table.paragraphs) {
      if (p == unit) {
        continue;
      }
      problems.warning(
          "IMP-STRAY-TEXT", p.line(), table.seq, null, "表格中有一段不属于任何单元格的文字，未导入：“" + p.text() + "”");
    }
  }

  /** Splits the text into tables: a title line, then groups of cells. */
  private static List<Table> scan(SourceText text) {
    String[] lines = text.lines();
    List<Table> tables = new ArrayList<>();
    Table table = null;
    Group group = null;
    Cell cell = null;
    boolean afterBlank = true;
    for (int i = 0; i < lines.length; i++) {
      int n = i + 1;
      String line = lines[i];
      if (line.startsWith("\t")) {
        if (table == null) {
          table = new Table(n, 0, null);
          tables.add(table);
        }
        if (group == null) {
          group = new Group();
          table.groups.add(group);
        }
        cell = new Cell(text, n);
        group.cells.add(cell);
        table.lastLine = n;
        afterBlank = false;
        continue;
      }
      if (isBlank(line)) {
        group = null;
        cell = null;
        afterBlank = true;
        continue;
      }
      String clean = line.indexOf("[bookmark:") >= 0 ? MARKUP.matcher(line).replaceAll("") : line;
      boolean markup = clean.length() != line.length();
      Matcher title = mayBeTitle(clean) ? TITLE.matcher(clean) : null;
      String titleText = title != null && title.matches() ? Cells.text(title.group(2)) : null;
      if (titleText != null && isTitle(titleText, markup, afterBlank, table, lines, i)) {
        table = new Table(n, Integer.parseInt(title.group(1)), titleText);
        tables.add(table);
        group = null;
        cell = null;
      } else if (cell != null) {
        cell.continueWith(line);
        table.lastLine = n;
      } else if (table != null) {
        table.paragraphs.add(new Cell(text, n));
        table.lastLine = n;
      }
      // else: text before the first table (the front matter) is not this reader's business
      afterBlank = false;
    }
    return tables;
  }

  /**
   * A numbered unindented line is a title when it carries a bookmark, or stands after a blank line
   * and either names a 目标表 or is followed by cells while no table is open or the open one has
   * reached its indicators. A numbered line right after a cell continues that cell (a goal item).
   */
  private static boolean isTitle(
      String rest, boolean markup, boolean afterBlank, Table open, String[] lines, int i) {
    if (markup) {
      return true;
    }
    if (!afterBlank) {
      return false;
    }
    if (rest.contains("目标表")) {
      return true;
    }
    boolean idle = open == null || CellPerLineIndicators.headerIndex(open.groups) >= 0;
    return idle && nextNonBlankIsCell(lines, i + 1);
  }

  /** A quick test: a title's first character other than ASCII white space is a digit. */
  private static boolean mayBeTitle(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (!Paragraphs.isAsciiSpace(c)) {
        return c >= '0' && c <= '9';
      }
    }
    return false;
  }

  private static boolean nextNonBlankIsCell(String[] lines, int from) {
    for (int j = from; j < lines.length; j++) {
      if (lines[j].startsWith("\t")) {
        return true;
      }
      if (!isBlank(lines[j])) {
        return false;
      }
    }
    return false;
  }

  private static boolean isBlank(String line) {
    for (int i = 0; i < line.length(); i++) {
      if (!Cells.isSpace(line.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** One table as printed: its title line and its groups of cells. */
  static final class Table {
    /** The title line (or, for cells before any title, the first cell's line). */
    final int line;

    final int seq;

    /** The title without number and markup; null for cells before any title. */
    final String title;

    final List<Group> groups = new ArrayList<>();

    /** Unindented paragraphs between groups that continue no cell. */
    final List<Cell> paragraphs = new ArrayList<>();

    int lastLine;

    Table(int line, int seq, String title) {
      this.line = line;
      this.seq = seq;
      this.title = title;
      this.lastLine = line;
    }

    /** A paragraph above the first cell that reads as a budget unit line, or null. */
    Cell unitParagraph() {
      for (Cell p : paragraphs) {
        if (!groups.isEmpty() && p.line() > groups.get(0).line()) {
          return null;
        }
        if (BudgetUnit.parse(p.text()).code() != null) {
          return p;
        }
      }
      return null;
    }
  }

  /** Cells printed without a blank line between them: a table row or part of one. */
  static final class Group {
    final List<Cell> cells = new ArrayList<>();

    int line() {
      return cells.get(0).line();
    }

    int size() {
      return cells.size();
    }

    boolean isBlank() {
      return cells.stream().allMatch(Cell::isBlank);
    }
  }

  /**
   * One cell: the line it starts on and its lines (paragraphs). The raw text, the text under the
   * text rule and the label are computed once, on first use: the readers ask for them many times.
   */
  static final class Cell {
    private final int line;

    /** The first line as printed (a leading tab is white space to the text rule). */
    private final String first;

    /** The first line under {@link Cells#collapse}. */
    private final String firstCollapsed;

    /** Whether the first line holds {@code $} or {@code <} ({@link SourceText#hasMarkup}). */
    private final boolean firstMarkup;

    /** The lines after the first, null while there are none (most cells have one line). */
    private List<String> more;

    private String raw;
    private String text;
    private boolean textDone;
    private String label;

    Cell(int line, String first) {
      this(
          line,
          first,
          Cells.collapse(first),
          first.indexOf('$') >= 0 || first.indexOf('<') >= 0 || Artefacts.mayHold(first));
    }

    /** A cell starting on line {@code n} of {@code text}, sharing its collapsed form. */
    Cell(SourceText text, int n) {
      this(n, text.line(n), text.collapsed(n), text.hasMarkup(n));
    }

    private Cell(int line, String first, String firstCollapsed, boolean firstMarkup) {
      this.line = line;
      this.first = first;
      this.firstCollapsed = firstCollapsed;
      this.firstMarkup = firstMarkup;
    }

    void continueWith(String paragraph) {
      if (more == null) {
        more = new ArrayList<>(2);
      }
      more.add(paragraph);
      raw = null;
      text = null;
      textDone = false;
      label = null;
    }

    int line() {
      return line;
    }

    /**
     * The cell's lines, each trimmed, joined with \n: white space at a line break inside a cell is
     * part of the break, which the text rule joins with nothing.
     */
    String raw() {
      if (raw == null) {
        if (more == null) {
          raw = firstCollapsed;
        } else {
          StringBuilder b = new StringBuilder(firstCollapsed);
          for (String l : more) {
            b.append('\n').append(Cells.collapse(l));
          }
          raw = b.toString();
        }
      }
      return raw;
    }

    /** The cell under the text rule ({@link Cells#text}), null when blank. */
    String text() {
      if (!textDone) {
        String r = raw();
        if (more == null && !firstMarkup) {
          text = r.isEmpty() ? null : r; // one collapsed line: collapsing again changes nothing
        } else {
          text = Cells.text(r);
        }
        textDone = true;
      }
      return text;
    }

    boolean isBlank() {
      return text() == null;
    }

    /** The cell under the text rule of indicator cells ({@link Cells#indicator}). */
    String indicator() {
      String t = text();
      return t == null ? null : Cells.dropCjkSpaces(t);
    }

    /** The paragraphs of the cell, each after the text rule, blank ones left out. */
    List<String> paragraphs() {
      List<String> out = new ArrayList<>();
      List<String> lines = new ArrayList<>();
      lines.add(first);
      if (more != null) {
        lines.addAll(more);
      }
      for (String p : lines) {
        String t = Cells.text(p);
        if (t != null) {
          out.add(t);
        }
      }
      return out;
    }

    /** The cell as a label: no white space, ASCII brackets and colons as full-width ones. */
    String label() {
      if (label == null) {
        label = label(firstMarkup || more != null ? Artefacts.strip(raw()) : raw());
      }
      return label;
    }

    static String label(String raw) {
      StringBuilder b = null; // only when a character changes or goes
      for (int i = 0; i < raw.length(); i++) {
        char c = raw.charAt(i);
        boolean keep = !Cells.isSpace(c);
        char out = c == '(' ? '（' : c == ')' ? '）' : c == ':' ? '：' : c;
        if (b == null) {
          if (keep && out == c) {
            continue;
          }
          b = new StringBuilder(raw.length());
          b.append(raw, 0, i);
        }
        if (keep) {
          b.append(out);
        }
      }
      return b == null ? raw : b.toString();
    }

    @Override
    public String toString() {
      return line + ":" + raw();
    }
  }
}
