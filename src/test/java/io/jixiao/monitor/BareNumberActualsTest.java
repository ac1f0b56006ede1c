package io.jixiao.monitor;

import static io.jixiao.model.TestDocuments.document;
import static io.jixiao.model.TestDocuments.project;
import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.model.Sign;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TargetValue;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A bare number whose whole part lies between 1900 and 2199 ({@code 2068.3}) is read as a year and
 * a month only where the target is a deadline (issue 18: {@code 2068.3} for a target of {@code
 * 2068.30} was refused as a date, although the message itself suggested 2068.3).
 */
class BareNumberActualsTest {

  private static final TargetDocument DOC =
      document("t.txt")
          .department("某局", 2023)
          .projects(
              project(1, "测绘项目绩效目标表")
                  .name("测绘项目")
                  .budget("10", "10", null)
                  .indicator("产出指标", "数量指标", "测绘面积", null, "2068.30", null)
                  .indicator("产出指标", "数量指标", "测绘里程", null, "≥2068.30公里", null)
                  .indicator("产出指标", "时效指标", "完成时限", null, "2023年12月底前", null)
                  .indicator("效益指标", "社会效益指标", "服务水平", null, "巩固提升", null)
                  .indicator("效益指标", "经济效益指标", "收入", null, "≥上年", null)
                  .build())
          .build();

  private static ActualsReadResult read(String lines) {
    String csv = "source,seq,row,period,value,note\n" + lines;
    return ActualsCsv.read("a.csv", csv.getBytes(StandardCharsets.UTF_8), List.of(DOC));
  }

  private static TargetValue.Quantity number(String n) {
    return new TargetValue.Quantity(Sign.EQ, new BigDecimal(n), null, null);
  }

  @Test
  void aBareNumberThatLooksLikeAYearAndMonthIsANumberForAQuantityTarget() {
    ActualsReadResult r = read("t.txt,1,1,2023-12,2068.3,\nt.txt,1,2,2023-12,2100.12,\n");

    assertThat(r.problems()).isEmpty();
    ProjectActuals p = r.actuals().of("t.txt", 1).orElseThrow();
    TargetValue target = DOC.projects().get(0).indicators().get(0).target();
    assertThat(p.latest(1).orElseThrow().valueAgainst(target)).isEqualTo(number("2068.3"));
  }

  @Test
  void monitoringCountsTheBareNumberAgainstTheTarget() {
    ActualsReadResult r = read("t.txt,1,1,2023-12,2068.3,\n");

    MonitoringTable m =
        MonitoringTable.of(
            "t.txt",
            DOC.projects().get(0),
            r.actuals().of("t.txt", 1).orElseThrow(),
            YearMonth.of(2023, 12),
            2023);

    // 2068.3 / 2068.30 = 100%
    assertThat(m.indicators().get(0).progress()).isEqualByComparingTo("100");
  }

  @Test
  void theSameNumberIsStillAYearAndMonthForADeadlineTarget() {
    ActualsReadResult r = read("t.txt,1,3,2023-12,2023.11,\n");

    assertThat(r.problems()).isEmpty();
    IndicatorActual a = r.actuals().of("t.txt", 1).orElseThrow().latest(3).orElseThrow();
    TargetValue target = DOC.projects().get(0).indicators().get(2).target();
    assertThat(a.valueAgainst(target)).isEqualTo(new TargetValue.Deadline(2023, 11, null, false));
  }

  @Test
  void aQualitativeOrRelativeTargetTakesTheBareNumberAsANumber() {
    ActualsReadResult r = read("t.txt,1,4,2023-12,2068.3,\nt.txt,1,5,2023-12,2024.6,\n");

    assertThat(r.problems()).isEmpty();
    TargetValue relative = DOC.projects().get(0).indicators().get(4).target();
    IndicatorActual a = r.actuals().of("t.txt", 1).orElseThrow().latest(5).orElseThrow();
    assertThat(a.valueAgainst(relative)).isEqualTo(number("2024.6"));
  }

  @Test
  void numbersWithAUnitOrWithoutADecimalAndRealDatesReadAsBefore() {
    ActualsReadResult ok =
        read(
            "t.txt,1,1,2023-10,2068,\n"
                + "t.txt,1,2,2023-12,2068.3公里,\n"
                + "t.txt,1,3,2023-12,2023年11月30日,\n");
    ActualsReadResult unit = read("t.txt,1,2,2023-12,2068.3%,\n");
    ActualsReadResult date = read("t.txt,1,1,2023-12,2023年11月,\n");

    assertThat(ok.problems()).isEmpty();
    assertThat(unit.problems()).extracting(ActualsProblem::code).containsExactly("ACT-UNIT");
    assertThat(date.problems()).extracting(ActualsProblem::code).containsExactly("ACT-VALUE-KIND");
  }
}
