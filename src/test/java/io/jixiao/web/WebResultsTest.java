package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.jixiao.demo.DemoActuals;
import io.jixiao.demo.DemoData;
import io.jixiao.evaluate.Evaluator;
import io.jixiao.evaluate.ProjectEvaluation;
import io.jixiao.evaluate.Weights;
import io.jixiao.monitor.ActualsEntry;
import io.jixiao.monitor.ProjectKey;
import io.jixiao.store.ActualsStore;
import io.jixiao.review.RulePack;
import io.jixiao.workflow.ProjectSummary;
import io.jixiao.workflow.ProjectWorkflows;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 结果应用 over HTTP with the demo: 云泽市教育局's published 2023 targets and their year-end actuals
 * are scored and shown beside the 2024 drafts, and 中小学校舍维修改造, 差 in 2023, asks for more money
 * in 2024, which the review flags (R1).
 */
@SpringBootTest(
    classes = JixiaoWebApplication.class,
    properties = {
      "jixiao.demo=true",
      "jixiao.db=jdbc:h2:mem:webresults;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
@AutoConfigureMockMvc
class WebResultsTest {

  /** 2024 table 3 and its 2023 predecessor, also table 3. */
  static final String REPAIRS = "中小学校舍维修改造";

  /** The demo's reason for the missed quantity. */
  static final String QUANTITY_NOTE = "部分任务受审批进度影响推迟实施，未完成部分已列入下年度计划，将按月调度、通报进度";

  @Autowired MockMvc mvc;
  @Autowired ProjectWorkflows targets;
  @Autowired Users users;
  @Autowired ActualsStore actuals;

  WebFixture demo;

  @BeforeEach
  void fixture() {
    demo = new WebFixture(targets, users);
  }

  @Test
  void lastYearsPoorGradeMissedIndicatorsAndBudgetGrowthAreShownBesideTheDraft() throws Exception {
    // The working, from the core: 2023 execution 66% of 700 万元 → 6.60 of 10; 产出 (4 rows of
    // 12.50): 4000 of ≥10000平方米 → 5.00, 65% of 100% → 8.13, completed 2024年3月15日 after
    // 2023年12月底前 → 0, cost 462 of ≤700万元 → 12.50; 效益 60% of ≥95% → 18.95 of 30; 满意度 55%
    // of ≥90% → 6.11 of 10; 6.60 + 25.63 + 18.95 + 6.11 = 57.28 (rounded per indicator) → 差.
    ProjectEvaluation scored = lastYear(3);
    assertThat(scored.score()).isEqualByComparingTo("57.28");
    assertThat(scored.grade().label()).isEqualTo("差");

    long repairs = demo.id(WebFixture.EDUCATION, 3);
    mvc.perform(get("/projects/" + repairs).with(demo.as("reviewer")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("上年绩效自评（结果应用）")))
        .andExpect(content().string(containsString("2023年《" + REPAIRS + "》")))
        .andExpect(content().string(containsString("id=\"last-year-score\">57.28<")))
        .andExpect(content().string(containsString("grade grade-POOR\">差<")))
        .andExpect(content().string(containsString("（+22.9%）")))
        .andExpect(content().string(containsString("id=\"last-year-warning\"")))
        .andExpect(content().string(containsString("<td>维修改造校舍面积</td>")))
        .andExpect(content().string(containsString("<td>4000平方米</td>")))
        // R1 among the findings of the table, with its message
        .andExpect(content().string(containsString(
            "上年（2023年）“" + REPAIRS + "”绩效自评 57.28 分，等级“差”")));
    mvc.perform(get("/api/targets/" + repairs).with(demo.as("reviewer")))
        .andExpect(jsonPath("$.findings[?(@.rule == 'R1')].field").value("budget.total"));
  }

  @Test
  void aGoodYearIsShownWithoutTheWarningAndTheEditorSeesItWhileEditing() throws Exception {
    ProjectEvaluation scored = lastYear(1);
    assertThat(scored.grade().label()).isEqualTo("优");
    long draft = demo.id(WebFixture.EDUCATION, 6); // 智慧校园建设, a draft; 优 in 2023 (table 5)
    assertThat(lastYear(5).grade().label()).isEqualTo("优");
    mvc.perform(get("/projects/" + draft + "/edit").with(demo.as("edu")))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("2023年《智慧校园建设》")))
        .andExpect(content().string(containsString(
            "id=\"last-year-score\">" + lastYear(5).score().toPlainString() + "<")))
        .andExpect(content().string(containsString("预算数：上年 <span>380.00 万元</span>")))
        .andExpect(content().string(containsString("上年各项指标均已完成")))
        .andExpect(content().string(not(containsString("id=\"last-year-warning\""))));
    mvc.perform(get("/api/targets/" + draft).with(demo.as("reviewer")))
        .andExpect(jsonPath("$.findings[?(@.rule == 'R1')]").isEmpty());
  }

  @Test
  void aProjectNewThisYearAndThePublicPageShowNoLastYear() throws Exception {
    long aid = demo.id(WebFixture.EDUCATION, 5); // 家庭经济困难学生资助: not in 2023
    mvc.perform(get("/projects/" + aid).with(demo.as("reviewer")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("上年绩效自评"))));
    long published = demo.id(WebFixture.EDUCATION, 1); // published, and 优 in 2023
    mvc.perform(get("/projects/" + published).with(demo.as("reviewer")))
        .andExpect(content().string(containsString("上年绩效自评")));
    mvc.perform(get("/public/projects/" + published))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("上年绩效自评"))));
  }

  @Test
  void correctingLastYearsActualsChangesTheResultShownAtOnce() throws Exception {
    long repairs = demo.id(WebFixture.EDUCATION, 3);
    mvc.perform(get("/projects/" + repairs).with(demo.as("reviewer")))
        .andExpect(content().string(containsString("id=\"last-year-score\">57.28<")));
    // the department corrects 2023's repaired area: 10000 of ≥10000平方米, full 12.50 points
    ProjectSummary before = targets.ofSource(DemoData.lastYear().get(0).source()).get(2);
    mvc.perform(
            post("/api/targets/" + before.id() + "/actuals")
                .with(httpBasic("edu", "Edu#2024demo"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"entries\":[{\"period\":\"2023-12\",\"row\":\"1\","
                    + "\"value\":\"10000平方米\",\"note\":\"补报：年底完成验收\"}]}"))
        .andExpect(status().isOk());
    try {
      BigDecimal corrected = new BigDecimal("57.28").add(new BigDecimal("7.50"));
      mvc.perform(get("/projects/" + repairs).with(demo.as("reviewer")))
          .andExpect(content().string(
              containsString("id=\"last-year-score\">" + corrected.toPlainString() + "<")))
          .andExpect(content().string(containsString("grade grade-FAIR\">中<")))
          .andExpect(content().string(not(containsString("<td>4000平方米</td>"))))
          .andExpect(content().string(not(containsString("id=\"last-year-warning\""))));
      mvc.perform(get("/api/targets/" + repairs).with(demo.as("reviewer")))
          .andExpect(jsonPath("$.findings[?(@.rule == 'R1')]").isEmpty());
    } finally {
      // the other tests see the demo's figures
      mvc.perform(
              post("/api/targets/" + before.id() + "/actuals")
                  .with(httpBasic("edu", "Edu#2024demo"))
                  .contentType(MediaType.APPLICATION_JSON)
                  .content("{\"entries\":[{\"period\":\"2023-12\",\"row\":\"1\","
                      + "\"value\":\"4000平方米\",\"note\":\"" + QUANTITY_NOTE + "\"}]}"))
          .andExpect(status().isOk());
    }
  }

  @Test
  void lastYearsResultIsNotRevealedToThePublicOrToOtherDepartmentsOnceTheDraftIsPublished()
      throws Exception {
    long repairs = demo.id(WebFixture.EDUCATION, 3); // returned; resubmitted, approved, published
    mvc.perform(post("/api/targets/" + repairs + "/submit").with(httpBasic("edu", "Edu#2024demo")))
        .andExpect(status().isOk());
    // it has open 错误 (R1): approved with the reviewer's reason (docs/workflow.md)
    mvc.perform(post("/api/targets/" + repairs + "/approve")
            .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
            .content("{\"comment\": \"预算增长已与部门核实\"}")
            .with(httpBasic("reviewer", "Review#2024demo")))
        .andExpect(status().isOk());
    mvc.perform(post("/api/targets/" + repairs + "/publish")
            .with(httpBasic("reviewer", "Review#2024demo")))
        .andExpect(status().isOk());
    String r1 = "$.findings[?(@.rule == 'R1')]";
    // those who read the department's actuals see R1 and the grade it costs (中, from B2 and R1)
    mvc.perform(get("/api/targets/" + repairs).with(demo.as("reviewer")))
        .andExpect(jsonPath(r1).isNotEmpty());
    mvc.perform(get("/api/targets/" + repairs).with(demo.as("edu")))
        .andExpect(jsonPath(r1).isNotEmpty());
    // the public and another department's editor read the published table without last year
    mvc.perform(get("/api/public/targets/" + repairs))
        .andExpect(status().isOk())
        .andExpect(jsonPath(r1).isEmpty())
        .andExpect(content().string(not(containsString("57.28"))));
    mvc.perform(get("/api/targets/" + repairs).with(demo.as("health")))
        .andExpect(status().isOk())
        .andExpect(jsonPath(r1).isEmpty());
    mvc.perform(get("/projects/" + repairs).with(demo.as("health")))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("57.28"))))
        .andExpect(content().string(not(containsString("上年绩效自评"))));
    mvc.perform(get("/public/projects/" + repairs))
        .andExpect(status().isOk())
        .andExpect(content().string(not(containsString("57.28"))));
  }

  @Test
  void actualsStoredOutsideTheApplicationShowWithinASecond() throws Exception {
    long repairs = demo.id(WebFixture.EDUCATION, 3);
    mvc.perform(get("/projects/" + repairs).with(demo.as("reviewer")))
        .andExpect(content().string(containsString("id=\"last-year-score\">57.28<")));
    // as `jixiao actuals-import` on the command line would, into the same database
    ProjectKey key = new ProjectKey(DemoData.lastYear().get(0).source(), 3);
    YearMonth december = YearMonth.of(2023, 12);
    actuals.save("补报.csv", List.of(ActualsEntry.indicator(key, 1, december, "10000平方米", null)));
    try {
      Thread.sleep(1_100);
      mvc.perform(get("/projects/" + repairs).with(demo.as("reviewer")))
          .andExpect(content().string(containsString("id=\"last-year-score\">64.78<")));
    } finally {
      actuals.save(
          "更正.csv",
          List.of(ActualsEntry.indicator(key, 1, december, "4000平方米", QUANTITY_NOTE)));
      Thread.sleep(1_100);
    }
  }

  /** Table {@code seq} of the demo's 2023 document scored by the core with the default pack. */
  private static ProjectEvaluation lastYear(int seq) {
    List<ActualsEntry> entries = DemoActuals.lastYearEntries();
    return new Evaluator(RulePack.defaults().evaluation())
        .evaluate(DemoData.lastYear(), ActualsEntry.assemble(entries), Weights.NONE)
        .projects()
        .get(seq - 1);
  }
}
