package io.jixiao.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportResult;
import io.jixiao.document.InterchangeJson;
import io.jixiao.model.Budget;
import io.jixiao.model.BudgetUnit;
import io.jixiao.model.Department;
import io.jixiao.model.DepartmentGoals;
import io.jixiao.model.Indicator;
import io.jixiao.model.Money;
import io.jixiao.model.Percent;
import io.jixiao.model.Project;
import io.jixiao.model.ProjectCode;
import io.jixiao.model.SpendingPlan;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.UnitCode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Any document a text export can hold survives Word: header blocks with any combination of printed
 * and blank fields, spending plans with blank checkpoints, indicator tables whose 一级/二级指标 repeat,
 * change or are blank in any order (the merges must read back as the same labels), with and without
 * 指标值确定依据, and a Part 1 of plain prose.
 *
 * <p>"Can hold" excludes what no printed table expresses: a blank 一级指标 below a printed one (it
 * inherits), an indicator row with nothing but labels, a budget unit line without its code.
 */
class DocxRoundTripProperties {

  private static final String HAN =
      "自然资源规划测绘地理信息数据采集更新平台运维监督检查保障服务管理项目工作经费建设维护档案登记"
          + "评价监测调查生态环境保护修复土地执法宣传培训物业办公设备购置系统网络安全质量成本效益";

  private static final String[][] TAXONOMY = {
    {"产出指标", "数量指标", "质量指标", "时效指标", "成本指标"},
    {"效益指标", "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"},
    {"满意度指标", "服务对象满意度指标"},
    {"成本指标", "经济成本指标", "社会成本指标", "生态环境成本指标"}
  };

  private final DocumentReader reader = new DocumentReader();

  @Property(tries = 50)
  void aDocumentWrittenAsWordReadsBackTheSame(@ForAll("documents") TargetDocument doc)
      throws IOException {
    ImportResult word = reader.read("doc.docx", DocxRoundTripTest.docx(doc));

    assertThat(word.errors()).isEmpty();
    TargetDocument back =
        new TargetDocument(
            doc.source(),
            word.document().department(),
            word.document().overall(),
            word.document().projects());
    assertThat(new InterchangeJson().write(back)).isEqualTo(new InterchangeJson().write(doc));
  }

  @Provide
  Arbitrary<TargetDocument> documents() {
    return Combinators.combine(department().injectNull(0.3), overall().injectNull(0.5), projects())
        .as((d, o, p) -> new TargetDocument("doc.json", d, o, p));
  }

  private Arbitrary<Department> department() {
    return Combinators.combine(
            Arbitraries.of("承德市自然资源和规划局", "天津市生态环境局", "石家庄高新区自然资源和规划住建局"),
            Arbitraries.integers().between(2020, 2026))
        .as(Department::new);
  }

  private Arbitrary<DepartmentGoals> overall() {
    Arbitrary<DepartmentGoals.SubGoal> subGoal =
        Combinators.combine(
                words(4, 16),
                sentence().injectNull(0.2),
                Combinators.combine(words(4, 14), Arbitraries.of("≥90%", "100%", "≥ 4 次"))
                    .as((a, b) -> a + " " + b)
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(4))
            .as(DepartmentGoals.SubGoal::new);
    Arbitrary<DepartmentGoals.Measure> measure =
        Combinators.combine(words(4, 12), sentence().injectNull(0.2))
            .as(DepartmentGoals.Measure::new);
    return Combinators.combine(
            sentence().list().ofMinSize(1).ofMaxSize(3).map(l -> String.join("\n", l)),
            subGoal.list().ofMinSize(1).ofMaxSize(4),
            measure.list().ofMaxSize(3))
        .as(DepartmentGoals::new);
  }

  private Arbitrary<List<Project>> projects() {
    return project().list().ofMinSize(1).ofMaxSize(3).map(DocxRoundTripProperties::numbered);
  }

  private static List<Project> numbered(List<Project> list) {
    List<Project> out = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Project p = list.get(i);
      out.add(
          Project.of(
              i + 1,
              p.title(),
              p.unit(),
              p.code(),
              p.name(),
              p.budget(),
              p.fundUse(),
              p.spendingPlan(),
              p.goals(),
              p.indicators()));
    }
    return out;
  }

  private Arbitrary<Project> project() {
    Arbitrary<BudgetUnit> unit =
        Combinators.combine(
                Arbitraries.strings().numeric().ofLength(6).map(UnitCode::new), words(4, 16))
            .as(BudgetUnit::new);
    Arbitrary<ProjectCode> code =
        Arbitraries.strings()
            .withChars("0123456789PABCDEFGHM")
            .ofMinLength(8)
            .ofMaxLength(21)
            .map(ProjectCode::new);
    Arbitrary<Money> money =
        Arbitraries.bigDecimals()
            .between(BigDecimal.ZERO, BigDecimal.valueOf(99999))
            .ofScale(4)
            .map(Money::new);
    Arbitrary<Budget> budget =
        Combinators.combine(money.injectNull(0.3), money.injectNull(0.3), money.injectNull(0.5))
            .as(Budget::new);
    Arbitrary<Percent> percent =
        Arbitraries.bigDecimals()
            .between(BigDecimal.ZERO, BigDecimal.valueOf(100))
            .ofScale(1)
            .map(Percent::new);
    Arbitrary<SpendingPlan> plan =
        Combinators.combine(
                percent.injectNull(0.5),
                percent.injectNull(0.4),
                percent.injectNull(0.3),
                percent.injectNull(0.1))
            .as(SpendingPlan::new);
    Arbitrary<List<String>> goals = sentence().list().ofMaxSize(3);
    return Combinators.combine(
            Combinators.combine(
                    words(4, 30).map(s -> s + "绩效目标表"),
                    unit.injectNull(0.3),
                    code.injectNull(0.4),
                    words(4, 30).injectNull(0.3),
                    budget.injectNull(0.3),
                    sentence().injectNull(0.3))
                .as(Head::new),
            plan.injectNull(0.4),
            goals,
            indicators())
        .as(
            (h, pl, g, ind) ->
                Project.of(0, h.title, h.unit, h.code, h.name, h.budget, h.fundUse, pl, g, ind));
  }

  private record Head(
      String title,
      BudgetUnit unit,
      ProjectCode code,
      String name,
      Budget budget,
      String fundUse) {}

  /** Indicator rows in groups that repeat their labels, a label sometimes blank or unknown. */
  private Arbitrary<List<Indicator>> indicators() {
    Arbitrary<String[]> labels =
        Arbitraries.integers()
            .between(0, TAXONOMY.length - 1)
            .flatMap(
                g ->
                    Arbitraries.integers()
                        .between(1, TAXONOMY[g].length - 1)
                        .map(k -> new String[] {TAXONOMY[g][0], TAXONOMY[g][k]}));
    Arbitrary<String> level2Override = Arbitraries.of("", "其他指标").injectNull(0.85);
    Arbitrary<Row> row =
        Combinators.combine(
                labels,
                level2Override,
                Arbitraries.integers().between(1, 3),
                words(2, 20),
                words(2, 30).injectNull(0.3),
                Arbitraries.of("≥90%", "100%", "12月底前", "巩固提升", "≤15.5万元", "1个", "≥ 上年")
                    .injectNull(0.1),
                words(2, 10).injectNull(0.4))
            .as(Row::new);
    return Combinators.combine(row.list().ofMinSize(1).ofMaxSize(6), Arbitraries.of(true, false))
        .as(
            (rows, basis) -> {
              List<Indicator> out = new ArrayList<>();
              for (Row r : rows) {
                String l2 = r.level2 == null ? r.labels[1] : r.level2.isEmpty() ? null : r.level2;
                for (int k = 0; k < r.repeat; k++) {
                  out.add(
                      new Indicator(
                          r.labels[0],
                          l2,
                          r.name + k,
                          r.description,
                          r.value,
                          basis ? r.basis : null));
                }
              }
              return out;
            });
  }

  private record Row(
      String[] labels,
      String level2,
      int repeat,
      String name,
      String description,
      String value,
      String basis) {}

  private static Arbitrary<String> words(int min, int max) {
    return Arbitraries.strings().withChars(HAN).ofMinLength(min).ofMaxLength(max);
  }

  /** A sentence of prose that ends with a full stop, as goals and measures print. */
  private static Arbitrary<String> sentence() {
    return Combinators.combine(words(4, 20), words(2, 20)).as((a, b) -> a + "，" + b + "。");
  }
}
