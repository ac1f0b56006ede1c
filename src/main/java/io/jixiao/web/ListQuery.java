package io.jixiao.web;

import io.jixiao.store.TargetQueries;
import io.jixiao.workflow.ProjectState;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The request parameters of a list of target tables, the same for the page {@code /targets}, its
 * Excel export and the API: {@code year, department, state, grade, rule, min, max, q, sort, dir,
 * page, size}. Blank values filter nothing; a state or grade is its name or its Chinese label; an
 * amount that is no number is refused with 400 naming the parameter.
 */
record ListQuery(
    String year,
    String department,
    ProjectState state,
    Grade grade,
    String rule,
    BigDecimal min,
    BigDecimal max,
    String q,
    TargetQueries.Sort sort,
    boolean descending,
    int page) {

  private static final Pattern RULE = Pattern.compile("[A-Z][0-9]{1,2}");

  /**
   * The list's request parameters as Spring binds them (blank or absent: no filter), shared by the
   * page, its Excel export and the JSON API.
   */
  record Params(
      String year, String department, String state, String grade, String rule, String min,
      String max, String q, String sort, String dir, Integer page) {

    /** The query the parameters ask for; an invalid value is a 400 naming the parameter. */
    ListQuery query() {
      return of(year, department, state, grade, rule, min, max, q, sort, dir, page);
    }
  }

  static ListQuery of(
      String year, String department, String state, String grade, String rule, String min,
      String max, String q, String sort, String dir, Integer page) {
    return new ListQuery(
        blank(year),
        blank(department),
        state(state),
        grade(grade),
        rule(rule),
        amount("min", min),
        amount("max", max),
        blank(q),
        TargetQueries.Sort.of(blank(sort), TargetQueries.Sort.DEPARTMENT),
        "desc".equalsIgnoreCase(blank(dir)),
        page == null || page < 1 ? 1 : page);
  }

  /** The database's filter, for budget year {@code year} (null: every year). */
  TargetQueries.Filter filter(Integer shownYear, boolean indicators) {
    return new TargetQueries.Filter(shownYear, department, state == null ? null : state.name(),
        grade == null ? null : grade.name(), rule, min, max, q, indicators);
  }

  /** The same list's address with these parameters (and {@code path}), without the page. */
  UriComponentsBuilder link(String path, Integer shownYear) {
    UriComponentsBuilder b = UriComponentsBuilder.fromPath(path);
    put(b, "year", shownYear == null ? null : shownYear.toString());
    put(b, "department", department);
    put(b, "state", state == null ? null : state.name());
    put(b, "grade", grade == null ? null : grade.name());
    put(b, "rule", rule);
    put(b, "min", min == null ? null : min.toPlainString());
    put(b, "max", max == null ? null : max.toPlainString());
    put(b, "q", q);
    if (sort != TargetQueries.Sort.DEPARTMENT) {
      put(b, "sort", sort.name().toLowerCase(Locale.ROOT));
    }
    if (descending) {
      put(b, "dir", "desc");
    }
    return b;
  }

  private static void put(UriComponentsBuilder b, String name, String value) {
    if (value != null) {
      b.queryParam(name, value);
    }
  }

  private static ProjectState state(String s) {
    String v = blank(s);
    if (v == null) {
      return null;
    }
    for (ProjectState x : ProjectState.values()) {
      if (x.name().equalsIgnoreCase(v) || x.label().equals(v)) {
        return x;
      }
    }
    throw invalid("state", "状态“" + s + "”不存在，应为 编制中、已提交、已退回、已批复 或 已公开");
  }

  private static Grade grade(String s) {
    String v = blank(s);
    if (v == null) {
      return null;
    }
    for (Grade x : Grade.values()) {
      if (x.name().equalsIgnoreCase(v) || x.label().equals(v)) {
        return x;
      }
    }
    throw invalid("grade", "审核等级“" + s + "”不存在，应为 优、良、中 或 差");
  }

  private static String rule(String s) {
    String v = blank(s);
    if (v == null) {
      return null;
    }
    String r = v.toUpperCase(Locale.ROOT);
    if (!RULE.matcher(r).matches()) {
      throw invalid("rule", "规则编号“" + s + "”格式不正确，例如 B1、Q4");
    }
    return r;
  }

  private static BigDecimal amount(String name, String s) {
    String v = blank(s);
    if (v == null) {
      return null;
    }
    try {
      return new BigDecimal(v.replace(",", ""));
    } catch (NumberFormatException e) {
      throw invalid(name, "金额 " + name + "“" + s + "”不是数字（万元），例如 100 或 12.5");
    }
  }

  private static WebException invalid(String field, String message) {
    return WebException.invalid(message, List.of(new WebException.FieldProblem(field, message)));
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
