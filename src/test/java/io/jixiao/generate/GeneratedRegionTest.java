package io.jixiao.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportResult;
import io.jixiao.document.InterchangeJson;
import io.jixiao.generate.SeedProfile.Defect;
import io.jixiao.model.TargetDocument;
import io.jixiao.review.DocumentReview;
import io.jixiao.review.Finding;
import io.jixiao.review.ReviewEngine;
import io.jixiao.review.RuleId;
import io.jixiao.review.TableReview;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 30 generated departments of 60 tables (1,800 tables) written as interchange JSON and read back by
 * the real importer: no problem, and the profile measured on them matches the seeds' profile they
 * were sampled from within the tolerances stated in docs/generate.md.
 */
class GeneratedRegionTest {

  private static final SeedProfile TARGET = SeedProfile.defaults();
  private static List<TargetDocument> imported;
  private static SeedProfile measured;

  @BeforeAll
  static void generateWriteAndImport() {
    RegionGenerator region = new RegionGenerator(TARGET, 2024, 42);
    InterchangeJson json = InterchangeJson.standardKeysOnly();
    DocumentReader reader = new DocumentReader();
    imported = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      TargetDocument d = region.department(i, 60);
      byte[] bytes = json.write(d).getBytes(StandardCharsets.UTF_8);
      ImportResult r = reader.read(d.source(), bytes);
      assertThat(r.problems()).as(d.source()).isEmpty();
      assertThat(r.document()).isEqualTo(d);
      imported.add(r.document());
    }
    measured = SeedProfile.measure(imported);
  }

  @Test
  void everyDocumentHasItsTablesAndADistinctDepartment() {
    assertThat(imported).allSatisfy(d -> assertThat(d.projects()).hasSize(60));
    assertThat(imported.stream().map(d -> d.department().name()).distinct()).hasSize(30);
    assertThat(imported.get(0).department().name()).isEqualTo("云泽市教育局");
    assertThat(imported.get(0).department().year()).isEqualTo(2024);
  }

  @Test
  void indicatorsPerTableMatchTheSeedsWithinFivePercent() {
    assertThat(measured.indicatorsPerTable())
        .isCloseTo(TARGET.indicatorsPerTable(), within(TARGET.indicatorsPerTable() * 0.05));
  }

  @Test
  void levelOneAndTwoSharesMatchWithinTwoPoints() {
    for (String l2 : TARGET.counts("level2").keySet()) {
      assertThat(measured.share("level2", l2)).as(l2).isCloseTo(TARGET.share("level2", l2),
          within(0.02));
    }
  }

  @Test
  void valueKindsSignsAndUnitsPerLevelTwoMatchWithinSamplingError() {
    for (String l2 : TARGET.counts("level2").keySet()) {
      for (String kind : SeedProfile.KINDS) {
        assertShare("kind/" + l2, kind);
      }
      for (String sign : TARGET.counts("sign/" + l2).keySet()) {
        assertShare("sign/" + l2, sign);
      }
      for (String unit : TARGET.counts("unit/" + l2).keySet()) {
        assertShare("unit/" + l2, unit);
      }
    }
  }

  /**
   * The generated share of {@code key} is the seeds' within four standard errors of a sample of
   * the generated size (at least two points): a share of 18% of 150 values may be off by 12.6.
   */
  private static void assertShare(String name, String key) {
    double p = TARGET.share(name, key);
    long n = measured.counts(name).values().stream().mapToLong(Long::longValue).sum();
    double tolerance = Math.max(0.02, 4 * Math.sqrt(p * (1 - p) / Math.max(n, 1)));
    assertThat(measured.share(name, key)).as(name + " " + key + " of " + n)
        .isCloseTo(p, within(tolerance));
  }

  @Test
  void budgetLayoutsPlansAndHeaderFieldsMatchWithinThreePoints() {
    for (String layout : TARGET.counts("budget").keySet()) {
      assertThat(measured.share("budget", layout)).as(layout)
          .isCloseTo(TARGET.share("budget", layout), within(0.03));
    }
    assertThat(measured.share("plan", "none")).isCloseTo(TARGET.share("plan", "none"),
        within(0.03));
    long tables = measured.count("tables", "all");
    long seedTables = TARGET.count("tables", "all");
    for (String field : List.of("unit", "projectCode", "projectName", "fundUse", "basis")) {
      assertThat(measured.count("header", field) / (double) tables).as(field)
          .isCloseTo(TARGET.count("header", field) / (double) seedTables, within(0.03));
    }
  }

  @Test
  void budgetTotalsFollowTheSeedsQuantiles() {
    BigDecimal[] target = TARGET.quantiles("budgetTotal");
    BigDecimal[] got = measured.quantiles("budgetTotal");
    for (int q : new int[] {5, 10, 15}) { // the quartile, the median, the third quartile
      double t = target[q].doubleValue();
      assertThat(got[q].doubleValue()).as("quantile " + q * 5 + "%").isCloseTo(t, within(t * 0.2));
    }
  }

  @Test
  void theDefectRatesMatchTheSeeds() {
    assertThat(measured.rate(Defect.MISSING_SATISFACTION))
        .isCloseTo(TARGET.rate(Defect.MISSING_SATISFACTION), within(0.015));
    assertThat(measured.rate(Defect.BUDGET_MISMATCH)).isZero();
    assertThat(measured.rate(Defect.VAGUE_VALUE))
        .isCloseTo(TARGET.rate(Defect.VAGUE_VALUE), within(0.02));
    assertThat(measured.rate(Defect.DESCRIPTION_REPEATS_NAME))
        .isCloseTo(TARGET.rate(Defect.DESCRIPTION_REPEATS_NAME), within(0.02));
    assertThat(measured.rate(Defect.LOW_SATISFACTION))
        .isCloseTo(TARGET.rate(Defect.LOW_SATISFACTION), within(0.02));
    assertThat(measured.rate(Defect.PLAN_SHORT))
        .isCloseTo(TARGET.rate(Defect.PLAN_SHORT), within(0.1));
  }

  @Test
  void theReviewFindsInjectedDefectsAtTheInjectedRates() {
    SeedProfile raised =
        TARGET
            .withRate(Defect.MISSING_SATISFACTION, 0.10)
            .withRate(Defect.BUDGET_MISMATCH, 0.08)
            .withRate(Defect.VAGUE_VALUE, 0.15)
            .withRate(Defect.LOW_SATISFACTION, 0.10);
    RegionGenerator region = new RegionGenerator(raised, 2024, 7);
    ReviewEngine engine = new ReviewEngine();
    long tables = 0;
    long withBudget = 0;
    long indicators = 0;
    long satisfaction = 0;
    Map<RuleId, long[]> hits =
        Map.of(RuleId.S2, new long[1], RuleId.B1, new long[1], RuleId.Q1, new long[1],
            RuleId.Q7, new long[1]);
    for (int i = 0; i < 20; i++) {
      TargetDocument d = region.department(i, 60);
      DocumentReview review = engine.review(d);
      for (int t = 0; t < d.projects().size(); t++) {
        var p = d.projects().get(t);
        tables++;
        withBudget += p.budget() != null && p.budget().total() != null ? 1 : 0;
        indicators += p.indicators().size();
        satisfaction +=
            p.indicators().stream().filter(x -> "满意度指标".equals(x.level1())).count();
        TableReview r = review.tables().get(t);
        for (RuleId rule : List.of(RuleId.S2, RuleId.B1)) {
          if (r.findings().stream().anyMatch(f -> f.rule() == rule)) {
            hits.get(rule)[0]++;
          }
        }
        for (Finding f : r.findings()) {
          if ((f.rule() == RuleId.Q1 || f.rule() == RuleId.Q7) && f.row() != null) {
            hits.get(f.rule())[0]++;
          }
        }
      }
    }
    assertThat(hits.get(RuleId.S2)[0] / (double) tables).isCloseTo(0.10, within(0.02));
    assertThat(hits.get(RuleId.B1)[0] / (double) withBudget).isCloseTo(0.08, within(0.02));
    assertThat(hits.get(RuleId.Q1)[0] / (double) indicators).isCloseTo(0.15, within(0.02));
    assertThat(hits.get(RuleId.Q7)[0] / (double) satisfaction).isCloseTo(0.10, within(0.03));
  }
}
