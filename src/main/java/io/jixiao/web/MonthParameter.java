package io.jixiao.web;

import java.time.YearMonth;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A month given in a URL ({@code ?month=2024-06}, {@code ?period=2024-6}): the monitoring pages'
 * date and the month the actuals pages and template fill in. One parser, so that every page accepts
 * and refuses the same months.
 */
final class MonthParameter {

  private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");

  private MonthParameter() {}

  /**
   * {@code 2024-06} or {@code 2024-6} as a month; null when absent or blank.
   *
   * @param field the parameter's name, for the problem detail
   * @throws WebException 400 with a Chinese message for anything else
   */
  static YearMonth parse(String text, String field) {
    if (text == null || text.isBlank()) {
      return null;
    }
    Matcher m = MONTH.matcher(text.strip());
    if (m.matches()) {
      int month = Integer.parseInt(m.group(2));
      if (month >= 1 && month <= 12) {
        return YearMonth.of(Integer.parseInt(m.group(1)), month);
      }
    }
    String message = "月份“" + text.strip() + "”格式不正确，应为“年-月”，例如 2024-06";
    throw WebException.invalid(message, List.of(new WebException.FieldProblem(field, message)));
  }
}
