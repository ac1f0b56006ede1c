package io.jixiao.review;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A rule's settings in a rule pack: on/off, severity and its typed parameters, with the pack's
 * shared vocabulary. Read once when the engine is built, never per table.
 */
final class RuleSettings {

  private final RuleId rule;
  private final boolean enabled;
  private final Severity severity;
  private final Map<String, Object> params;
  private final Map<String, List<String>> vocabulary;

  RuleSettings(
      RuleId rule,
      boolean enabled,
      Severity severity,
      Map<String, Object> params,
      Map<String, List<String>> vocabulary) {
    this.rule = rule;
    this.enabled = enabled;
    this.severity = severity;
    this.params = Map.copyOf(params);
    this.vocabulary = vocabulary;
  }

  RuleId rule() {
    return rule;
  }

  boolean enabled() {
    return enabled;
  }

  Severity severity() {
    return severity;
  }

  Map<String, Object> params() {
    return params;
  }

  BigDecimal number(String name) {
    return (BigDecimal) require(name);
  }

  int integer(String name) {
    return (Integer) require(name);
  }

  Severity severity(String name) {
    return (Severity) require(name);
  }

  /** Month (1–12) → cumulative percentage, months in order. */
  @SuppressWarnings("unchecked")
  SortedMap<Integer, BigDecimal> floors(String name) {
    return (SortedMap<Integer, BigDecimal>) require(name);
  }

  @SuppressWarnings("unchecked")
  List<String> words(String name) {
    return (List<String>) require(name);
  }

  /** A word list shared by several rules ({@code vocabulary} in the pack). */
  List<String> vocabulary(String name) {
    List<String> words = vocabulary.get(name);
    if (words == null) {
      throw new IllegalStateException("no vocabulary list " + name);
    }
    return words;
  }

  private Object require(String name) {
    Object value = params.get(name);
    if (value == null) {
      throw new IllegalStateException(rule + " has no parameter " + name);
    }
    return value;
  }
}
