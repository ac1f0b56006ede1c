package io.jixiao.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How well the value grammar understood a set of printed 指标值 (the CLI prints it as "values
 * parsed").
 *
 * <p>{@code total} = {@code blank} + {@code qualitative} + {@code structured} + {@code unparsed}.
 * {@code structured} counts quantities, deadlines and relative values. {@code quantitativeLooking}
 * counts the non-blank values printing a digit (ASCII or full-width); {@code parsedQuantitative}
 * those of them the grammar read as a quantity, deadline or relative value. The goal is that both
 * shares are 100%.
 */
public record ValueGrammarStats(
    int total,
    int blank,
    int qualitative,
    int structured,
    int unparsed,
    int quantitativeLooking,
    int parsedQuantitative) {

  public static final ValueGrammarStats EMPTY = new ValueGrammarStats(0, 0, 0, 0, 0, 0, 0);

  public ValueGrammarStats {
    if (blank + qualitative + structured + unparsed != total) {
      throw new IllegalArgumentException("counts do not add up to the total " + total);
    }
    if (parsedQuantitative > quantitativeLooking) {
      throw new IllegalArgumentException("more parsed than quantitative-looking values");
    }
  }

  /** Parses every printed value and counts. */
  public static ValueGrammarStats of(Iterable<String> printed) {
    ValueGrammarStats stats = EMPTY;
    for (String p : printed) {
      stats = stats.plus(p, TargetValues.parse(p));
    }
    return stats;
  }

  /** Counts the indicators' values as already parsed. */
  public static ValueGrammarStats ofIndicators(Iterable<Indicator> indicators) {
    ValueGrammarStats stats = EMPTY;
    for (Indicator i : indicators) {
      stats = stats.plus(i.value(), i.target());
    }
    return stats;
  }

  /** These counts with one more value, printed as {@code printed} and parsed as {@code value}. */
  public ValueGrammarStats plus(String printed, TargetValue value) {
    boolean isBlank = value instanceof TargetValue.Blank;
    boolean isQualitative = value instanceof TargetValue.Qualitative;
    boolean isUnparsed = value instanceof TargetValue.Unparsed;
    boolean isStructured = !isBlank && !isQualitative && !isUnparsed;
    boolean digits = !isBlank && hasDigit(printed);
    return new ValueGrammarStats(
        total + 1,
        blank + (isBlank ? 1 : 0),
        qualitative + (isQualitative ? 1 : 0),
        structured + (isStructured ? 1 : 0),
        unparsed + (isUnparsed ? 1 : 0),
        quantitativeLooking + (digits ? 1 : 0),
        parsedQuantitative + (digits && isStructured ? 1 : 0));
  }

  public ValueGrammarStats plus(ValueGrammarStats other) {
    return new ValueGrammarStats(
        total + other.total,
        blank + other.blank,
        qualitative + other.qualitative,
        structured + other.structured,
        unparsed + other.unparsed,
        quantitativeLooking + other.quantitativeLooking,
        parsedQuantitative + other.parsedQuantitative);
  }

  /** Non-blank values understood (qualitative ones included), in percent with one decimal. */
  public BigDecimal parsedPercent() {
    return percent(total - blank - unparsed, total - blank);
  }

  /** Values printing a digit read as quantity, deadline or relative value, in percent. */
  public BigDecimal quantitativePercent() {
    return percent(parsedQuantitative, quantitativeLooking);
  }

  private static BigDecimal percent(int part, int whole) {
    if (whole == 0) {
      return BigDecimal.valueOf(1000, 1);
    }
    return BigDecimal.valueOf(part * 100L)
        .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
  }

  static boolean hasDigit(String s) {
    if (s == null) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
        return true;
      }
    }
    return false;
  }
}
