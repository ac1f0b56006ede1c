package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule packs: the default, a region pack merged over it, and validation with JSON paths. */
class RulePackTest {

  @TempDir Path dir;

  @Test
  void theDefaultPackConfiguresEveryRegisteredRule() {
    RulePack pack = RulePack.defaults();

    assertThat(pack.id()).isEqualTo("default");
    assertThat(pack.region()).isEqualTo("全国");
    assertThat(pack.describe()).isEqualTo("default 2024.1（全国）");
    for (Rules.Registration r : Rules.ALL) {
      assertThat(pack.enabled(r.id())).as(r.id().name()).isTrue();
    }
    assertThat(pack.severity(RuleId.S1)).isEqualTo(Severity.ERROR);
    assertThat(pack.severity(RuleId.Q2)).isEqualTo(Severity.INFO);
    assertThat(pack.settings(RuleId.Q7).number("minSatisfaction")).isEqualByComparingTo("80");
    assertThat(pack.settings(RuleId.Q4).words("words"))
        .containsExactly("预算执行率", "按预算资金完成率", "资金到位率", "资金使用合规性", "资金拨付率", "拨付率");
  }

  @Test
  void aRegionPackOverridesOnlyWhatItNames() throws IOException {
    Path file =
        write(
            "hebei-2024.json",
            "{\"id\": \"hebei\", \"version\": \"2024.2\", \"region\": \"河北省\","
                + " \"rules\": {\"Q7\": {\"minSatisfaction\": 85}, \"Q2\": {\"enabled\": false},"
                + " \"Q4\": {\"severity\": \"error\"}}}");

    RulePack pack = RulePack.load(file);

    assertThat(pack.describe()).isEqualTo("hebei 2024.2（河北省）");
    assertThat(pack.settings(RuleId.Q7).number("minSatisfaction")).isEqualByComparingTo("85");
    assertThat(pack.settings(RuleId.Q7).severity()).isEqualTo(Severity.WARNING);
    assertThat(pack.enabled(RuleId.Q2)).isFalse();
    assertThat(pack.severity(RuleId.Q4)).isEqualTo(Severity.ERROR);
    assertThat(pack.settings(RuleId.Q4).words("words")).contains("按预算资金完成率");
    assertThat(pack.grading()).isEqualTo(RulePack.defaults().grading());
  }

  @Test
  void theEngineFollowsTheRegionPack() throws IOException {
    RulePack pack =
        RulePack.load(
            write(
                "strict.json",
                "{\"id\": \"strict\", \"version\": \"1\", \"region\": \"某市\", \"rules\": {\"Q7\":"
                    + " {\"minSatisfaction\": 95}, \"Q2\": {\"enabled\": false}}}"));
    ReviewEngine engine = new ReviewEngine(pack);

    // 001 table 1: 服务对象满意度 ≥90%, below the region's 95
    DocumentReview review =
        engine.review(Tables.chengde(Tables.chengde1QualityInspection().build()));

    assertThat(review.pack()).isEqualTo("strict 1（某市）");
    assertThat(review.allFindings()).noneMatch(f -> f.rule() == RuleId.Q2);
    assertThat(review.allFindings())
        .filteredOn(f -> f.rule() == RuleId.Q7)
        .singleElement()
        .extracting(Finding::message)
        .isEqualTo("满意度目标“≥90%”低于 95%");
  }

  @Test
  void anUnknownRuleIdIsNamedWithFileAndPath() throws IOException {
    Path file =
        write(
            "bad.json",
            "{\"id\": \"x\", \"version\": \"1\", \"region\": \"某省\", \"rules\": {\"Q99\": {}}}");

    assertThatThrownBy(() -> RulePack.load(file))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("bad.json: $.rules.Q99: 未知的规则编号“Q99”");
  }

  @Test
  void aWrongTypeIsNamedWithItsPath() {
    assertThatThrownBy(
            () -> RulePack.parse("region.json", pack("\"Q7\": {\"minSatisfaction\": \"80\"}")))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("region.json: $.rules.Q7.minSatisfaction: 应为非负数，实为 \"80\"");
  }

  @Test
  void aNegativeThresholdIsRefused() {
    assertThatThrownBy(
            () -> RulePack.parse("region.json", pack("\"Q7\": {\"minSatisfaction\": -5}")))
        .hasMessageContaining("$.rules.Q7.minSatisfaction: 阈值不能为负数，实为 -5");
  }

  @Test
  void anUnknownParameterListsTheKnownOnes() {
    assertThatThrownBy(() -> RulePack.parse("region.json", pack("\"Q7\": {\"minimum\": 80}")))
        .hasMessageContaining(
            "$.rules.Q7.minimum: 规则 Q7 没有参数“minimum”，可用的参数：enabled、severity、minSatisfaction");
  }

  @Test
  void aMissingRequiredKeyIsNamed() {
    assertThatThrownBy(() -> RulePack.parse("region.json", "{\"id\": \"x\", \"region\": \"某省\"}"))
        .hasMessageContaining("region.json: $: 缺少必填键 version");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    RulePackException e =
        (RulePackException)
            catchThrowable(
                () ->
                    RulePack.parse(
                        "region.json",
                        pack(
                            "\"Q7\": {\"severity\": \"fatal\"}, \"Q4\": {\"words\": [\"预算执行率\","
                                + " 3]}")));

    assertThat(e.file()).isEqualTo("region.json");
    assertThat(e.problems())
        .containsExactly(
            "$.rules.Q7.severity: 应为\"error\"、\"warning\" 或 \"info\"，实为 \"fatal\"",
            "$.rules.Q4.words[1]: 应为非空字符串，实为 3");
  }

  @Test
  void invalidJsonIsReportedWithLineAndColumn() {
    assertThatThrownBy(() -> RulePack.parse("broken.json", "{\"id\": \"x\",\n \"version\": }"))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("broken.json: $: 不是有效的 JSON（第 2 行");
  }

  @Test
  void aDuplicateKeyIsRefused() {
    assertThatThrownBy(
            () ->
                RulePack.parse(
                    "dup.json", pack("\"Q7\": {\"minSatisfaction\": 80, \"minSatisfaction\": 90}")))
        .hasMessageContaining("dup.json: $: 不是有效的 JSON");
  }

  @Test
  void aCompletePackWithoutBaseMustNameEveryRule() {
    String json =
        "{\"id\": \"x\", \"version\": \"1\", \"region\": \"某省\", \"grading\":"
            + " {\"excellentMaxWarnings\": 1, \"fairMinWarnings\": 5, \"poorMinErrors\": 3,"
            + " \"poorRules\": [\"S1\"]}, \"vocabulary\": {\"gradedLevels\": [\"合格\"],"
            + " \"rateWords\": [\"率\"]}, \"rules\": {\"S1\": {\"enabled\": true, \"severity\":"
            + " \"error\"}}}";

    assertThatThrownBy(() -> RulePackParser.parse("complete.json", json, null))
        .hasMessageContaining("complete.json: $.rules: 缺少规则 S2（对外服务项目设满意度指标）");
  }

  @Test
  void gradingThresholdsMustBeOrdered() {
    String json =
        "{\"id\": \"x\", \"version\": \"1\", \"region\": \"某省\","
            + " \"grading\": {\"excellentMaxWarnings\": 3, \"fairMinWarnings\": 2}}";

    assertThatThrownBy(() -> RulePack.parse("g.json", json))
        .hasMessageContaining("$.grading.fairMinWarnings: 应大于 excellentMaxWarnings（3），实为 2");
  }

  @Test
  void aMissingFileIsAPackError() {
    assertThatThrownBy(() -> RulePack.load(dir.resolve("none.json")))
        .isInstanceOf(RulePackException.class)
        .hasMessageContaining("none.json: $: 无法读取文件");
  }

  @Test
  void numbersKeepTheirDecimals() {
    RulePack pack = RulePack.parse("r.json", pack("\"B1\": {\"toleranceWan\": 0.01}"));

    assertThat(pack.settings(RuleId.B1).number("toleranceWan")).isEqualTo(new BigDecimal("0.01"));
  }

  private static String pack(String rules) {
    return "{\"id\": \"r\", \"version\": \"1\", \"region\": \"某省\", \"rules\": {" + rules + "}}";
  }

  private static Throwable catchThrowable(Runnable r) {
    try {
      r.run();
    } catch (RuntimeException e) {
      return e;
    }
    throw new AssertionError("expected an exception");
  }

  private Path write(String name, String json) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, json, StandardCharsets.UTF_8);
    return file;
  }
}
