package io.jixiao.web;

import io.jixiao.workflow.ProjectSummary;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The budget year (年度) a list of target tables shows: one year at a time, as a finance bureau
 * reviews, by default the newest year stored. Tables whose document names no year are shown in
 * every year.
 *
 * @param year the year shown; null when no table names a year
 * @param years the years of the tables, newest first
 * @param tables the tables of {@code year} and those without a year, in their order
 */
record YearSelection(Integer year, List<Integer> years, List<ProjectSummary> tables) {

  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  /** A year as a link to the same page showing it. */
  record YearLink(int year, boolean shown, String href) {}

  /**
   * The tables of the year {@code requested} (a request parameter; blank: the newest year).
   *
   * @throws WebException when {@code requested} is not a four-digit year
   */
  static YearSelection of(List<ProjectSummary> all, String requested) {
    List<Integer> years =
        all.stream()
            .map(ProjectSummary::budgetYear)
            .filter(Objects::nonNull)
            .distinct()
            .sorted(Comparator.reverseOrder())
            .toList();
    Integer year = parse(requested);
    if (year == null && !years.isEmpty()) {
      year = years.get(0);
    }
    Integer shown = year;
    List<ProjectSummary> tables =
        all.stream()
            .filter(t -> t.budgetYear() == null || shown == null || shown.equals(t.budgetYear()))
            .toList();
    return new YearSelection(year, years, tables);
  }

  /**
   * The year {@code requested} (blank: the newest) among the budget years {@code years} (newest
   * first) that a list counts in SQL; {@link #tables()} is empty.
   */
  static YearSelection ofYears(List<Integer> years, String requested) {
    Integer year = parse(requested);
    if (year == null && !years.isEmpty()) {
      year = years.get(0);
    }
    return new YearSelection(year, List.copyOf(years), List.of());
  }

  /** The tables of the newest year of {@code all}, with those without a year. */
  static List<ProjectSummary> newest(List<ProjectSummary> all) {
    return of(all, null).tables();
  }

  /** True when a year was asked for that no table has: the page is empty. */
  public boolean unknown() {
    return year != null && !years.contains(year);
  }

  /**
   * Every year stored as a link to {@code page} (the page's path and other parameters) with that
   * year, the one shown marked.
   */
  List<YearLink> links(UriComponentsBuilder page) {
    List<YearLink> links = new ArrayList<>();
    for (int y : years) {
      String href =
          page.cloneBuilder().replaceQueryParam("year", y).build().encode().toUriString();
      links.add(new YearLink(y, year != null && y == year, href));
    }
    return links;
  }

  private static Integer parse(String requested) {
    if (requested == null || requested.isBlank()) {
      return null;
    }
    String s = requested.strip();
    if (!YEAR.matcher(s).matches()) {
      String message = "年度“" + requested + "”格式不正确，应为四位数字的年份，例如 2024";
      throw WebException.invalid(message, List.of(new WebException.FieldProblem("year", message)));
    }
    return Integer.valueOf(s);
  }
}
