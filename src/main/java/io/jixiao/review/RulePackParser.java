package io.jixiao.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and validates a rule pack against the schema of the registered rules, collecting every
 * problem with its JSON path. A pack without a base must be complete; a pack with a base (a region
 * pack) overrides only what it names.
 */
final class RulePackParser {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static final Set<String> TOP_LEVEL =
      Set.of(
          "id", "version", "region", "description", "vocabulary", "grading", "rules", "evaluation",
          "workflow");

  private static final List<String> GRADING_KEYS =
      List.of("excellentMaxWarnings", "fairMinWarnings", "poorMinErrors", "poorRules");

  private final String file;
  private final RulePack base;
  private final List<String> problems = new ArrayList<>();

  private RulePackParser(String file, RulePack base) {
    this.file = file;
    this.base = base;
  }

  static RulePack parse(String file, String json, RulePack base) {
    return new RulePackParser(file, base).parse(json);
  }

  private RulePack parse(String json) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (JacksonException e) {
      String where =
          e.getLocation() == null
              ? ""
              : "第 " + e.getLocation().getLineNr() + " 行第 " + e.getLocation().getColumnNr() + " 列";
      throw new RulePackException(
          file, List.of("$: 不是有效的 JSON（" + where + "：" + e.getOriginalMessage() + "）"));
    }
    if (root == null || !root.isObject()) {
      throw new RulePackException(file, List.of("$: 规则包应为 JSON 对象"));
    }
    for (String key : root.propertyNames()) {
      if (!TOP_LEVEL.contains(key)) {
        problem("$." + key, "未知的键“" + key + "”，可用的键：" + String.join("、", sorted(TOP_LEVEL)));
      }
    }
    String id = requiredText(root, "id");
    String version = requiredText(root, "version");
    String region = requiredText(root, "region");
    if (root.has("description") && !root.get("description").isString()) {
      problem("$.description", "应为字符串");
    }
    Map<String, List<String>> vocabulary = vocabulary(root.get("vocabulary"));
    GradingPolicy grading = grading(root.get("grading"));
    Map<RuleId, RuleSettings> rules = rules(root.get("rules"), vocabulary);
    EvaluationPolicy evaluation =
        new EvaluationSection(base == null ? null : base.evaluation(), problems)
            .parse(root.get("evaluation"));
    String approveWithErrors = workflow(root.get("workflow"));
    if (!problems.isEmpty()) {
      throw new RulePackException(file, problems);
    }
    return new RulePack(
        file, id, version, region, vocabulary, rules, grading, evaluation, approveWithErrors);
  }

  /** The {@code workflow} section: {@code approveWithErrors}, inherited from the base pack. */
  private String workflow(JsonNode node) {
    String inherited = base == null ? RulePack.OVERRIDE_WITH_REASON : base.approveWithErrors();
    if (node == null) {
      return inherited;
    }
    if (!node.isObject()) {
      problem("$.workflow", "应为对象");
      return inherited;
    }
    String result = inherited;
    for (String key : node.propertyNames()) {
      JsonNode v = node.get(key);
      if (!key.equals("approveWithErrors")) {
        problem("$.workflow." + key, "未知的键“" + key + "”，可用的键：approveWithErrors");
      } else if (v.isString()
          && (v.asString().equals(RulePack.REFUSE)
              || v.asString().equals(RulePack.OVERRIDE_WITH_REASON))) {
        result = v.asString();
      } else {
        problem("$.workflow.approveWithErrors",
            "应为 \"" + RulePack.REFUSE + "\"（有错误不得批复）或 \"" + RulePack.OVERRIDE_WITH_REASON
                + "\"（填写理由后可批复）");
      }
    }
    return result;
  }

  private Map<String, List<String>> vocabulary(JsonNode node) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    if (base != null) {
      result.putAll(base.vocabulary());
    }
    if (node == null) {
      if (base == null) {
        problem("$", "缺少必填键 vocabulary");
      }
      return result;
    }
    if (!node.isObject()) {
      problem("$.vocabulary", "应为对象");
      return result;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String path = "$.vocabulary." + e.getKey();
      if (!Rules.VOCABULARY.contains(e.getKey())) {
        problem(path, "未知的词表“" + e.getKey() + "”，可用的词表：" + String.join("、", Rules.VOCABULARY));
        continue;
      }
      Object words = convert(path, Param.Kind.WORDS, e.getValue());
      if (words != null) {
        @SuppressWarnings("unchecked")
        List<String> list = (List<String>) words;
        result.put(e.getKey(), list);
      }
    }
    if (base == null) {
      for (String name : Rules.VOCABULARY) {
        if (!node.has(name)) {
          problem("$.vocabulary", "缺少必填键 " + name);
        }
      }
    }
    return Map.copyOf(result);
  }

  private GradingPolicy grading(JsonNode node) {
    GradingPolicy inherited = base == null ? null : base.grading();
    Integer maxWarnings = inherited == null ? null : inherited.excellentMaxWarnings();
    Integer fairWarnings = inherited == null ? null : inherited.fairMinWarnings();
    Integer minErrors = inherited == null ? null : inherited.poorMinErrors();
    Set<RuleId> poorRules = inherited == null ? null : inherited.poorRules();
    if (node == null) {
      if (base == null) {
        problem("$", "缺少必填键 grading");
      }
      return inherited;
    }
    if (!node.isObject()) {
      problem("$.grading", "应为对象");
      return inherited;
    }
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String path = "$.grading." + e.getKey();
      switch (e.getKey()) {
        case "excellentMaxWarnings":
          maxWarnings = (Integer) convert(path, Param.Kind.INTEGER, e.getValue());
          break;
        case "fairMinWarnings":
          fairWarnings = (Integer) convert(path, Param.Kind.INTEGER, e.getValue());
          break;
        case "poorMinErrors":
          minErrors = (Integer) convert(path, Param.Kind.INTEGER, e.getValue());
          if (minErrors != null && minErrors < 1) {
            problem(path, "应至少为 1，实为 " + minErrors);
            minErrors = null;
          }
          break;
        case "poorRules":
          @SuppressWarnings("unchecked")
          Set<RuleId> rules = (Set<RuleId>) convert(path, Param.Kind.RULES, e.getValue());
          poorRules = rules;
          break;
        default:
          problem(path, "未知的键“" + e.getKey() + "”，可用的键：" + String.join("、", GRADING_KEYS));
      }
    }
    if (maxWarnings == null || fairWarnings == null || minErrors == null || poorRules == null) {
      if (base == null) {
        for (String key : GRADING_KEYS) {
          if (!node.has(key)) {
            problem("$.grading", "缺少必填键 " + key);
          }
        }
      }
      return null;
    }
    if (fairWarnings <= maxWarnings) {
      problem(
          "$.grading.fairMinWarnings",
          "应大于 excellentMaxWarnings（" + maxWarnings + "），实为 " + fairWarnings);
      return null;
    }
    return new GradingPolicy(maxWarnings, fairWarnings, minErrors, poorRules);
  }

  private Map<RuleId, RuleSettings> rules(JsonNode node, Map<String, List<String>> vocabulary) {
    Map<RuleId, Map<String, Object>> values = new EnumMap<>(RuleId.class);
    for (Rules.Registration r : Rules.ALL) {
      Map<String, Object> v = new LinkedHashMap<>();
      if (base != null) {
        RuleSettings inherited = base.settings(r.id());
        v.put("enabled", inherited.enabled());
        v.put("severity", inherited.severity());
        v.putAll(inherited.params());
      }
      values.put(r.id(), v);
    }
    if (node == null) {
      if (base == null) {
        problem("$", "缺少必填键 rules");
      }
    } else if (!node.isObject()) {
      problem("$.rules", "应为对象");
    } else {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        rule(e.getKey(), e.getValue(), values);
      }
    }
    Map<RuleId, RuleSettings> result = new EnumMap<>(RuleId.class);
    for (Rules.Registration r : Rules.ALL) {
      Map<String, Object> v = values.get(r.id());
      boolean complete = v.containsKey("enabled") && v.containsKey("severity");
      for (Param p : r.params()) {
        complete &= v.containsKey(p.name());
      }
      if (!complete) {
        if (base == null && node != null && node.isObject() && !node.has(r.id().name())) {
          problem("$.rules", "缺少规则 " + r.id() + "（" + r.id().title() + "）");
        }
        continue;
      }
      Map<String, Object> params = new LinkedHashMap<>(v);
      boolean enabled = (Boolean) params.remove("enabled");
      Severity severity = (Severity) params.remove("severity");
      result.put(r.id(), new RuleSettings(r.id(), enabled, severity, params, vocabulary));
    }
    return result;
  }

  private void rule(String key, JsonNode node, Map<RuleId, Map<String, Object>> values) {
    String path = "$.rules." + key;
    RuleId id = RuleId.of(key);
    Rules.Registration registration = id == null ? null : Rules.registration(id);
    if (registration == null) {
      problem(path, "未知的规则编号“" + key + "”，已知的规则：" + Rules.ids());
      return;
    }
    if (!node.isObject()) {
      problem(path, "应为对象，例如 {\"enabled\": true, \"severity\": \"warning\"}");
      return;
    }
    Map<String, Object> v = values.get(id);
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String name = e.getKey();
      Param.Kind kind;
      if (name.equals("enabled")) {
        kind = Param.Kind.BOOLEAN;
      } else if (name.equals("severity")) {
        kind = Param.Kind.SEVERITY;
      } else {
        Param param = registration.param(name);
        if (param == null) {
          problem(
              path + "." + name,
              "规则 " + key + " 没有参数“" + name + "”，可用的参数：" + registration.paramNames());
          continue;
        }
        kind = param.kind();
      }
      Object value = convert(path + "." + name, kind, e.getValue());
      if (value != null) {
        v.put(name, value);
      }
    }
    if (base == null) {
      List<String> missing = new ArrayList<>();
      for (String name : registration.allParamNames()) {
        if (!node.has(name)) {
          missing.add(name);
        }
      }
      if (!missing.isEmpty()) {
        problem(path, "缺少必填键 " + String.join("、", missing));
      }
    }
  }

  /** The value of {@code node} as {@code kind}, or null after recording a problem. */
  private Object convert(String path, Param.Kind kind, JsonNode node) {
    switch (kind) {
      case BOOLEAN:
        if (node.isBoolean()) {
          return node.booleanValue();
        }
        break;
      case SEVERITY:
        if (node.isString() && Severity.ofCode(node.stringValue()) != null) {
          return Severity.ofCode(node.stringValue());
        }
        break;
      case NUMBER:
        if (node.isNumber()) {
          BigDecimal n = node.decimalValue();
          if (n.signum() < 0) {
            problem(path, "阈值不能为负数，实为 " + n.toPlainString());
            return null;
          }
          return n;
        }
        break;
      case INTEGER:
        if (node.isIntegralNumber() && node.canConvertToInt()) {
          int n = node.intValue();
          if (n < 0) {
            problem(path, "阈值不能为负数，实为 " + n);
            return null;
          }
          return n;
        }
        break;
      case WORDS:
        if (node.isArray()) {
          List<String> words = new ArrayList<>(node.size());
          for (int i = 0; i < node.size(); i++) {
            JsonNode w = node.get(i);
            if (!w.isString() || w.stringValue().isBlank()) {
              problem(path + "[" + i + "]", "应为非空字符串，实为 " + shorten(w));
              return null;
            }
            words.add(w.stringValue().strip());
          }
          return List.copyOf(words);
        }
        break;
      case GRADES:
        if (node.isArray()) {
          List<String> grades = new ArrayList<>(node.size());
          for (int i = 0; i < node.size(); i++) {
            JsonNode w = node.get(i);
            if (!w.isString() || !PriorOutcome.GRADES.contains(w.stringValue().strip())) {
              problem(path + "[" + i + "]", "应为“优”“良”“中”“差”之一，实为 " + shorten(w));
              return null;
            }
            grades.add(w.stringValue().strip());
          }
          return List.copyOf(grades);
        }
        break;
      case RULES:
        if (node.isArray()) {
          Set<RuleId> rules = EnumSet.noneOf(RuleId.class);
          for (int i = 0; i < node.size(); i++) {
            JsonNode w = node.get(i);
            RuleId r = w.isString() ? RuleId.of(w.stringValue()) : null;
            if (r == null) {
              problem(path + "[" + i + "]", "未知的规则编号 " + shorten(w) + "，已知的规则：" + Rules.ids());
              return null;
            }
            rules.add(r);
          }
          return rules;
        }
        break;
      case FLOORS:
        if (node.isObject()) {
          return floors(path, node);
        }
        break;
      default:
        throw new IllegalStateException("unknown kind " + kind);
    }
    problem(path, "应为" + kind.expected() + "，实为 " + shorten(node));
    return null;
  }

  /**
   * {@code {"4": 25, "6": 40}}: months 1–12, percentages 0–100 that never decrease from one month
   * to the next (the floors are cumulative); null after recording the problems.
   */
  private SortedMap<Integer, BigDecimal> floors(String path, JsonNode node) {
    SortedMap<Integer, BigDecimal> floors = new TreeMap<>();
    boolean ok = true;
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      String at = path + "." + e.getKey();
      Integer month = month(e.getKey());
      if (month == null) {
        problem(at, "月份应为 1–12 的整数，实为“" + e.getKey() + "”");
        ok = false;
        continue;
      }
      if (floors.containsKey(month)) {
        problem(at, month + " 月重复");
        ok = false;
        continue;
      }
      JsonNode v = e.getValue();
      if (!v.isNumber()) {
        problem(at, "应为 0–100 的百分数，实为 " + shorten(v));
        ok = false;
        continue;
      }
      BigDecimal percent = v.decimalValue();
      if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
        problem(at, "应在 0–100 之间，实为 " + percent.toPlainString());
        ok = false;
        continue;
      }
      floors.put(month, percent);
    }
    Map.Entry<Integer, BigDecimal> previous = null;
    for (Map.Entry<Integer, BigDecimal> e : floors.entrySet()) {
      if (previous != null && e.getValue().compareTo(previous.getValue()) < 0) {
        problem(
            path,
            "进度要求是累计百分数，"
                + e.getKey()
                + " 月（"
                + e.getValue().toPlainString()
                + "%）不能低于 "
                + previous.getKey()
                + " 月（"
                + previous.getValue().toPlainString()
                + "%）");
        ok = false;
      }
      previous = e;
    }
    return ok ? Collections.unmodifiableSortedMap(floors) : null;
  }

  private static Integer month(String key) {
    if (key.isEmpty() || key.length() > 2) {
      return null;
    }
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) < '0' || key.charAt(i) > '9') {
        return null;
      }
    }
    int month = Integer.parseInt(key);
    return month >= 1 && month <= 12 ? month : null;
  }

  private String requiredText(JsonNode root, String key) {
    JsonNode node = root.get(key);
    if (node == null) {
      problem("$", "缺少必填键 " + key);
      return null;
    }
    if (!node.isString() || node.stringValue().isBlank()) {
      problem("$." + key, "应为非空字符串，实为 " + shorten(node));
      return null;
    }
    return node.stringValue().strip();
  }

  private void problem(String path, String message) {
    problems.add(path + ": " + message);
  }

  private static String shorten(JsonNode node) {
    String s = node.toString();
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  private static List<String> sorted(Set<String> set) {
    List<String> list = new ArrayList<>(set);
    list.sort(null);
    return list;
  }
}
