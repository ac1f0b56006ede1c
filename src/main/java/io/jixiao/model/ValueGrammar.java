package io.jixiao.model;

import io.jixiao.model.ValueText.Num;
import java.util.List;

/**
 * The value grammar behind {@link TargetValues#parse(String)}.
 *
 * <p>Order of reading a value that prints digits:
 *
 * <ol>
 *   <li>relative to a base period ({@code 较上年提高5%}, {@code ≥上年}, {@code 与2023年相比有所提升}): when a base
 *       word (上年, 去年, 同期, 同比 …) is printed with a comparison, and no number other than a year comes
 *       before it;
 *   <li>the dates ({@link DeadlineReader}) and the other numbers read as quantities ({@link
 *       QuantityReader}); the quantity is the first number with a sign, a unit, 余 or 多, else the
 *       first number;
 *   <li>a deadline when dates are printed and no number carries a sign or unit ({@code
 *       2024年12月底前完成}); a quantity otherwise, the dates staying in its remark ({@code 2024年完成10个}
 *       is 10 个 with the remark {@code 2024年完成}).
 * </ol>
 *
 * <p>A value whose only digits are in a citation ({@code 符合《…》（HY/T123-2009）}) is {@link
 * TargetValue.Unparsed}, as is an impossible month or day ({@code 2024年13月}); {@code 11月31日} is a
 * deadline whose {@link TargetValue.Deadline#possible} is false. A value with digits is never
 * qualitative.
 *
 * <p>Without digits: relative, a deadline in words ({@code 年底前}, {@code 上半年}, {@code 第三季度}), a
 * quantity in Chinese numerals filling the value ({@code 一次}), else qualitative.
 */
final class ValueGrammar {

  private static final TargetValue.Blank BLANK = new TargetValue.Blank();

  /** The words that make a base word a comparison: 较上年, 与上年相比, 上年水平 (signs count too). */
  private static final String[] COMPARISON = {"较", "比", "相比", "水平", "相当", "一致", "持平"};

  private ValueGrammar() {}

  static TargetValue parse(String printed) {
    if (printed == null) {
      return BLANK;
    }
    ValueText v = ValueText.of(printed);
    if (v.isEmpty()) {
      return BLANK;
    }
    if (v.numbers.isEmpty()) {
      if (v.printedDigits) {
        return new TargetValue.Unparsed("its only numbers are in a cited standard or document");
      }
      return withoutDigits(v, printed);
    }
    TargetValue.Relative relative = relative(v);
    if (relative != null) {
      return relative;
    }
    DeadlineReader.Found dates = DeadlineReader.read(v);
    QuantityReader.Reading chosen = null;
    QuantityReader.Reading first = null;
    int readTo = -1;
    List<Num> nums = v.numbers;
    for (int i = 0; i < nums.size(); i++) {
      Num n = nums.get(i);
      if ((dates != null && dates.used[i]) || n.start < readTo) {
        continue;
      }
      QuantityReader.Reading r = QuantityReader.read(v, n);
      readTo = r.end;
      if (first == null) {
        first = r;
      }
      if (r.strong) {
        chosen = r;
        break;
      }
    }
    if (chosen == null) {
      chosen = first;
    }
    if (dates != null && (chosen == null || !chosen.strong)) {
      return dates.value();
    }
    if (chosen == null) {
      return new TargetValue.Unparsed("no number could be read"); // not reached: digits exist
    }
    return chosen.toQuantity(v.text);
  }

  private static TargetValue withoutDigits(ValueText v, String printed) {
    TargetValue.Relative relative = relative(v);
    if (relative != null) {
      return relative;
    }
    TargetValue.Deadline deadline = DeadlineReader.words(v.text);
    if (deadline != null) {
      return deadline;
    }
    TargetValue.Quantity quantity = QuantityReader.chinese(v.text);
    if (quantity != null) {
      return quantity;
    }
    return new TargetValue.Qualitative(printed.strip());
  }

  /** A value relative to a base period, or null. */
  private static TargetValue.Relative relative(ValueText v) {
    String s = v.text;
    int base = SignWords.relativeKeyword(s);
    if (base < 0) {
      base = yearBase(v);
    }
    if (base < 0 || !comparison(s)) {
      return null;
    }
    for (Num n : v.numbers) {
      if (n.start >= base) {
        break;
      }
      if (!isYear(v, n)) {
        return null; // ≥90%（上年85%）: a quantity with a note
      }
    }
    Sign sign = SignWords.relativeSign(s);
    for (Num n : v.numbers) {
      if (n.start > base && !isYear(v, n)) {
        Units.Match u = Units.at(s, n.end);
        return new TargetValue.Relative(sign, n.value(), u == null ? null : u.unit);
      }
    }
    return new TargetValue.Relative(sign);
  }

  private static boolean comparison(String s) {
    if (SignWords.hasRelativeWord(s)) {
      return true;
    }
    for (String w : COMPARISON) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** {@code 较2023年}, {@code 与2023年相比}, {@code 比2023年}: where the base starts, or -1. */
  private static int yearBase(ValueText v) {
    for (Num n : v.numbers) {
      char before = v.at(n.start - 1);
      if ((before == '较' || before == '与' || before == '比') && isYear(v, n)) {
        return n.start - 1;
      }
    }
    return -1;
  }

  private static boolean isYear(ValueText v, Num n) {
    if (!n.isInteger() || n.integerDigits != 4 || v.at(n.end) != '年') {
      return false;
    }
    int y = n.integerPart();
    return y >= 1900 && y <= 2199;
  }
}
