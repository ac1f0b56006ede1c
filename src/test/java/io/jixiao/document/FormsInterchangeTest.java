package io.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.model.FormKind;
import io.jixiao.model.IndicatorFacts;
import io.jixiao.model.Money;
import io.jixiao.model.Percent;
import io.jixiao.model.Project;
import io.jixiao.model.ProjectFacts;
import io.jixiao.model.SelfEvaluation;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.UnparsedCell;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Format version 2 of the interchange JSON: the facts of other forms travel and come back. */
class FormsInterchangeTest {

  private final InterchangeJson json = new InterchangeJson();

  private TargetDocument roundTrip(TargetDocument d) {
    ImportResult r = json.read(json.write(d), "x.json");
    assertThat(r.errors()).isEmpty();
    return r.document();
  }

  @Test
  void everyFormFileRoundTripsExactly() {
    for (String f :
        List.of("sichuan-shenbao-grid.md", "sichuan-shenbao-grid.txt", "gov-site-target-table.html",
            "hunan-shenbao-longterm.txt", "sichuan-ziping-cellperline.txt",
            "fujian-zhengti-target.txt", "zhengti-ziping.txt", "hubei-cost-breakdown.txt",
            "anhui-ziping-points.txt")) {
      TargetDocument d = FormsTest.read(f);

      TargetDocument back = roundTrip(d);

      assertThat(back).as(f).isEqualTo(d);
      assertThat(json.write(back)).as(f).isEqualTo(json.write(d));
    }
  }

  @Test
  void formSectionsAreWrittenOnlyWhereAFormPrintsThem() {
    TargetDocument hubei = FormsTest.read("hubei-cost-breakdown.txt");

    String text = json.write(hubei);

    assertThat(text).contains("\"item\": \"物业管理服务费\"").contains("\"spentLastYear\": 126");
    assertThat(roundTrip(hubei).projects().get(0).facts().sections().costs()).hasSize(3);
    assertThat(json.write(FormsTest.read("sichuan-shenbao-grid.md")))
        .doesNotContain("\"sections\"");
  }

  @Test
  void weightsDirectionAndTheFormKindAreWritten() {
    String text = json.write(FormsTest.read("sichuan-shenbao-grid.md"));

    assertThat(text)
        .startsWith("{\n  \"formatVersion\": 2,\n  \"source\": \"sichuan-shenbao-grid.md\"");
    assertThat(text).contains("\"kind\": \"DECLARATION\"");
    assertThat(text)
        .contains(
            "\"facts\": {\n            \"term\": null,\n            \"weight\": 20,\n"
                + "            \"direction\": \"正向指标\"");
  }

  @Test
  void selfEvaluationFiguresTermsAndUnreadCellsRoundTrip() {
    Project base = FormsTest.read("sichuan-shenbao-grid.md").projects().get(0);
    SelfEvaluation self =
        new SelfEvaluation(
            Money.of("48.00"), Money.of("52.80"), Money.of("50.16"), Percent.of(95),
            new BigDecimal("10"), new BigDecimal("9.50"), new BigDecimal("98.60"), "优");
    ProjectFacts facts =
        ProjectFacts.of(FormKind.SELF_EVALUATION)
            .withHeader("延续", "本级支出项目", "持续性项目", "2023-03至2025-12", "依据", List.of("三年目标"))
            .withSelfEvaluation(self)
            .withUnparsed(List.of(new UnparsedCell("资金支出计划", "约三成")));
    Project p =
        base.withFacts(facts)
            .withGoals(List.of("目标"));
    var indicators = new java.util.ArrayList<>(p.indicators());
    indicators.set(
        0,
        indicators.get(0)
            .withFacts(
                indicators.get(0).facts()
                    .withTerm(IndicatorFacts.Term.LONG)
                    .withRemark("三年累计")
                    .withResult("4512人", new BigDecimal("14.1"), "雨天取消两场")));
    Project withIndicators =
        new Project(
            p.seq(), p.title(), p.unit(), p.code(), p.name(), p.budget(), p.fundUse(),
            p.spendingPlan(), p.goals(), indicators, p.taxonomy(), p.facts());
    TargetDocument d = new TargetDocument("x.txt", null, null, List.of(withIndicators));

    TargetDocument back = roundTrip(d);

    assertThat(back).isEqualTo(d);
    assertThat(back.projects().get(0).facts().selfEvaluation().budgetScore())
        .isEqualByComparingTo("9.5");
    assertThat(back.projects().get(0).indicators().get(0).facts().term())
        .isEqualTo(IndicatorFacts.Term.LONG);
  }

  @Test
  void jsonWrittenByTheFirstVersionStillReads() {
    String v1 =
        """
        {"source": "a.txt", "department": null, "overall": null, "projects": [
          {"seq": 1, "title": "表", "unitCode": null, "unitName": null, "projectCode": null,
           "projectName": "项目", "budget": {"total": 15.0, "fiscal": null, "other": null},
           "fundUse": null, "spendingPlan": null, "goals": [],
           "indicators": [{"l1": "产出指标", "l2": "数量指标", "l3": "次数", "description": null,
                           "value": "≥1次", "basis": null, "parsed": {"sign": 1}}]}]}
        """;

    ImportResult r = json.read(v1, "a.json");

    assertThat(r.problems()).isEmpty();
    Project p = r.document().projects().get(0);
    assertThat(p.facts()).isEqualTo(ProjectFacts.NONE);
    assertThat(p.indicators().get(0).facts()).isEqualTo(IndicatorFacts.NONE);
    assertThat(p.indicators().get(0).value()).isEqualTo("≥1次");
  }

  @Test
  void aNewerFormatVersionReadsWithAWarning() {
    ImportResult r =
        json.read("{\"formatVersion\": 3, \"source\": \"a.txt\", \"projects\": []}", "a.json");

    assertThat(r.problems())
        .extracting(ImportProblem::code)
        .containsExactly("IMP-JSON-VERSION", "IMP-JSON-EMPTY");
    assertThat(r.document()).isNotNull();
  }
}
