package io.jixiao.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * A versioned set of rule settings for a region and year: which rules run, at what severity, with
 * which thresholds and word lists, how findings become a grade, and how a year-end self-evaluation
 * is scored ({@link EvaluationPolicy}). The default pack ships in {@code review/default-pack.json};
 * a region pack names only what it changes and is merged over the default. Every pack is validated
 * when loaded.
 */
public final class RulePack {

  static final String DEFAULT_RESOURCE = "/review/default-pack.json";
  static final String DEFAULT_NAME = "default-pack.json";

  private static volatile RulePack defaults;

  private final String file;
  private final String id;
  private final String version;
  private final String region;
  private final Map<String, List<String>> vocabulary;
  private final Map<RuleId, RuleSettings> rules;
  private final GradingPolicy grading;
  private final EvaluationPolicy evaluation;

  RulePack(
      String file,
      String id,
      String version,
      String region,
      Map<String, List<String>> vocabulary,
      Map<RuleId, RuleSettings> rules,
      GradingPolicy grading,
      EvaluationPolicy evaluation) {
    this.file = file;
    this.id = id;
    this.version = version;
    this.region = region;
    this.vocabulary = vocabulary;
    this.rules = rules;
    this.grading = grading;
    this.evaluation = evaluation;
  }

  /** The default pack shipped with Jixiao. */
  public static RulePack defaults() {
    RulePack pack = defaults;
    if (pack == null) {
      try (InputStream in = RulePack.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("default rule pack missing: " + DEFAULT_RESOURCE);
        }
        String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        pack = RulePackParser.parse(DEFAULT_NAME, json, null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      defaults = pack;
    }
    return pack;
  }

  /** Loads a region pack and merges it over the default pack. */
  public static RulePack load(Path file) {
    String name = file.getFileName().toString();
    String json;
    try {
      json = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RulePackException(name, List.of("$: 无法读取文件（" + e.getMessage() + "）"));
    }
    return parse(name, json);
  }

  /** Parses a region pack's text, named {@code file} in errors, merged over the default pack. */
  public static RulePack parse(String file, String json) {
    return RulePackParser.parse(file, json, defaults());
  }

  /** The file the pack was read from (the region pack when merged). */
  public String file() {
    return file;
  }

  public String id() {
    return id;
  }

  public String version() {
    return version;
  }

  public String region() {
    return region;
  }

  public boolean enabled(RuleId rule) {
    return settings(rule).enabled();
  }

  /** The severity a rule's main finding has in this pack. */
  public Severity severity(RuleId rule) {
    return settings(rule).severity();
  }

  /** How self-evaluations are scored under this pack (its {@code evaluation} section). */
  public EvaluationPolicy evaluation() {
    return evaluation;
  }

  /**
   * The region's spending floors (M3): month of the budget year (1–12) → the cumulative 执行率 in
   * percent required by its end.
   */
  public SortedMap<Integer, BigDecimal> spendingFloors() {
    return Collections.unmodifiableSortedMap(settings(RuleId.M3).floors("floors"));
  }

  /** {@code default 2024.1（全国）}. */
  public String describe() {
    return id + " " + version + "（" + region + "）";
  }

  RuleSettings settings(RuleId rule) {
    RuleSettings s = rules.get(rule);
    if (s == null) {
      throw new IllegalArgumentException("rule " + rule + " has no settings in pack " + id);
    }
    return s;
  }

  Map<RuleId, RuleSettings> rules() {
    return rules;
  }

  Map<String, List<String>> vocabulary() {
    return vocabulary;
  }

  GradingPolicy grading() {
    return grading;
  }

  @Override
  public String toString() {
    return describe();
  }
}
