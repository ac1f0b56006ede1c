package io.jixiao.model;

import java.util.List;
import java.util.Objects;

/** Part 1 of a document, 部门整体绩效目标: the overall goal, the sub-goals and the measures. */
public record DepartmentGoals(String summary, List<SubGoal> subGoals, List<Measure> measures) {

  public DepartmentGoals {
    subGoals = List.copyOf(subGoals);
    measures = List.copyOf(measures);
  }

  /** 分项绩效目标: a title, the text after 绩效目标：, and the indicator lines after 绩效指标：. */
  public record SubGoal(String title, String goal, List<String> indicators) {
    public SubGoal {
      Objects.requireNonNull(title, "title");
      indicators = List.copyOf(indicators);
    }
  }

  /** 工作保障措施: a numbered measure with its title and text. */
  public record Measure(String title, String text) {
    public Measure {
      Objects.requireNonNull(title, "title");
    }
  }
}
