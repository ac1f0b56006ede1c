package io.jixiao.cli;

import io.jixiao.monitor.Achievement;
import io.jixiao.monitor.Actuals;
import io.jixiao.monitor.IndicatorActual;
import io.jixiao.monitor.ProjectActuals;
import io.jixiao.monitor.ProjectKey;
import io.jixiao.target.Money;
import io.jixiao.target.Project;
import io.jixiao.target.TargetDocument;
import io.jixiao.target.TargetValue;
import io.jixiao.target.TargetValues;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

// Stand-in for the actuals readers of branch actuals: delete with the switch to ActualsOption.
/**
 * Reads the actuals CSV ({@code source,seq,row,period,value,note}) against the documents given,
 * with every bad row reported by file, line and column; nothing is used when one row is bad.
 */
final class StandInActualsCsv {

  private StandInActualsCsv() {}

  static Optional<Actuals> load(Path file, List<TargetDocument> documents, PrintWriter err) {
    String name = file.getFileName().toString();
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      err.println("无法读取执行数据 " + name + "：" + e.getMessage());
      return Optional.empty();
    }
    List<String> problems = new ArrayList<>();
    if (lines.isEmpty() || !stripBom(lines.get(0)).strip().equals(MonitorCommand.CSV_HEADER)) {
      err.println(name + " 第 1 行：表头应为 " + MonitorCommand.CSV_HEADER);
      return Optional.empty();
    }
    Map<String, TargetDocument> bySource = new HashMap<>();
    for (TargetDocument d : documents) {
      bySource.put(d.source(), d);
    }
    Map<ProjectKey, Draft> drafts = new TreeMap<>();
    Set<String> seen = new HashSet<>();
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String at = name + " 第 " + (i + 1) + " 行";
      List<String> cells = split(line);
      if (cells == null || cells.size() != 6) {
        problems.add(at + "：应有 6 列（" + MonitorCommand.CSV_HEADER + "）");
        continue;
      }
      String problem = row(cells, bySource, drafts, seen);
      if (problem != null) {
        problems.add(at + problem);
      }
    }
    if (!problems.isEmpty()) {
      err.println("执行数据 " + name + " 无效，未使用：");
      for (String p : problems) {
        err.println(p);
      }
      return Optional.empty();
    }
    Map<ProjectKey, ProjectActuals> projects = new TreeMap<>();
    for (Map.Entry<ProjectKey, Draft> e : drafts.entrySet()) {
      Draft d = e.getValue();
      projects.put(
          e.getKey(),
          new ProjectActuals(
              e.getKey(), d.spent, d.budget, d.budgetNote, d.spendingNote, d.indicators));
    }
    return Optional.of(Actuals.of(projects));
  }

  private static final class Draft {
    final TreeMap<YearMonth, Money> spent = new TreeMap<>();
    final List<IndicatorActual> indicators = new ArrayList<>();
    Money budget;
    String budgetNote;
    String spendingNote;
  }

  /** Adds one row to its table's draft; the problem with its column, or null. */
  private static String row(
      List<String> c,
      Map<String, TargetDocument> bySource,
      Map<ProjectKey, Draft> drafts,
      Set<String> seen) {
    TargetDocument document = bySource.get(c.get(0));
    if (document == null) {
      return "第 1 列（source）：没有名为“" + c.get(0) + "”的文件";
    }
    Project project = null;
    for (Project p : document.projects()) {
      if (String.valueOf(p.seq()).equals(c.get(1))) {
        project = p;
      }
    }
    if (project == null) {
      return "第 2 列（seq）：" + c.get(0) + " 中没有表 " + c.get(1);
    }
    YearMonth period;
    try {
      period = YearMonth.parse(c.get(3));
    } catch (DateTimeParseException e) {
      return "第 4 列（period）：“" + c.get(3) + "”不是 YYYY-MM 格式的月份";
    }
    String value = c.get(4);
    String note = c.get(5).isEmpty() ? null : c.get(5);
    if (value.isEmpty()) {
      return "第 5 列（value）：值为空";
    }
    if (!seen.add(c.get(0) + "|" + c.get(1) + "|" + c.get(2) + "|" + period)) {
      return "：与前面的行重复（同一表、行和月份）";
    }
    Draft draft =
        drafts.computeIfAbsent(new ProjectKey(document.source(), project.seq()), k -> new Draft());
    String kind = c.get(2);
    if (kind.equals("spent") || kind.equals("budget")) {
      Money amount;
      try {
        amount = Money.parse(value.endsWith("万元") ? value.substring(0, value.length() - 2) : value);
      } catch (IllegalArgumentException e) {
        return "第 5 列（value）：“" + value + "”不是以万元计的金额";
      }
      if (kind.equals("spent")) {
        draft.spent.put(period, amount);
        draft.spendingNote = note == null ? draft.spendingNote : note;
      } else {
        draft.budget = amount;
        draft.budgetNote = note;
      }
      return null;
    }
    int row;
    try {
      row = Integer.parseInt(kind);
    } catch (NumberFormatException e) {
      row = 0;
    }
    if (row < 1 || row > project.indicators().size()) {
      return "第 3 列（row）：应为 spent、budget 或 1–"
          + project.indicators().size()
          + " 的指标序号，实为“"
          + kind
          + "”";
    }
    Achievement achievement = Achievement.of(value);
    TargetValue parsed = TargetValues.parse(value);
    draft.indicators.add(new IndicatorActual(row, period, value, parsed, achievement, note));
    return null;
  }

  /** The cells of one CSV line (double quotes around a cell, {@code ""} inside), or null. */
  private static List<String> split(String line) {
    List<String> cells = new ArrayList<>(6);
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char ch = line.charAt(i);
      if (quoted) {
        if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (ch == '"') {
          quoted = false;
        } else {
          cell.append(ch);
        }
      } else if (ch == '"') {
        quoted = true;
      } else if (ch == ',') {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(ch);
      }
    }
    if (quoted) {
      return null;
    }
    cells.add(cell.toString().strip());
    return cells;
  }

  private static String stripBom(String s) {
    return s.startsWith("\uFEFF") ? s.substring(1) : s;
  }
}
