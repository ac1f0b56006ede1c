package io.jixiao.results;

import io.jixiao.monitor.ActualsCsv;
import io.jixiao.monitor.ActualsReadResult;
import io.jixiao.monitor.SampleActuals;
import io.jixiao.model.Budget;
import io.jixiao.model.Department;
import io.jixiao.model.Money;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Two years of one department built from seed 001 (承德市自然资源和规划局 2023): the seed as the 2023
 * document, and the same tables as a 2024 draft ({@code 001-chengde-2024.txt}) in which table 4
 * (国土变更调查市级监理) asks for 15.00 万元 instead of 10.00. The seeds hold no two years of one
 * department. Actuals: the sample of tables 1, 2, 3, 12, 13 and {@code
 * actuals/001-chengde-2023-table4.csv}, a poor year of table 4 (54.47 差).
 */
public final class LastYearFixture {

  public static final String DEPARTMENT = "承德市自然资源和规划局";
  public static final String DRAFT_2024 = "001-chengde-2024.txt";

  private LastYearFixture() {}

  public static TargetDocument year2023() {
    return SampleActuals.chengde();
  }

  /** The 2023 tables as the 2024 draft; table 4 with a budget of {@code table4Budget}. */
  public static TargetDocument draft2024(String table4Budget) {
    TargetDocument d = year2023();
    List<Project> projects = new ArrayList<>();
    for (Project p : d.projects()) {
      projects.add(p.seq() == 4 ? withBudget(p, table4Budget) : p);
    }
    return new TargetDocument(DRAFT_2024, new Department(DEPARTMENT, 2024), d.overall(), projects);
  }

  private static Project withBudget(Project p, String total) {
    Money m = Money.parse(total);
    return p.withBudget(new Budget(m, m, null));
  }


  public static Path table4Csv() {
    try {
      return Path.of(
          LastYearFixture.class.getResource("/actuals/001-chengde-2023-table4.csv").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ActualsReadResult table4Actuals() {
    return ActualsCsv.read(table4Csv(), List.of(year2023()));
  }
}
