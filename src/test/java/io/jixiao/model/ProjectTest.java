package io.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A table changed in one block keeps every other block. */
class ProjectTest {

  private final Project table =
      TestDocuments.small("a.txt", "云泽市教育局", 2024, 1).projects().get(0);

  @Test
  void anotherBudgetChangesTheBudgetOnly() {
    Money fifteen = Money.parse("15.00");
    Project changed = table.withBudget(new Budget(fifteen, fifteen, null));
    assertThat(changed.budget().total().wan()).isEqualByComparingTo("15.00");
    assertThat(changed.budget().other()).isNull();
    assertThat(changed.withBudget(table.budget())).isEqualTo(table);
    assertThat(changed.goals()).isEqualTo(table.goals());
    assertThat(changed.indicators()).isEqualTo(table.indicators());
  }

  @Test
  void otherGoalsChangeTheGoalsOnly() {
    Project changed = table.withGoals(List.of("完成校舍维修改造 12000 平方米"));
    assertThat(changed.goals()).containsExactly("完成校舍维修改造 12000 平方米");
    assertThat(changed.withGoals(table.goals())).isEqualTo(table);
    assertThat(changed.budget()).isEqualTo(table.budget());
  }
}
