package io.jixiao.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.jixiao.Seeds;
import io.jixiao.monitor.SampleActuals;
import io.jixiao.review.Finding;
import io.jixiao.review.LastYear;
import io.jixiao.review.PriorOutcome;
import io.jixiao.review.ReviewEngine;
import io.jixiao.review.RuleId;
import io.jixiao.review.RulePack;
import io.jixiao.store.ActualsStore;
import io.jixiao.store.Database;
import io.jixiao.store.TargetStore;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TestDocuments;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Last year's results from the stores, on the two years of {@link LastYearFixture}; run against H2
 * and PostgreSQL by the subclasses. Each test starts with a freshly migrated database holding both
 * years, a 2023 document of another department and the stored actuals of 2023.
 */
abstract class LastYearResultsContract {

  Database database;
  LastYearResults results;
  TargetDocument draft;

  abstract String freshUrl() throws Exception;

  abstract void dispose() throws Exception;

  @BeforeEach
  void open() throws Exception {
    database = Database.open(freshUrl());
    TargetStore targets = new TargetStore(database.dataSource());
    ActualsStore actuals = new ActualsStore(database.dataSource());
    draft = LastYearFixture.draft2024("15.00");
    targets.save(LastYearFixture.year2023());
    targets.save(draft);
    targets.save(TestDocuments.small("other.txt", "天津市生态环境局", 2023, 2));
    actuals.save(SampleActuals.read());
    actuals.save(LastYearFixture.table4Actuals());
    results = new LastYearResults(targets, actuals, RulePack.defaults().evaluation());
  }

  @AfterEach
  void close() throws Exception {
    database.close();
    dispose();
  }

  private Project table(int seq) {
    return draft.projects().stream().filter(p -> p.seq() == seq).findFirst().orElseThrow();
  }

  @Test
  void lastYearIsTheDepartmentsDocumentOfTheYearBeforeWithTheOutcomesOfTheTablesThatReported() {
    LastYear ly = results.lastYear(draft).orElseThrow();

    assertThat(ly.documents()).extracting(TargetDocument::source).containsExactly(Seeds.CHENGDE);
    assertThat(ly.documents().get(0)).isEqualTo(LastYearFixture.year2023());
    assertThat(ly.outcomes())
        .extracting(PriorOutcome::seq, o -> o.score().toPlainString(), PriorOutcome::grade)
        .containsExactly(
            tuple(1, "97.00", "优"),
            tuple(2, "66.97", "中"),
            tuple(3, "70.00", "中"),
            tuple(4, "54.47", "差"),
            tuple(12, "96.78", "优"),
            tuple(13, "72.10", "中"));
  }

  @Test
  void aPoorYearCarriesItsScoreBudgetAndEveryMissedIndicator() {
    PriorOutcome t4 = results.of(draft, table(4)).orElseThrow();

    // 3 / 10 spent → 3.00; 4/11 × 12.5 = 4.55; 85% × 12.5 = 10.63; 40% × 12.5 = 5.00;
    // 3万元 ≤ 10万元 → 12.50; 30% × 15 = 4.50 twice; 96/98 × 10 = 9.80 → 54.466… → 54.47 差
    assertThat(t4.source()).isEqualTo(Seeds.CHENGDE);
    assertThat(t4.name()).isEqualTo("2023年承德市2022年度国土变更调查市级监理");
    assertThat(t4.code().value()).isEqualTo("13080023P000074100065");
    assertThat(t4.budget().wan()).isEqualByComparingTo("10.00");
    assertThat(t4.year()).isEqualTo(2023);
    assertThat(t4.reportedTo()).isEqualTo(YearMonth.of(2023, 12));
    assertThat(t4.yearEnd()).isTrue();
    assertThat(t4.score()).isEqualByComparingTo("54.47");
    assertThat(t4.grade()).isEqualTo("差");
    assertThat(t4.missed())
        .extracting(
            PriorOutcome.Missed::row,
            PriorOutcome.Missed::name,
            PriorOutcome.Missed::target,
            PriorOutcome.Missed::actualOrUnreported,
            m -> m.points().toPlainString(),
            m -> m.weight().toPlainString())
        .containsExactly(
            tuple(1, "数据库完成个数", "11个", "4个", "4.55", "12.50"),
            tuple(2, "数据合格率", "100%", "85%", "10.63", "12.50"),
            tuple(3, "调查工作完成时限", "100%", "40%", "5.00", "12.50"),
            tuple(5, "促进社会经济发展", "100%巩固提升", "30%", "4.50", "15.00"),
            tuple(6, "成果应用效果", "100%可持续", "30%", "4.50", "15.00"),
            tuple(7, "研究成果使用部门满意度", "≥98%", "96%", "9.80", "10.00"));
  }

  @Test
  void anIndicatorWithoutActualIsMissedAsUnreported() {
    PriorOutcome t2 = results.of(draft, table(2)).orElseThrow();

    assertThat(t2.score()).isEqualByComparingTo("66.97");
    assertThat(t2.grade()).isEqualTo("中");
    assertThat(t2.missed())
        .extracting(
            PriorOutcome.Missed::row,
            PriorOutcome.Missed::actualOrUnreported,
            m -> m.points().toPlainString(),
            m -> m.weight().toPlainString())
        .containsExactly(
            tuple(3, "90%", "9.47", "10.00"),
            tuple(4, "2024年1月15日", "0.00", "10.00"),
            tuple(6, "部分达成", "9.00", "15.00"),
            tuple(7, "未填报", "0.00", "15.00"));
    assertThat(t2.missed().get(3).actual()).isNull();
  }

  @Test
  void aTableThatReportedNothingLastYearHasNoOutcome() {
    assertThat(results.of(draft, table(5))).isEmpty();
  }

  @Test
  void nothingIsFoundForTheFirstYearStoredOrADocumentWithoutDepartment() {
    assertThat(results.lastYear(LastYearFixture.year2023())).isEmpty();
    TargetDocument anonymous =
        new TargetDocument("anonymous.txt", null, null, draft.projects());
    assertThat(results.lastYear(anonymous)).isEmpty();
    assertThat(results.of(anonymous, table(4))).isEmpty();
  }

  @Test
  void theReviewWithLastYearWarnsAboutThePoorProjectWhoseBudgetGrew() {
    ReviewEngine engine = new ReviewEngine();

    List<Finding> findings =
        engine.review(draft, results.lastYear(draft).orElseThrow()).allFindings();

    assertThat(findings)
        .filteredOn(f -> f.rule() == RuleId.R1)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location().table()).isEqualTo(4);
              assertThat(f.message())
                  .isEqualTo(
                      "上年（2023年）“2023年承德市2022年度国土变更调查市级监理”绩效自评 54.47 分，等级“差”，"
                          + "6 项指标未完成；预算数却由上年的 10 万元 增至 15 万元（+5 万元，+50.0%）");
            });
    // the same indicators as last year with 50% more money: X3 too
    assertThat(findings)
        .filteredOn(f -> f.rule() == RuleId.X3)
        .extracting(f -> f.location().table())
        .containsExactly(4);
    assertThat(engine.review(draft).allFindings())
        .noneMatch(f -> f.rule() == RuleId.R1 || f.rule() == RuleId.X3);
  }
}
