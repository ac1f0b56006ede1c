package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.Seeds;
import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportResult;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The four seed documents read by the importer and reviewed with the default pack: the defects the
 * domain notes name are found where they are, and the grades spread as docs/review.md explains.
 */
class SeedReviewTest {

  private static final ReviewEngine ENGINE = new ReviewEngine();

  private static DocumentReview review(String seed) {
    ImportResult read = new DocumentReader().read(Seeds.path(seed));
    assertThat(read.document()).as("%s read: %s", seed, read.errors()).isNotNull();
    return ENGINE.review(read.document());
  }

  private static List<Finding> findings(DocumentReview review, int seq, RuleId rule) {
    return review.tables().stream()
        .filter(t -> t.seq() == seq)
        .flatMap(t -> t.findings().stream())
        .filter(f -> f.rule() == rule)
        .collect(Collectors.toList());
  }

  @Test
  void theChengdeDraftIsGoodWithItsUnfilledGoalsSentBack() {
    DocumentReview r = review(Seeds.CHENGDE);

    assertThat(r.tables()).hasSize(36);
    assertThat(r.grade()).isEqualTo(Grade.GOOD);
    assertThat(r.tablesGraded(Grade.POOR)).isZero();
    assertThat(r.tablesGraded(Grade.EXCELLENT)).isEqualTo(9);
    // 目标内容 1 as the only goal: a missing goal, the table must be revised
    assertThat(r.tables().stream().filter(t -> t.seq() == 6).findFirst().orElseThrow().grade())
        .isEqualTo(Grade.FAIR);
    // 设备费用 ≤299.16 万元 against a budget of 186.04
    assertThat(findings(r, 15, RuleId.B3)).hasSize(1);
    // 10月底 50%, 12月底 50%
    assertThat(findings(r, 26, RuleId.B2))
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.ERROR);
    // 通过监督检查提升矿山地质环境治理水平 in the 指标值 column
    assertThat(findings(r, 5, RuleId.Q9)).isNotEmpty();
  }

  @Test
  void shijiazhuangsBudgetCompletionIndicatorsAreFoundInMostTables() {
    DocumentReview r = review(Seeds.SHIJIAZHUANG);

    assertThat(r.findings()).singleElement().extracting(Finding::rule).isEqualTo(RuleId.S5);
    long withQ4 =
        r.tables().stream()
            .filter(t -> t.findings().stream().anyMatch(f -> f.rule() == RuleId.Q4))
            .count();
    assertThat(withQ4).isGreaterThan(r.tables().size() / 2);
    assertThat(findings(r, 3, RuleId.Q3)).extracting(Finding::row).contains(3, 4);
    assertThat(r.tablesGraded(Grade.POOR)).isZero();
  }

  @Test
  void tianjinPlanningHasOneImpossibleDate() {
    DocumentReview r = review(Seeds.TIANJIN_PLANNING);

    assertThat(r.allFindings())
        .filteredOn(f -> f.rule() == RuleId.Q8 && f.severity() == Severity.ERROR)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.location().table()).isEqualTo(95);
              assertThat(f.message()).contains("2024年11月31日");
            });
    // the cost ≤100.17万元 of table 1 equals its budget
    assertThat(findings(r, 1, RuleId.B3)).isEmpty();
  }

  @Test
  void theGradesSpreadAsDocsReviewMdShows() {
    // docs/review.md, Grades: tables 优/良/中/差 and the document's grade
    assertSpread(review(Seeds.TIANJIN_PLANNING), 151, 54, 7, 0, Grade.EXCELLENT);
    assertSpread(review(Seeds.CHENGDE), 9, 9, 18, 0, Grade.GOOD);
    assertSpread(review(Seeds.TIANJIN_ECOLOGY), 55, 13, 1, 0, Grade.EXCELLENT);
    assertSpread(review(Seeds.SHIJIAZHUANG), 0, 0, 74, 0, Grade.FAIR);
  }

  private static void assertSpread(DocumentReview r, int excellent, int good, int fair, int poor,
      Grade grade) {
    assertThat(
            List.of(
                r.tablesGraded(Grade.EXCELLENT),
                r.tablesGraded(Grade.GOOD),
                r.tablesGraded(Grade.FAIR),
                r.tablesGraded(Grade.POOR)))
        .as(r.source())
        .containsExactly((long) excellent, (long) good, (long) fair, (long) poor);
    assertThat(r.grade()).as(r.source()).isEqualTo(grade);
  }

  @Test
  void everySeedGetsAGradeAndNoTableIsLeftUngraded() {
    for (String seed :
        List.of(Seeds.TIANJIN_PLANNING, Seeds.CHENGDE, Seeds.TIANJIN_ECOLOGY, Seeds.SHIJIAZHUANG)) {
      DocumentReview r = review(seed);
      assertThat(r.tables())
          .as(seed)
          .isNotEmpty()
          .allSatisfy(t -> assertThat(t.grade()).isNotNull());
      assertThat(r.allFindings())
          .as(seed)
          .allSatisfy(
              f -> {
                assertThat(f.message()).isNotBlank();
                assertThat(f.suggestion()).isNotBlank();
                assertThat(f.source()).isNotBlank();
                assertThat(f.location().source()).isEqualTo(seed);
              });
    }
  }
}
