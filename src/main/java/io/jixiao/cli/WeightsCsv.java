package io.jixiao.cli;

import io.jixiao.evaluate.Weights;
import io.jixiao.monitor.Achievement;
import io.jixiao.monitor.Actuals;
import io.jixiao.monitor.IndicatorActual;
import io.jixiao.monitor.ProjectActuals;
import io.jixiao.monitor.ProjectKey;
import io.jixiao.model.Money;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TargetValues;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
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
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The department weights CSV {@code source,seq,row,weight} of {@code evaluate --weights} (UTF-8,
 * header line, quoted fields as in RFC 4180). Every problem is reported with file, line and column;
 * a file with any problem yields nothing.
 */
final class WeightsCsv {

  static final List<String> WEIGHTS_HEADER = List.of("source", "seq", "row", "weight");

  private final String file;
  private final Map<ProjectKey, Project> projects = new HashMap<>();
  private final List<String> problems = new ArrayList<>();

  private WeightsCsv(String file, List<TargetDocument> documents) {
    this.file = file;
    for (TargetDocument d : documents) {
      for (Project p : d.projects()) {
        projects.putIfAbsent(new ProjectKey(d.source(), p.seq()), p);
      }
    }
  }

  /** Department weights in {@code file}; empty after reporting problems. */
  static Optional<Weights> weights(Path file, List<TargetDocument> documents, PrintWriter err) {
    WeightsCsv csv = new WeightsCsv(file.getFileName().toString(), documents);
    List<Line> rows = csv.rows(file, WEIGHTS_HEADER);
    Weights weights = rows == null ? null : csv.weights(rows);
    return csv.report(err, weights);
  }

  private <T> Optional<T> report(PrintWriter err, T result) {
    if (!problems.isEmpty() || result == null) {
      for (String p : problems) {
        err.println(p);
      }
      err.println(file + "：有 " + problems.size() + " 处错误，未读入任何数据");
      err.flush();
      return Optional.empty();
    }
    return Optional.of(result);
  }

  // ---- weights

  private Weights weights(List<Line> rows) {
    SortedMap<ProjectKey, Map<Integer, BigDecimal>> result = new TreeMap<>();
    for (Line l : rows) {
      List<String> f = l.fields();
      int line = l.number();
      ProjectKey key = key(f, line);
      if (key == null) {
        continue;
      }
      Integer index = index(f.get(2).strip(), key, line);
      BigDecimal weight;
      try {
        weight = new BigDecimal(f.get(3).strip());
      } catch (NumberFormatException e) {
        problem(line, 4, "权重“" + f.get(3) + "”不是数");
        continue;
      }
      if (weight.signum() < 0) {
        problem(line, 4, "权重不能为负数，实为 " + weight.toPlainString());
        continue;
      }
      if (index != null
          && result.computeIfAbsent(key, k -> new HashMap<>()).put(index, weight) != null) {
        problem(line, 3, "表 " + key.seq() + " 第 " + index + " 行的权重重复");
      }
    }
    return problems.isEmpty() ? new Weights(result) : null;
  }

  // ---- fields

  private ProjectKey key(List<String> f, int line) {
    String source = f.get(0).strip();
    int seq;
    try {
      seq = Integer.parseInt(f.get(1).strip());
    } catch (NumberFormatException e) {
      problem(line, 2, "seq“" + f.get(1) + "”不是表号");
      return null;
    }
    if (seq < 1) {
      problem(line, 2, "seq“" + f.get(1) + "”不是表号");
      return null;
    }
    ProjectKey key = new ProjectKey(source, seq);
    if (!projects.containsKey(key)) {
      problem(line, 1, "没有读入的文件“" + source + "”中的表 " + seq);
      return null;
    }
    return key;
  }

  private Integer index(String row, ProjectKey key, int line) {
    int count = projects.get(key).indicators().size();
    try {
      int n = Integer.parseInt(row);
      if (n >= 1 && n <= count) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problem(line, 3, "row“" + row + "”应为 spent、budget 或 1 到 " + count + " 的指标序号");
    return null;
  }



  // ---- CSV

  /** One CSV record with the line it starts on. */
  private record Line(int number, List<String> fields) {}

  /** The data lines with exactly the header's columns; null when the file cannot be used. */
  private List<Line> rows(Path path, List<String> header) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(ByteBuffer.wrap(Files.readAllBytes(path)))
              .toString();
    } catch (CharacterCodingException e) {
      problem(1, 1, "不是 UTF-8 编码的文本");
      return null;
    } catch (IOException e) {
      problem(0, 0, "无法读取文件（" + e.getMessage() + "）");
      return null;
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Line> lines = parse(text);
    if (lines == null) {
      return null;
    }
    if (lines.isEmpty() || !lines.get(0).fields().equals(header)) {
      problem(1, 1, "表头应为 " + String.join(",", header));
      return null;
    }
    List<Line> rows = new ArrayList<>();
    for (Line l : lines.subList(1, lines.size())) {
      List<String> f = l.fields();
      if (f.size() == 1 && f.get(0).isBlank()) {
        continue;
      }
      if (f.size() != header.size()) {
        problem(l.number(), 1, "应有 " + header.size() + " 列，实有 " + f.size() + " 列");
        continue;
      }
      rows.add(l);
    }
    return problems.isEmpty() ? rows : null;
  }

  /** RFC 4180 records: fields split at commas, quotes around a field, {@code ""} for a quote. */
  private List<Line> parse(String text) {
    List<Line> lines = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int line = 1;
    int start = 1;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < n && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          if (c == '\n') {
            line++;
          }
          field.append(c);
        }
      } else if (c == '"' && field.length() == 0) {
        quoted = true;
      } else if (c == ',') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        fields.add(field.toString());
        field.setLength(0);
        lines.add(new Line(start, fields));
        fields = new ArrayList<>();
        if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
          i++;
        }
        line++;
        start = line;
      } else {
        field.append(c);
      }
    }
    if (quoted) {
      problem(start, fields.size() + 1, "引号未闭合");
      return null;
    }
    if (field.length() > 0 || !fields.isEmpty()) {
      fields.add(field.toString());
      lines.add(new Line(start, fields));
    }
    return lines;
  }

  private void problem(int line, int column, String message) {
    problems.add(file + ":" + line + ":" + column + ": " + message);
  }
}
