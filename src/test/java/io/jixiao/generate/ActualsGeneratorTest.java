package io.jixiao.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.monitor.ActualsCsv;
import io.jixiao.monitor.ActualsEntry;
import io.jixiao.monitor.ActualsReadResult;
import io.jixiao.monitor.ProjectActuals;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Generated actuals pass the actuals checks and spread execution as docs/generate.md says. */
class ActualsGeneratorTest {

  @Test
  void twentyDepartmentsActualsReadWithoutAProblemAndSpreadTheExecutionRates() throws IOException {
    RegionGenerator region = new RegionGenerator(SeedProfile.defaults(), 2024, 3);
    ActualsGenerator generator = new ActualsGenerator(3);
    List<Double> rates = new ArrayList<>();
    long indicators = 0;
    long reported = 0;
    for (int i = 0; i < 20; i++) {
      TargetDocument d = region.department(i, 60);
      List<ActualsEntry> entries = generator.actuals(d, i);
      ByteArrayOutputStream csv = new ByteArrayOutputStream();
      ActualsCsv.write(entries, csv);

      ActualsReadResult r = ActualsCsv.read("a.csv", csv.toByteArray(), List.of(d));

      assertThat(r.problems()).as(d.source()).isEmpty();
      for (Project p : d.projects()) {
        indicators += p.indicators().size();
        ProjectActuals a = r.actuals().of(d.source(), p.seq()).orElse(null);
        if (a == null) {
          continue;
        }
        reported += a.indicators().size();
        if (p.budget() != null && p.budget().total() != null) {
          BigDecimal spent = a.spentBy(YearMonth.of(2024, 12)).orElseThrow().wan();
          rates.add(spent.divide(p.budget().total().wan(), 6, RoundingMode.HALF_UP).doubleValue());
        }
      }
    }
    double high = rates.stream().filter(x -> x >= 0.95).count() / (double) rates.size();
    double low = rates.stream().filter(x -> x < 0.6).count() / (double) rates.size();
    assertThat(high).isCloseTo(0.60, within(0.05));
    assertThat(low).isCloseTo(0.05, within(0.02));
    assertThat(reported / (double) indicators).isCloseTo(0.90, within(0.02));
  }
}
