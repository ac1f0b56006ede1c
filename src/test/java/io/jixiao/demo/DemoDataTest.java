package io.jixiao.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.Taxonomy;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoDataTest {

  private final List<TargetDocument> documents = DemoData.documents();

  @Test
  void fourDepartmentsOfYunzeEachWithPartOneAndNineToFifteenTables() {
    assertThat(DemoData.departments())
        .containsExactly("云泽市教育局", "云泽市卫生健康委员会", "云泽市农业农村局", "云泽市自然资源和规划局");
    for (TargetDocument d : documents) {
      assertThat(d.overall()).isNotNull();
      assertThat(d.overall().subGoals()).hasSize(3);
      assertThat(d.overall().measures()).hasSize(4);
      assertThat(d.projects()).hasSizeBetween(8, 15);
      assertThat(d.department().year()).isEqualTo(2024);
    }
  }

  @Test
  void everyTableHasACodeABudgetAPlanGoalsAndIndicatorsButOneHasNoBudget() {
    for (TargetDocument d : documents) {
      for (Project p : d.projects()) {
        assertThat(p.code().value()).matches("36990024P\\d{10}");
        if (p == documents.get(3).projects().get(6)) {
          assertThat(p.budget()).as("耕地保护动态监测 prints no budget").isNull();
          continue;
        }
        assertThat(p.budget().total().wan()).isPositive();
        assertThat(p.spendingPlan().dec()).isNotNull();
        assertThat(p.goals()).hasSize(2);
        assertThat(p.indicators()).hasSizeBetween(5, 7);
      }
    }
  }

  @Test
  void theLandDepartmentFollowsThe2021GuidelineAndTheOthersTheClassicTaxonomy() {
    assertThat(documents.get(3).projects()).allMatch(p -> p.taxonomy() == Taxonomy.GUIDELINE_2021);
    assertThat(documents.get(0).projects()).allMatch(p -> p.taxonomy() == Taxonomy.CLASSIC);
  }

  @Test
  void theTypicalDefectsAreThere() {
    Project repairs = documents.get(0).projects().get(2);
    assertThat(repairs.spendingPlan().dec().value()).isEqualByComparingTo("95");
    Project doctors = documents.get(1).projects().get(1);
    assertThat(doctors.budget().inconsistent()).isTrue();
    Project vaccination = documents.get(2).projects().get(3);
    assertThat(vaccination.indicators().get(2).name()).isEqualTo("按预算资金完成率");
    Project office = documents.get(3).projects().get(4);
    assertThat(office.indicators().get(0).value()).isEqualTo("≥85%");
    List<Project> agri = documents.get(2).projects();
    assertThat(namesAndValues(agri.get(5)))
        .isEqualTo(namesAndValues(agri.get(6)))
        .isEqualTo(namesAndValues(agri.get(7)));
    assertThat(agri.get(5).name()).isNotEqualTo(agri.get(6).name());
  }

  @Test
  void theDataSetIsTheSameEveryTime() {
    assertThat(DemoData.documents()).isEqualTo(documents);
    BigDecimal total =
        documents.stream()
            .flatMap(d -> d.projects().stream())
            .filter(p -> p.budget() != null)
            .map(p -> p.budget().total().wan())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(total).isEqualByComparingTo("25470.50");
  }

  private static List<String> namesAndValues(Project p) {
    return p.indicators().stream().map(i -> i.name() + "=" + i.value()).toList();
  }
}
