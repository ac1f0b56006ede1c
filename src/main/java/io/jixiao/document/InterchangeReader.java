package io.jixiao.document;

import io.jixiao.model.Budget;
import io.jixiao.model.BudgetUnit;
import io.jixiao.model.Department;
import io.jixiao.model.DepartmentGoals;
import io.jixiao.model.FormKind;
import io.jixiao.model.FormSections;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorFacts;
import io.jixiao.model.Money;
import io.jixiao.model.Percent;
import io.jixiao.model.Project;
import io.jixiao.model.ProjectCode;
import io.jixiao.model.ProjectFacts;
import io.jixiao.model.SelfEvaluation;
import io.jixiao.model.SpendingPlan;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.UnitCode;
import io.jixiao.model.UnparsedCell;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads the interchange format token by token, so that every problem carries its JSON path ({@code
 * projects[3].budget.total}) and line. A wrong value is reported and skipped and reading goes on,
 * so one pass finds all of them; a syntax error ends the reading. Unknown keys are ignored, so a
 * document of format version 1 (no {@code formatVersion}, no {@code form} or {@code facts}) reads
 * as before, and one of a newer version reads with a warning.
 */
final class InterchangeReader {

  /** Amounts and percentages with more integer digits than this are refused as absurd. */
  private static final int MAX_INTEGER_DIGITS = 15;

  private static final Pattern UNIT_CODE = Pattern.compile("\\d{3,12}");
  private static final Pattern PROJECT_CODE = Pattern.compile("[0-9A-Za-z]{6,40}");

  private final JsonParser p;
  private final Problems problems;
  private final List<Object> path = new ArrayList<>();
  private Integer table;

  InterchangeReader(JsonParser p, Problems problems) {
    this.p = p;
    this.problems = problems;
  }

  /** The document, or null when the text is not a readable interchange document. */
  TargetDocument document() {
    try {
      TargetDocument doc = root();
      if (doc != null && p.nextToken() != null) {
        error("IMP-JSON-SYNTAX", "JSON 对象结束后还有多余内容：" + found());
        return null;
      }
      return doc;
    } catch (JacksonException e) {
      syntaxError(e);
      return null;
    }
  }

  private TargetDocument root() {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      error("IMP-JSON-TYPE", "顶层应为 JSON 对象 {…}，实际为" + found());
      return null;
    }
    int line = line();
    String source = null;
    Department department = null;
    DepartmentGoals overall = null;
    List<Project> projects = null;
    boolean sawProjects = false;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      p.nextToken();
      enter(key);
      switch (key) {
        case "formatVersion":
          Integer version = integer();
          if (version != null && version > InterchangeJson.FORMAT_VERSION) {
            problems.warning(
                "IMP-JSON-VERSION",
                line(),
                null,
                key,
                "交换文件的格式版本为 " + version + "，新于本程序的版本 "
                    + InterchangeJson.FORMAT_VERSION + "；不认识的字段未导入");
          }
          break;
        case "source":
          source = text();
          break;
        case "department":
          department = department();
          break;
        case "overall":
          overall = overall();
          break;
        case "projects":
          sawProjects = true;
          if (p.currentToken() == JsonToken.VALUE_NULL) {
            error("IMP-JSON-TYPE", "应为数组（绩效目标表），不能为 null");
          } else {
            projects = list(this::project);
          }
          break;
        default:
          p.skipChildren();
      }
      leave();
    }
    if (!sawProjects) {
      errorAt(line, "IMP-JSON-MISSING", "缺少字段 projects：不是绩效目标交换文件");
    }
    if (source == null || source.isBlank()) {
      problems.warning("IMP-JSON-MISSING", line, null, "source", "缺少原始文件名（source），以本文件名代替");
      source = problems.file();
    }
    if (projects != null && projects.isEmpty() && !problems.hasErrors()) {
      problems.warning("IMP-JSON-EMPTY", line, null, "projects", "文件中没有绩效目标表");
    }
    if (problems.hasErrors()) {
      return null;
    }
    return new TargetDocument(source, department, overall, projects);
  }

  private Department department() {
    if (!startObject()) {
      return null;
    }
    int line = line();
    String name = null;
    Integer year = null;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      p.nextToken();
      enter(key);
      switch (key) {
        case "name":
          name = text();
          break;
        case "year":
          year = integer();
          if (year != null && (year < 1990 || year > 2100)) {
            error("IMP-JSON-VALUE", "预算年度不合理：" + year + "（应在 1990 到 2100 之间）");
            year = null;
          }
          break;
        default:
          p.skipChildren();
      }
      leave();
    }
    if (name == null || name.isBlank()) {
      errorAt(line, "IMP-JSON-MISSING", "部门名称（name）不能为空；没有部门时 department 应为 null");
      return null;
    }
    return new Department(name, year);
  }

  private DepartmentGoals overall() {
    if (!startObject()) {
      return null;
    }
    String summary = null;
    List<DepartmentGoals.SubGoal> subGoals = List.of();
    List<DepartmentGoals.Measure> measures = List.of();
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      p.nextToken();
      enter(key);
      switch (key) {
        case "summary":
          summary = text();
          break;
        case "subGoals":
          subGoals = orEmpty(list(this::subGoal));
          break;
        case "measures":
          measures = orEmpty(list(this::measure));
          break;
        default:
          p.skipChildren();
      }
      leave();
    }
    return new DepartmentGoals(summary, subGoals, measures);
  }

  private DepartmentGoals.SubGoal subGoal() {
    if (!startObject()) {
      return null;
    }
    int line = line();
    String title = null;
    String goal = null;
    List<String> indicators = List.of();
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      p.nextToken();
      enter(key);
      switch (key) {
        case "title":
          title = text();
          break;
        case "goal":
          goal = text();
          break;
        case "indicators":
          indicators = orEmpty(list(this::textElement));
          break;
        default:
          p.skipChildren();
      }
      leave();
    }
    if (title == null) {
      errorAt(line, "IMP-JSON-MISSING", "分项绩效目标缺少标题（title）");
      return null;
    }
    return new DepartmentGoals.SubGoal(title, goal, indicators);
  }

  private DepartmentGoals.Measure measure() {
    if (!startObject()) {
      return null;
    }
    int line = line();
    String title = null;
    String text = null;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      p.nextToken();
      enter(key);
      switch (key) {
        case "title":
          title = text();
          break;
        case "text":
          text = text();
          break;
        default:
          p.skipChildren();
      }
      leave();
    }
    if (title == null) {
      errorAt(line, "IMP-JSON-MISSING", "工作保障措施缺少标题（title）");
      return null;
    }
    return new DepartmentGoals.Measure(title, text);
  }

  private Project project() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      error("IMP-JSON-TYPE", "应为对象（一张绩效目标表），实际为" + found());
      p.skipChildren();
      return null;
    }
    int line = line();
    int errorsBefore = errorCount();
    table = null;
    Integer seq = null;
    String title = null;
    String unitCode = null;
    String unitName = null;
    String projectCode = null;
    String projectName = null;
    Budget budget = null;
    String fundUse = null;
    SpendingPlan plan = null;
    List<String> goals = List.of();
    List<Indicator> indicators = List.of();
    ProjectFacts facts = null;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      p.nextToken();
      enter(key);
      switch (key) {
        case "form":
          facts = form();
          break;
        case "seq":
          seq = integer();
          table = seq;
          break;
        case "title":
          title = text();
          break;
        case "unitCode":
          unitCode = text();
          if (unitCode != null && !UNIT_CODE.matcher(unitCode).matches()) {
            error("IMP-JSON-VALUE", "单位编码应为 3 到 12 位数字，实际为 \"" + unitCode + "\"");
          }
          break;
        case "unitName":
          unitName = text();
          break;
        case "projectCode":
          projectCode = text();
          if (projectCode != null && !PROJECT_CODE.matcher(projectCode).matches()) {
            error("IMP-JSON-VALUE", "项目编码应为 6 到 40 位字母或数字，实际为 \"" + projectCode + "\"");
          }
          break;
        case "projectName":
          projectName = text();
          break;
        case "budget":
          budget = budget();
          break;
        case "fundUse":
          fundUse = text();
          break;
        case "spendingPlan":
          plan = spendingPlan();
          break;
        case "goals":
          goals = orEmpty(list(this::textElement));
          break;
        case "indicators":
          indicators = orEmpty(list(this::indicator));
          break;
        default:
          p.skipChildren();
      }
      leave();
    }
    if (seq == null) {
      errorAt(line, "IMP-JSON-MISSING", "缺少表序号（seq）");
    }
    if (title == null) {
      errorAt(line, "IMP-JSON-MISSING", "缺少表标题（title）");
    }
    table = null;
    if (errorCount() > errorsBefore) {
      return null;
    }
    BudgetUnit unit =
        unitCode == null && unitName == null
            ? null
            : new BudgetUnit(unitCode == null ? null : new UnitCode(unitCode), unitName);
    ProjectCode code = projectCode == null ? null : new ProjectCode(projectCode);
    Project project =
        Project.of(seq, title, unit, code, projectName, budget, fundUse, plan, goals, indicators);
    return facts == null ? project : project.withFacts(facts);
  }

  /** The {@code form} object of format version 2: the facts of a table of another form. */
  private ProjectFacts form() {
    if (!startObject()) {
      return null;
    }
    FormKind kind = null;
    String[] header = new String[6];
    List<String> longTerm = List.of();
    SelfEvaluation self = null;
    List<UnparsedCell> unparsed = List.of();
    FormSections sections = FormSections.NONE;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      p.nextToken();
      enter(key);
      int at = FORM_KEYS.indexOf(key);
      if (key.equals("kind")) {
        String k = text();
        kind = FormKind.of(k);
        if (k != null && kind == null) {
          error("IMP-JSON-VALUE", "不认识的表样 kind：\"" + k + "\"");
        }
      } else if (at >= 0) {
        header[at] = text();
      } else if (key.equals("longTermGoals")) {
        longTerm = orEmpty(list(this::textElement));
      } else if (key.equals("selfEvaluation")) {
        self = selfEvaluation();
      } else if (key.equals("unparsed")) {
        unparsed = orEmpty(list(this::unparsedCell));
      } else if (key.equals("sections")) {
        FormSections read = sections();
        sections = read == null ? FormSections.NONE : read;
      } else {
        p.skipChildren();
      }
      leave();
    }
    return ProjectFacts.of(kind)
        .withImplementer(header[0])
        .withHeader(header[1], header[2], header[3], header[4], header[5], longTerm)
        .withSelfEvaluation(self)
        .withUnparsed(unparsed)
        .withSections(sections);
  }

  /** The {@code sections} object of a form: 整体 spending, 履职目标, 成本构成, level-1 points, results. */
  private FormSections sections() {
    if (!startObject()) {
      return null;
    }
    FormSections s = FormSections.NONE;
    Money basic = null;
    Money projects = null;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      p.nextToken();
      enter(key);
      switch (key) {
        case "basicSpending" -> basic = money();
        case "projectSpending" -> projects = money();
        case "duties" -> s = s.withDuties(orEmpty(list(this::duty)));
        case "costs" -> s = s.withCosts(orEmpty(list(this::costItem)));
        case "levelPoints" -> s = s.withLevelPoints(levelPoints());
        case "goalResults" -> s = s.withGoalResults(orEmpty(list(this::textElement)));
        default -> p.skipChildren();
      }
      leave();
    }
    return s.withSpending(basic, projects);
  }

  private FormSections.Duty duty() {
    if (!startObject()) {
      return null;
    }
    String[] t = new String[3];
    Money amount = null;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      p.nextToken();
      enter(key);
      switch (key) {
        case "function" -> t[0] = text();
        case "task" -> t[1] = text();
        case "project" -> t[2] = text();
        case "amount" -> amount = money();
        default -> p.skipChildren();
      }
      leave();
    }
    return new FormSections.Duty(t[0], t[1], t[2], amount);
  }

  private FormSections.CostItem costItem() {
    if (!startObject()) {
      return null;
    }
    String item = null;
    String basis = null;
    Money[] m = new Money[3];
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      p.nextToken();
      enter(key);
      switch (key) {
        case "item" -> item = text();
        case "basis" -> basis = text();
        case "amount" -> m[0] = money();
        case "spentTwoYearsAgo" -> m[1] = money();
        case "spentLastYear" -> m[2] = money();
        default -> p.skipChildren();
      }
      leave();
    }
    return new FormSections.CostItem(item, m[0], basis, m[1], m[2]);
  }

  /** {@code {"产出指标": 50, …}} in order; null values are left out. */
  private java.util.Map<String, BigDecimal> levelPoints() {
    java.util.Map<String, BigDecimal> out = new java.util.LinkedHashMap<>();
    if (!startObject()) {
      return out;
    }
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      p.nextToken();
      enter(key);
      BigDecimal n = number("分值");
      if (n != null) {
        out.put(key, n);
      }
      leave();
    }
    return out;
  }

  private static final List<String> FORM_KEYS =
      List.of("implementer", "attribute", "category", "nature", "period", "basis");

  private SelfEvaluation selfEvaluation() {
    if (!startObject()) {
      return null;
    }
    Money[] money = new Money[3];
    Percent rate = null;
    BigDecimal[] numbers = new BigDecimal[3];
    String grade = null;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      p.nextToken();
      enter(key);
      switch (key) {
        case "initialBudget" -> money[0] = money();
        case "adjustedBudget" -> money[1] = money();
        case "spent" -> money[2] = money();
        case "executionRate" -> rate = percent();
        case "budgetWeight" -> numbers[0] = number("分值");
        case "budgetScore" -> numbers[1] = number("得分");
        case "totalScore" -> numbers[2] = number("总分");
        case "grade" -> grade = text();
        default -> p.skipChildren();
      }
      leave();
    }
    return new SelfEvaluation(
        money[0], money[1], money[2], rate, numbers[0], numbers[1], numbers[2], grade);
  }

  private UnparsedCell unparsedCell() {
    if (!startObject()) {
      return null;
    }
    String field = null;
    String printed = null;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      p.nextToken();
      enter(key);
      switch (key) {
        case "field" -> field = text();
        case "printed" -> printed = text();
        default -> p.skipChildren();
      }
      leave();
    }
    if (field == null || printed == null) {
      error("IMP-JSON-MISSING", "未读单元格应有 field 和 printed");
      return null;
    }
    return new UnparsedCell(field, printed);
  }

  /** The {@code facts} object of format version 2: weight, direction, 自评 results. */
  private IndicatorFacts indicatorFacts() {
    if (!startObject()) {
      return null;
    }
    String[] texts = new String[5];
    BigDecimal weight = null;
    BigDecimal score = null;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      p.nextToken();
      enter(key);
      switch (key) {
        case "term" -> texts[0] = text();
        case "direction" -> texts[1] = text();
        case "remark" -> texts[2] = text();
        case "actual" -> texts[3] = text();
        case "reason" -> texts[4] = text();
        case "weight" -> weight = number("权重");
        case "score" -> score = number("得分");
        default -> p.skipChildren();
      }
      leave();
    }
    IndicatorFacts.Term term = IndicatorFacts.Term.of(texts[0]);
    if (texts[0] != null && term == null) {
      error("IMP-JSON-VALUE", "term 应为“长期”或“年度”，实际为 \"" + texts[0] + "\"");
    }
    return new IndicatorFacts(term, weight, texts[1], texts[2], texts[3], score, texts[4]);
  }

  private Budget budget() {
    if (!startObject()) {
      return null;
    }
    Money total = null;
    Money fiscal = null;
    Money other = null;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      p.nextToken();
      enter(key);
      switch (key) {
        case "total":
          total = money();
          break;
        case "fiscal":
          fiscal = money();
          break;
        case "other":
          other = money();
          break;
        default:
          p.skipChildren();
      }
      leave();
    }
    return total == null && fiscal == null && other == null
        ? null
        : new Budget(total, fiscal, other);
  }

  private SpendingPlan spendingPlan() {
    if (!startObject()) {
      return null;
    }
    Percent[] months = new Percent[4];
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      p.nextToken();
      enter(key);
      switch (key) {
        case "mar":
          months[0] = percent();
          break;
        case "jun":
          months[1] = percent();
          break;
        case "oct":
          months[2] = percent();
          break;
        case "dec":
          months[3] = percent();
          break;
        default:
          p.skipChildren();
      }
      leave();
    }
    return new SpendingPlan(months[0], months[1], months[2], months[3]);
  }

  private Indicator indicator() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      error("IMP-JSON-TYPE", "应为对象（一行绩效指标），实际为" + found());
      p.skipChildren();
      return null;
    }
    String[] cells = new String[6];
    IndicatorFacts facts = null;
    for (String key = p.nextName(); key != null; key = p.nextName()) {
      p.nextToken();
      enter(key);
      int column = INDICATOR_KEYS.indexOf(key);
      if (column >= 0) {
        cells[column] = text();
      } else if (key.equals("facts")) {
        facts = indicatorFacts();
      } else {
        p.skipChildren();
      }
      leave();
    }
    return new Indicator(cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], facts);
  }

  private static final List<String> INDICATOR_KEYS =
      List.of("l1", "l2", "l3", "description", "value", "basis");

  // ---- values

  /** True at the start of an object; false for null and, with an error, for anything else. */
  private boolean startObject() {
    JsonToken t = p.currentToken();
    if (t == JsonToken.START_OBJECT) {
      return true;
    }
    if (t != JsonToken.VALUE_NULL) {
      error("IMP-JSON-TYPE", "应为对象或 null，实际为" + found());
      p.skipChildren();
    }
    return false;
  }

  /** The elements of an array, each read at its index; null for null or a wrong type. */
  private <T> List<T> list(Supplier<T> element) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t != JsonToken.START_ARRAY) {
      error("IMP-JSON-TYPE", "应为数组 […]，实际为" + found());
      p.skipChildren();
      return null;
    }
    List<T> list = new ArrayList<>();
    int i = 0;
    while (p.nextToken() != JsonToken.END_ARRAY) {
      enter(i++);
      T value = element.get();
      if (value != null) {
        list.add(value);
      }
      leave();
    }
    return list;
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private String text() {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_STRING) {
      return p.getString();
    }
    if (t != JsonToken.VALUE_NULL) {
      error("IMP-JSON-TYPE", "不是文字：应为字符串或 null，实际为" + found());
      p.skipChildren();
    }
    return null;
  }

  private String textElement() {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return p.getString();
    }
    error("IMP-JSON-TYPE", "不是文字：应为字符串，实际为" + found());
    p.skipChildren();
    return null;
  }

  private Integer integer() {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      return p.getIntValue();
    }
    if (t != JsonToken.VALUE_NULL) {
      error("IMP-JSON-TYPE", "不是整数：实际为" + found());
      p.skipChildren();
    }
    return null;
  }

  private Money money() {
    BigDecimal n = number("金额（万元）");
    if (n == null) {
      return null;
    }
    if (n.signum() < 0) {
      error("IMP-JSON-VALUE", "金额不能为负数：" + n.toPlainString());
      return null;
    }
    if (n.scale() > 6) {
      error("IMP-JSON-VALUE", "金额最多 6 位小数：" + n.toPlainString());
      return null;
    }
    return new Money(n);
  }

  private Percent percent() {
    BigDecimal n = number("百分比");
    if (n == null) {
      return null;
    }
    if (n.signum() < 0) {
      error("IMP-JSON-VALUE", "百分比不能为负数：" + n.toPlainString());
      return null;
    }
    return new Percent(n);
  }

  private BigDecimal number(String what) {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
      BigDecimal n = p.getDecimalValue();
      if (n.precision() - n.scale() > MAX_INTEGER_DIGITS) {
        error("IMP-JSON-VALUE", what + "数值过大：" + p.getText());
        return null;
      }
      return n;
    }
    if (t != JsonToken.VALUE_NULL) {
      error("IMP-JSON-TYPE", "不是数字：应为" + what + "或 null，实际为" + found());
      p.skipChildren();
    }
    return null;
  }

  // ---- location and problems

  private void enter(Object segment) {
    path.add(segment);
  }

  private void leave() {
    path.remove(path.size() - 1);
  }

  /** The JSON path of the value being read, {@code projects[3].budget.total}; null at the root. */
  private String path() {
    if (path.isEmpty()) {
      return null;
    }
    StringBuilder b = new StringBuilder();
    for (Object segment : path) {
      if (segment instanceof Integer) {
        b.append('[').append(segment).append(']');
      } else {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(segment);
      }
    }
    return b.toString();
  }

  private int line() {
    return Math.max(0, p.currentTokenLocation().getLineNr());
  }

  private void error(String code, String message) {
    errorAt(line(), code, message);
  }

  private void errorAt(int line, String code, String message) {
    problems.error(code, line, table, path(), message);
  }

  private int errorCount() {
    return (int) problems.all().stream().filter(ImportProblem::isError).count();
  }

  /** The current token in words: {@code 字符串 "15万"}, {@code 数字 15}, {@code 对象}. */
  private String found() {
    JsonToken t = p.currentToken();
    if (t == null) {
      return "文件结尾";
    }
    switch (t) {
      case VALUE_STRING:
        return "字符串 \"" + abbreviate(p.getString()) + "\"";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "数字 " + abbreviate(p.getText());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "布尔值 " + p.getText();
      case VALUE_NULL:
        return " null";
      case START_OBJECT:
        return "对象 {…}";
      case START_ARRAY:
        return "数组 […]";
      default:
        return " " + p.getText();
    }
  }

  private static String abbreviate(String s) {
    return s.length() <= 30 ? s : s.substring(0, 30) + "…";
  }

  private void syntaxError(JacksonException e) {
    TokenStreamLocation at = e.getLocation();
    int line = at == null ? 0 : Math.max(0, at.getLineNr());
    int column = at == null ? 0 : at.getColumnNr();
    String detail = e.getOriginalMessage();
    String hint;
    if (detail != null && detail.contains("end-of-input")) {
      hint = "JSON 意外结束（缺少右括号、右方括号或引号？）";
    } else if (detail != null && detail.startsWith("Duplicate")) {
      hint = "同一对象中字段重复";
    } else {
      hint = "不符合 JSON 语法";
    }
    String where = column > 0 ? "第 " + line + " 行第 " + column + " 列" : "第 " + line + " 行";
    problems.error(
        "IMP-JSON-SYNTAX",
        line,
        table,
        path(),
        "JSON 格式错误（" + where + "）：" + hint + (detail == null ? "" : "；" + detail));
  }
}
