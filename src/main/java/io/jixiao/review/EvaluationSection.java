package io.jixiao.review;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Reads the {@code evaluation} section of a rule pack into an {@link EvaluationPolicy}, over the
 * base pack's policy when there is one, adding every problem with its JSON path:
 *
 * <pre>
 * "evaluation": {
 *   "weights": {"budgetExecution": 10, "output": 50, "effect": 30, "satisfaction": 10},
 *   "achievementShares": {"achieved": 100, "mostly": 80, "partly": 60, "notAchieved": 0},
 *   "gradeBounds": {"excellent": 90, "good": 80, "fair": 60},
 *   "reasonBelowExecutionPercent": 90,
 *   "severities": {"E1": "error", "E2": "warning", "E3": "warning", "E4": "error"}
 * }
 * </pre>
 *
 * Every number lies in 0..100; the weights add up to 100; a better grade never earns a smaller
 * share; the grade bounds fall from 优 to 中.
 */
final class EvaluationSection {

  private static final String PATH = "$.evaluation";
  private static final String WEIGHTS = "weights";
  private static final String SHARES = "achievementShares";
  private static final String BOUNDS = "gradeBounds";
  private static final String REASON = "reasonBelowExecutionPercent";
  private static final String SEVERITIES = "severities";

  private static final Map<String, List<String>> GROUPS =
      Map.of(
          WEIGHTS, List.of("budgetExecution", "output", "effect", "satisfaction"),
          SHARES, List.of("achieved", "mostly", "partly", "notAchieved"),
          BOUNDS, List.of("excellent", "good", "fair"));

  private static final List<String> KEYS = List.of(WEIGHTS, SHARES, BOUNDS, REASON, SEVERITIES);

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final EvaluationPolicy base;
  private final List<String> problems;

  /** {@code weights.output} → 50, {@code reasonBelowExecutionPercent} → 90. */
  private final Map<String, BigDecimal> numbers = new LinkedHashMap<>();

  private final Map<RuleId, Severity> severities = new EnumMap<>(RuleId.class);

  EvaluationSection(EvaluationPolicy base, List<String> problems) {
    this.base = base;
    this.problems = problems;
    if (base != null) {
      put(WEIGHTS, base.budgetPoints(), base.outputPoints(), base.effectPoints());
      numbers.put(WEIGHTS + ".satisfaction", base.satisfactionPoints());
      put(SHARES, base.achievedShare(), base.mostlyShare(), base.partlyShare());
      numbers.put(SHARES + ".notAchieved", base.notAchievedShare());
      put(BOUNDS, base.excellentFrom(), base.goodFrom(), base.fairFrom());
      numbers.put(REASON, base.reasonBelowExecutionPercent());
      severities.putAll(base.severities());
    }
  }

  private void put(String group, BigDecimal... values) {
    List<String> keys = GROUPS.get(group);
    for (int i = 0; i < values.length; i++) {
      numbers.put(group + "." + keys.get(i), values[i]);
    }
  }

  /** The policy of this section over the base; null (after adding problems) when invalid. */
  EvaluationPolicy parse(JsonNode node) {
    if (node == null) {
      if (base == null) {
        problem("$", "缺少必填键 evaluation");
      }
      return base;
    }
    if (!node.isObject()) {
      problem(PATH, "应为对象");
      return base;
    }
    int before = problems.size();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String key = e.getKey();
      if (GROUPS.containsKey(key)) {
        group(key, e.getValue());
      } else if (key.equals(REASON)) {
        BigDecimal n = number(PATH + "." + REASON, e.getValue());
        if (n != null) {
          numbers.put(REASON, n);
        }
      } else if (key.equals(SEVERITIES)) {
        severities(e.getValue());
      } else {
        problem(PATH + "." + key, "未知的键“" + key + "”，可用的键：" + String.join("、", KEYS));
      }
    }
    if (base == null) {
      complete(node);
    }
    if (problems.size() > before) {
      return null;
    }
    return checked();
  }

  private void group(String group, JsonNode node) {
    String path = PATH + "." + group;
    if (!node.isObject()) {
      problem(path, "应为对象");
      return;
    }
    List<String> keys = GROUPS.get(group);
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      if (!keys.contains(e.getKey())) {
        problem(path + "." + e.getKey(), "未知的键“" + e.getKey() + "”，可用的键：" + String.join("、", keys));
        continue;
      }
      BigDecimal n = number(path + "." + e.getKey(), e.getValue());
      if (n != null) {
        numbers.put(group + "." + e.getKey(), n);
      }
    }
  }

  private void severities(JsonNode node) {
    String path = PATH + "." + SEVERITIES;
    if (!node.isObject()) {
      problem(path, "应为对象，例如 {\"E1\": \"error\"}");
      return;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      RuleId rule = RuleId.of(e.getKey());
      if (rule == null || !EvaluationPolicy.RULES.contains(rule)) {
        problem(path + "." + e.getKey(), "未知的自评规则“" + e.getKey() + "”，已知的自评规则：" + ruleIds());
        continue;
      }
      JsonNode v = e.getValue();
      Severity s = v.isString() ? Severity.ofCode(v.stringValue()) : null;
      if (s == null) {
        problem(
            path + "." + e.getKey(), "应为" + Param.Kind.SEVERITY.expected() + "，实为 " + shorten(v));
        continue;
      }
      severities.put(rule, s);
    }
  }

  /** A complete pack (one without a base) names every key. */
  private void complete(JsonNode node) {
    for (String key : KEYS) {
      JsonNode child = node.get(key);
      if (child == null) {
        problem(PATH, "缺少必填键 " + key);
        continue;
      }
      if (GROUPS.containsKey(key) && child.isObject()) {
        for (String name : GROUPS.get(key)) {
          if (!child.has(name)) {
            problem(PATH + "." + key, "缺少必填键 " + name);
          }
        }
      }
      if (key.equals(SEVERITIES) && child.isObject()) {
        for (RuleId r : EvaluationPolicy.RULES) {
          if (!child.has(r.name())) {
            problem(PATH + "." + key, "缺少必填键 " + r.name());
          }
        }
      }
    }
  }

  /** The policy after the checks across values; null after adding a problem. */
  private EvaluationPolicy checked() {
    BigDecimal sum = BigDecimal.ZERO;
    for (String key : GROUPS.get(WEIGHTS)) {
      sum = sum.add(n(WEIGHTS, key));
    }
    boolean ok = true;
    if (sum.compareTo(HUNDRED) != 0) {
      problem(PATH + "." + WEIGHTS, "预算执行率与各一级指标的分值之和应为 100，实为 " + sum.toPlainString());
      ok = false;
    }
    List<String> shares = GROUPS.get(SHARES);
    for (int i = 1; i < shares.size(); i++) {
      BigDecimal better = n(SHARES, shares.get(i - 1));
      BigDecimal worse = n(SHARES, shares.get(i));
      if (worse.compareTo(better) > 0) {
        problem(
            PATH + "." + SHARES + "." + shares.get(i),
            "应不高于 "
                + shares.get(i - 1)
                + "（"
                + better.toPlainString()
                + "），实为 "
                + worse.toPlainString());
        ok = false;
      }
    }
    List<String> bounds = GROUPS.get(BOUNDS);
    for (int i = 1; i < bounds.size(); i++) {
      BigDecimal upper = n(BOUNDS, bounds.get(i - 1));
      BigDecimal lower = n(BOUNDS, bounds.get(i));
      if (lower.compareTo(upper) >= 0) {
        problem(
            PATH + "." + BOUNDS + "." + bounds.get(i),
            "应低于 "
                + bounds.get(i - 1)
                + "（"
                + upper.toPlainString()
                + "），实为 "
                + lower.toPlainString());
        ok = false;
      }
    }
    if (!ok) {
      return null;
    }
    return new EvaluationPolicy(
        n(WEIGHTS, "budgetExecution"),
        n(WEIGHTS, "output"),
        n(WEIGHTS, "effect"),
        n(WEIGHTS, "satisfaction"),
        n(SHARES, "achieved"),
        n(SHARES, "mostly"),
        n(SHARES, "partly"),
        n(SHARES, "notAchieved"),
        n(BOUNDS, "excellent"),
        n(BOUNDS, "good"),
        n(BOUNDS, "fair"),
        numbers.get(REASON),
        severities);
  }

  private BigDecimal n(String group, String key) {
    return numbers.get(group + "." + key);
  }

  /** A number from 0 to 100, or null after adding a problem. */
  private BigDecimal number(String path, JsonNode node) {
    if (!node.isNumber()) {
      problem(path, "应为 0 到 100 之间的数，实为 " + shorten(node));
      return null;
    }
    BigDecimal n = node.decimalValue();
    if (n.signum() < 0 || n.compareTo(HUNDRED) > 0) {
      problem(path, "应为 0 到 100 之间的数，实为 " + n.toPlainString());
      return null;
    }
    return n;
  }

  private void problem(String path, String message) {
    problems.add(path + ": " + message);
  }

  private static String ruleIds() {
    StringBuilder b = new StringBuilder();
    for (RuleId r : EvaluationPolicy.RULES) {
      if (b.length() > 0) {
        b.append('、');
      }
      b.append(r);
    }
    return b.toString();
  }

  private static String shorten(JsonNode node) {
    String s = node.toString();
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }
}
