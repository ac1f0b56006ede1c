package io.jixiao.document;

import io.jixiao.model.Level2;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Grids from text whose cells were glued together with no separator at all (a download site's
 * preview of a {@code .docx}, docs/forms.md file 4). Cells are cut where the form's own labels
 * delimit them and nowhere else:
 *
 * <ul>
 *   <li>each table starts with its signature block ({@code 主管部门审核意见:单位(盖章)年月 日}), then
 *       the title; header fields run from their label to the next one (项目名称, 项目类别, 项目性质,
 *       立项依据);
 *   <li>the 项目预算成本构成 block (金额 | 测算(公式)依据 | two years' 实际执行数) is cut against its 合计
 *       row: where the numbers of an item or of the 合计 are glued ({@code 118126}, {@code
 *       260238.86254.24}), every way to split them is tried and only a split whose columns add
 *       up to the 合计 is kept; when none or several fit, the block is left out (never guessed);
 *   <li>indicator rows: an optional level-2 label, the name, the 绩效标准 (recognised by its leading
 *       {@code 反映}, as every standard of this layout is printed), the value (sign, number, unit
 *       or a deadline) and, after the first value, the merged 保障措施 text up to its {@code 。}.
 * </ul>
 *
 * Rows go to {@link FormReader} with the header as printed (一级指标 holding the level-2 labels);
 * a form it cannot cut this way keeps the run-on warning of {@link RunOnForms}.
 */
final class GluedTextGridReader implements GridReader {

  private static final int RUN_ON = 400;
  private static final Pattern SIGNATURE =
      Pattern.compile("主管部门审核意见[:：]单位[(（]盖章[)）]年\\s*月\\s*日");
  private static final Pattern TITLE = Pattern.compile("项目支出绩效目标表");
  private static final String[] FIELDS = {"项目名称", "项目类别", "项目性质", "立项依据"};
  private static final String COSTS = "项目预算成本构成";
  private static final Pattern COST_HEADER =
      Pattern.compile("金额(测算[(（]公式[)）]依据)(\\d{4}年实际执行数)(\\d{4}年实际执行数)");
  private static final Pattern TOTAL = Pattern.compile("合计([\\d.]+)");
  private static final Pattern RUN = Pattern.compile("[\\d.]+");
  private static final Pattern AMOUNT = Pattern.compile("^(?:0|[1-9]\\d*)(?:\\.\\d{1,2})?$");
  private static final String GOAL = "绩效目标";
  private static final Pattern INDICATOR_HEADER =
      Pattern.compile("绩效指标(保障绩效目标实现措施)?(一级指标)(二级指标)(绩效标准)(当年预期实现值)");
  private static final Pattern VALUE =
      Pattern.compile(
          "\\d{4}年\\d{1,2}月(?:底前|底|前)?"
              + "|[≥≤<>=＞＜]?\\d+(?:\\.\\d+)?"
              + "(?:万人次|人次|万册|万元|公里|批次|小时|[天场个人次册户元%％件所家座只篇期月亩])?");
  private static final Pattern VALUE_START = Pattern.compile("[≥≤<>=＞＜\\d]");

  @Override
  public boolean accepts(SourceText text) {
    return !lines(text).isEmpty();
  }

  private static List<Integer> lines(SourceText text) {
    List<Integer> out = new ArrayList<>();
    for (int n : text.linesContaining("一级指标")) {
      String l = text.line(n);
      if (l.length() >= RUN_ON && TITLE.matcher(l).find() && SIGNATURE.matcher(l).find()
          && l.contains("项目名称")) {
        out.add(n);
      }
    }
    return out;
  }

  @Override
  public List<Grid> read(SourceText text) {
    List<Grid> grids = new ArrayList<>();
    for (int n : lines(text)) {
      String l = text.line(n);
      Matcher s = SIGNATURE.matcher(l);
      List<Integer> starts = new ArrayList<>();
      while (s.find()) {
        starts.add(s.end());
      }
      for (int k = 0; k < starts.size(); k++) {
        int end = k + 1 < starts.size() ? l.lastIndexOf("主管部门审核意见", starts.get(k + 1)) : l.length();
        Grid g = form(n, l.substring(starts.get(k), end));
        if (g != null) {
          grids.add(g);
        }
      }
    }
    return grids;
  }

  private static Grid form(int line, String f) {
    List<Grid.Row> rows = new ArrayList<>();
    int name = f.indexOf(FIELDS[0]);
    if (name < 0) {
      return null;
    }
    String title = f.substring(0, name).strip();
    int costs = f.indexOf(COSTS, name);
    int goal = f.indexOf(GOAL, Math.max(name, costs));
    Matcher h = INDICATOR_HEADER.matcher(f);
    if (costs < 0 || goal < 0 || !h.find(goal)) {
      return null;
    }
    int pos = name;
    for (int i = 0; i < FIELDS.length; i++) {
      int at = f.indexOf(FIELDS[i], pos);
      if (at < 0) {
        continue;
      }
      int next = costs;
      for (int j = i + 1; j < FIELDS.length; j++) {
        int a = f.indexOf(FIELDS[j], at + FIELDS[i].length());
        if (a >= 0) {
          next = a;
          break;
        }
      }
      rows.add(row(line, FIELDS[i], Cells.text(f.substring(at + FIELDS[i].length(), next))));
      pos = next;
    }
    costRows(line, f.substring(costs + COSTS.length(), goal), rows);
    rows.add(row(line, GOAL, Cells.text(f.substring(goal + GOAL.length(), h.start()))));
    rows.add(row(line, h.group(2), h.group(3), h.group(4), h.group(5), h.group(1)));
    indicatorRows(line, f.substring(h.end()), rows);
    return new Grid(List.of(title), rows);
  }

  private static Grid.Row row(int line, String... cells) {
    return new Grid.Row(line, java.util.Arrays.asList(cells), false);
  }

  /** The cost items and the 合计, when exactly one split of the glued numbers adds up. */
  private static void costRows(int line, String block, List<Grid.Row> rows) {
    Matcher h = COST_HEADER.matcher(block);
    Matcher t = TOTAL.matcher(block);
    if (!h.lookingAt() || !t.find(h.end())) {
      return;
    }
    String items = block.substring(h.end(), t.start());
    List<List<String[]>> solutions = new ArrayList<>();
    for (String[] total : splits(t.group(1), 3)) {
      List<List<String[]>> found = new ArrayList<>();
      solve(items, 0, total, new BigDecimal[3], new ArrayList<>(), found);
      for (List<String[]> f : found) {
        f.add(total); // the 合计 last
        solutions.add(f);
      }
      if (solutions.size() > 1) {
        return; // ambiguous: left out
      }
    }
    if (solutions.size() != 1) {
      return;
    }
    rows.add(row(line, COSTS, "金额", h.group(1), h.group(2), h.group(3)));
    List<String[]> rowsFound = solutions.get(0);
    for (int i = 0; i < rowsFound.size() - 1; i++) {
      String[] r = rowsFound.get(i);
      rows.add(row(line, r[0], r[1], r[2], r[3], r[4]));
    }
    String[] total = rowsFound.get(rowsFound.size() - 1);
    rows.add(row(line, "合计", total[0], null, total[1], total[2]));
  }

  /**
   * Items from {@code pos} on: a name, an amount, a basis, two glued actuals; adds each complete
   * reading whose three columns sum to {@code total} to {@code out}.
   */
  private static void solve(
      String s, int pos, String[] total, BigDecimal[] sums, List<String[]> items,
      List<List<String[]>> out) {
    if (pos == s.length()) {
      for (int c = 0; c < 3; c++) {
        if (sums[c] == null || sums[c].compareTo(new BigDecimal(total[c])) != 0) {
          return;
        }
      }
      out.add(new ArrayList<>(items));
      return;
    }
    Matcher m = RUN.matcher(s);
    if (!m.find(pos) || m.start() == pos || !AMOUNT.matcher(m.group()).matches()) {
      return;
    }
    String itemName = s.substring(pos, m.start());
    String amount = m.group();
    int basisStart = m.end();
    Matcher q = RUN.matcher(s);
    int from = basisStart;
    while (q.find(from)) {
      from = q.end();
      if (q.start() == basisStart) {
        continue; // the basis starts with text
      }
      for (String[] actuals : splits(q.group(), 2)) {
        BigDecimal[] next = {
          add(sums[0], amount), add(sums[1], actuals[0]), add(sums[2], actuals[1])
        };
        items.add(new String[] {
          itemName, amount, s.substring(basisStart, q.start()), actuals[0], actuals[1]
        });
        solve(s, q.end(), total, next, items, out);
        items.remove(items.size() - 1);
      }
      if (from >= s.length()) {
        break;
      }
    }
  }

  private static BigDecimal add(BigDecimal sum, String n) {
    BigDecimal v = new BigDecimal(n);
    return sum == null ? v : sum.add(v);
  }

  /** Every way to read {@code digits} as {@code parts} glued amounts. */
  static List<String[]> splits(String digits, int parts) {
    List<String[]> out = new ArrayList<>();
    if (parts == 1) {
      if (AMOUNT.matcher(digits).matches()) {
        out.add(new String[] {digits});
      }
      return out;
    }
    for (int i = 1; i < digits.length(); i++) {
      String head = digits.substring(0, i);
      if (!AMOUNT.matcher(head).matches()) {
        continue;
      }
      for (String[] rest : splits(digits.substring(i), parts - 1)) {
        String[] all = new String[parts];
        all[0] = head;
        System.arraycopy(rest, 0, all, 1, rest.length);
        out.add(all);
      }
    }
    return out;
  }

  /** Indicator rows: [level-2 label] name 反映… value [保障措施…。]. */
  private static void indicatorRows(int line, String s, List<Grid.Row> rows) {
    int pos = 0;
    while (pos < s.length()) {
      String label = level2At(s, pos);
      if (label != null) {
        pos += label.length();
      }
      int desc = s.indexOf("反映", pos);
      if (desc < 0) {
        return;
      }
      Matcher v = VALUE_START.matcher(s);
      if (!v.find(desc)) {
        return;
      }
      Matcher value = VALUE.matcher(s);
      value.region(v.start(), s.length());
      if (!value.lookingAt()) {
        return;
      }
      int end = value.end();
      String measures = null;
      int stop = s.indexOf('。', end);
      int nextDesc = s.indexOf("反映", end);
      if (stop >= 0 && (nextDesc < 0 || stop < nextDesc) && level2At(s, end) == null) {
        measures = s.substring(end, stop + 1);
        end = stop + 1;
      }
      rows.add(row(line, label, s.substring(pos, desc), s.substring(desc, v.start()),
          value.group(), measures));
      pos = end;
    }
  }

  /** The longest level-2 label printed at {@code pos}, null when none. */
  private static String level2At(String s, int pos) {
    String best = null;
    for (Level2 l : Level2.values()) {
      if (s.startsWith(l.label(), pos) && (best == null || l.label().length() > best.length())) {
        best = l.label();
      }
    }
    return best;
  }
}
