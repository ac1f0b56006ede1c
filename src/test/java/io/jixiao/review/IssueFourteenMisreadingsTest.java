package io.jixiao.review;

import static io.jixiao.review.SeedReviews.fires;
import static io.jixiao.review.SeedReviews.quiet;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The thirteen misreadings of issue 14, each on the places the issue names (seed/table row), read
 * by the real importer from {@code ../shared/seeds} and reviewed with the default pack.
 */
class IssueFourteenMisreadingsTest {

  @Test
  void q1LeavesGradedLevelsTargetStatesConformityAndComparisonsAlone() {
    quiet("000/14 r9", RuleId.Q1); // 有效提高全市林草资源管理水平
    quiet("000/23 r2", RuleId.Q1); // 登簿, a pass/fail state
    quiet("000/23 r3", RuleId.Q1);
    quiet("000/23 r4", RuleId.Q1);
    quiet("000/88 r3", RuleId.Q1); // 网络运行高效可控
    quiet("000/61 r2", RuleId.Q1); // 林草种子质量符合相关技术要求
    quiet("000/168 r4", RuleId.Q1); // 满足各类档案接收使用
    quiet("003/17 r5", RuleId.Q1); // 好于该断面补偿年度前三年总氮年均值的平均值
  }

  @Test
  void q1FiresOnABareActivityProcedureOrPurposeWhateverItsLength() {
    assertThat(fires("000/120 r9", RuleId.Q1).message()) // 及时发现不合规项目，对项目进行生态环境影响监控
        .contains("描述的是工作或做法");
    assertThat(fires("000/147 r5", RuleId.Q1).message()) // 为森林防火监测提供技术支撑
        .contains("说明的是项目的用途");
    fires("000/169 r5", RuleId.Q1); // 通过开展信息化安全保障工作，为自然资源管理提供…支撑
    fires("003/36 r11", RuleId.Q1); // 按计划完成
    fires("000/61 r6", RuleId.Q1); // 支撑我市林草种子生产经营可持续发展
  }

  @Test
  void q3WantsACountOrAQuantityWithItsBaseUnderQuantity() {
    fires("004/25 r1", RuleId.Q3); // 工程量完成率 100%
    fires("004/47 r1", RuleId.Q3); // 土地评估工作完成率 ≥95%
    fires("000/41 r1", RuleId.Q3); // 债券利息偿还率 100%
    quiet("000/41 r6", RuleId.Q3); // 偿还债务利息金额 3385万元 (效益)
  }

  @Test
  void q3ReadsTimelinessValueKindsBothWays() {
    fires("001/24 r6", RuleId.Q3); // 印刷及时性 → 及时
    fires("001/26 r4", RuleId.Q3); // 按时间进度要求支付使用资金 → 及时
    quiet("003/39 r8", RuleId.Q3); // ≥1次/季度, a frequency
    quiet("003/39 r9", RuleId.Q3); // 次月5号前, a day of the month
  }

  @Test
  void q4ReadsTheDescriptionAndTheWholeFamilyOfSpendingMeasures() {
    fires("001/24 r7", RuleId.Q4); // 成本控制率: 各项经费实际支出数/预算下达数*100%
    fires("001/8 r2", RuleId.Q4); // 经费支出准确率
    fires("001/26 r3", RuleId.Q4);
    fires("003/17 r3", RuleId.Q4); // 拨付率 (补偿资金拨付率)
    fires("000/210 r2", RuleId.Q4); // 土地整理成本支出及时率
    fires("000/210 r4", RuleId.Q4); // 土地整理成本支出比率
    quiet("000/7 r9", RuleId.Q4); // 年度维护成本增长率: a cost trend, not execution
    quiet("000/89 r8", RuleId.Q4); // 按预算成本执行 ≤330.44万元: an amount, a cost target
  }

  @Test
  void s5FindsGoalsThatAddOnlyGenericWordsToTheName() {
    fires("000/121", RuleId.S5); // 完成年度市级城市更新项目土地公开出让评估工作
    fires("000/45", RuleId.S5); // 完成评审、评估及审计工作。
    fires("003/39", RuleId.S5); // 保障…监测站正常运行。
    quiet("000/14", RuleId.S5); // 完成2024年度全市以及16个区的林长制实施情况考核评估
  }

  @Test
  void q5ComparesThePhysicalDimensionOfNameAndUnit() {
    assertThat(fires("000/23 r1", RuleId.Q5).message()).contains("长度单位“KM”"); // 面积 230.06KM
    assertThat(fires("000/168 r1", RuleId.Q5).message()).contains("体积单位“立方米”");
    quiet("000/168 r2", RuleId.Q5); // 密集架可存放档案量 ≥25.2万卷
  }

  @Test
  void s6ComparesEveryRowOfTheTable() {
    quiet("000/61 r2", RuleId.S6); // the first 林草种子质量监测
    for (int row = 5; row <= 8; row++) {
      fires("000/61 r" + row, RuleId.S6);
    }
    quiet("000/18 r7", RuleId.S6); // 地质测量 under 质量: an aspect of the output under 数量
  }

  @Test
  void s2AsksEveryPublicProjectForSatisfaction() {
    fires("000/139", RuleId.S2); // 野生动植物保护物种认定、评估项目
    fires("000/148", RuleId.S2); // 智慧森林防火监测项目
  }

  @Test
  void b3TakesTheOnlyExactCostAmountAsTheTotalCost() {
    assertThat(fires("000/144 r5", RuleId.B3).message()) // 44033.55万元 against 44034.00
        .contains("是总成本");
    quiet("003/51 r4", RuleId.B3); // 仪器设备购置费用 ≤301.4万元 of 305.7: an upper bound on a part
  }

  @Test
  void b2IsSilentAfterAHundredPercentAndAnErrorWithoutDecember() {
    quiet("001/35", RuleId.B2); // 100% at 3月底
    for (String table : List.of("001/19", "001/27", "001/29")) {
      assertThat(fires(table, RuleId.B2).severity()).as(table).isEqualTo(Severity.ERROR);
    }
  }

  @Test
  void q9FindsAValueThatIsAClauseOfTheName() {
    assertThat(fires("000/127 r7", RuleId.Q9).message()) // 完善土地节约集约用地制度
        .contains("三级指标名称的一个分句");
    quiet("000/127 r7", RuleId.Q1);
  }

  @Test
  void findingsWithoutACatalogRuleAreGone() {
    quiet("001/19 r2", RuleId.Q6); // ≥145 万元
    quiet("003/46 r6", RuleId.Q3); // 2023年全年开展 under 质量
  }

  @Test
  void everyRuleReportsAPlaceOnceAndNeverTwoRulesForOneDefect() {
    for (String seed : List.of("000", "001", "003", "004")) {
      for (TableReview t : SeedReviews.review(seed).tables()) {
        Set<String> places = new HashSet<>();
        Set<Integer> q3 = new HashSet<>();
        Set<Integer> q7 = new HashSet<>();
        boolean b3 = false;
        boolean b4 = false;
        for (Finding f : t.findings()) {
          assertThat(places.add(f.rule() + " " + f.row() + " " + f.field()))
              .as("%s/%d %s", seed, t.seq(), f)
              .isTrue();
          if (f.rule() == RuleId.Q3) {
            q3.add(f.row());
          } else if (f.rule() == RuleId.Q7) {
            q7.add(f.row());
          }
          b3 |= f.rule() == RuleId.B3;
          b4 |= f.rule() == RuleId.B4;
        }
        q3.retainAll(q7);
        assertThat(q3).as("%s/%d Q3 and Q7 on one cell", seed, t.seq()).isEmpty();
        assertThat(b3 && b4).as("%s/%d B3 and B4", seed, t.seq()).isFalse();
      }
    }
  }

  @Test
  void aDocumentWhereNoTablePrintsABudgetGradesEveryTableForIt() {
    DocumentReview r = SeedReviews.review("004");

    assertThat(r.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.rule()).isEqualTo(RuleId.S5);
              assertThat(f.severity()).isEqualTo(Severity.ERROR);
            });
    assertThat(r.tables()).allSatisfy(t -> assertThat(t.grade()).isIn(Grade.FAIR, Grade.POOR));
  }
}
