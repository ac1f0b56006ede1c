package io.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TargetValuesTest {

  @ParameterizedTest(name = "{0} → sign {1}, {2} {3}, remark {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        // symbols, units, spaces
        "≥90%                 | 1 | 90       | %      |",
        "≤15万元               | 5 | 15       | 万元    |",
        "≥40平方公里            | 1 | 40       | 平方公里 |",
        "1个                  | 3 | 1        | 个      |",
        "57人                 | 3 | 57       | 人      |",
        "≥85 百分比            | 1 | 85       | %      |",
        "≥95 百分 比           | 1 | 95       | %      |",
        "≤100%                | 5 | 100      | %      |",
        "100%                 | 3 | 100      | %      |",
        ">80万人               | 2 | 80       | 万人    |",
        ">1000人次             | 2 | 1000     | 人次    |",
        "≥109427卷             | 1 | 109427   | 卷      |",
        "≥ 100                | 1 | 100      |        |",
        "≥95                  | 1 | 95       |        |",
        "36.5万条              | 3 | 36.5     | 万条    |",
        "200000万元            | 3 | 200000   | 万元    |",
        "≤0.64 万元            | 5 | 0.64     | 万元    |",
        "12个月                | 3 | 12       | 个月    |",
        "16万元                | 3 | 16       | 万元    |",
        "2 台                 | 3 | 2        | 台      |",
        "≥8 小时               | 1 | 8        | 小时    |",
        "5类                  | 3 | 5        | 类      |",
        "≥4900 套              | 1 | 4900     | 套      |",
        "≥1次/年               | 1 | 1        | 次/年   |",
        "≤5.7元/个·小时         | 5 | 5.7      | 元/个·小时 |",
        "≥7口/100Km2           | 1 | 7        | 口/100Km2 |",
        "230.06KM             | 3 | 230.06   | KM     |",
        "低于3‰                | 4 | 3        | ‰      |",
        "≥1,050平方千米         | 1 | 1050     | 平方千米 |",
        "3个百分点              | 3 | 3        | 百分点  |",
        // variant signs, full-width forms, LaTeX left by a PDF conversion
        "＞80％                | 2 | 80       | %      |",
        "＜５次                 | 4 | 5        | 次      |",
        "≧９０．５％             | 1 | 90.5     | %      |",
        "≦10万元               | 5 | 10       | 万元    |",
        ">=95%                | 1 | 95       | %      |",
        "<=20万元              | 5 | 20       | 万元    |",
        "＝100%               | 3 | 100      | %      |",
        "=1套                 | 3 | 1        | 套      |",
        "⩾90%                 | 1 | 90       | %      |",
        "$\\geq 90\\%$          | 1 | 90       | %      |",
        "$\\leq$ 15 万元        | 5 | 15       | 万元    |",
        // word signs before and after
        "不小于12000k㎡         | 1 | 12000    | k㎡     |",
        "不低于90%             | 1 | 90       | %      |",
        "不少于3次              | 1 | 3        | 次      |",
        "大于等于700人          | 1 | 700      | 人      |",
        "至少2份               | 1 | 2        | 份      |",
        "90%以上               | 1 | 90       | %      |",
        "达到90%以上            | 1 | 90       | %      |",
        "不高于5%              | 5 | 5        | %      |",
        "不超过6104万元         | 5 | 6104     | 万元    |",
        "不大于3天              | 5 | 3        | 天      |",
        "小于等于2小时          | 5 | 2        | 小时    |",
        "控制在100万元以内       | 5 | 100      | 万元    |",
        "5%以下                | 5 | 5        | %      |",
        "24小时内办结           | 5 | 24       | 小时    | 办结",
        "大于1000家            | 2 | 1000     | 家      |",
        "超过1000人            | 2 | 1000     | 人      |",
        "多于5个               | 2 | 5        | 个      |",
        "小于2%                | 4 | 2        | %      |",
        "少于1次               | 4 | 1        | 次      |",
        "不足3天               | 4 | 3        | 天      |",
        "500余次               | 1 | 500      | 次      |",
        "1000多人              | 1 | 1000     | 人      |",
        "线索筛查率达到90%       | 1 | 90       | %      | 线索筛查率",
        // text around one number is the remark
        "编制1份质量成果报告      | 3 | 1        | 份      | 编制质量成果报告",
        "编制1份质检成果报告。     | 3 | 1        | 份      | 编制质检成果报告",
        "100%巩固提升           | 3 | 100      | %      | 巩固提升",
        "100 良好              | 3 | 100      |        | 良好",
        "100 可持续             | 3 | 100      |        | 可持续",
        "合格，100%            | 3 | 100      | %      | 合格",
        "约12000平方公里         | 3 | 12000    | 平方公里 | 约",
        "16个区                | 3 | 16       | 个      | 区",
        "≥2涉农区              | 1 | 2        |        | 涉农区",
        "优良（90分及以上）        | 1 | 90       | 分      | 优良",
        "6台（套）              | 3 | 6        | 台      | （套）",
        "1个市级平台、15个区级平台  | 3 | 1        | 个      | 市级平台、15个区级平台",
        "北斗3号基准站2座         | 3 | 2        | 座      | 北斗3号基准站",
        "次月5号前              | 5 | 5        | 号      | 次月",
        "每月30日前             | 5 | 30       | 日      | 每月",
        // products, ratios, ranges, repeated print
        "7*24小时              | 3 | 168      | 小时    |",
        "提供年度5×8小时服务      | 3 | 40       | 小时    | 提供年度服务",
        "超过1：1              | 2 | 1        |        | 1：1",
        "70-80个               | 1 | 70       | 个      | 至80",
        "0.1～0.2米             | 1 | 0.1      | 米      | 至0.2",
        "≥180≥180万条           | 1 | 180      | 万条    |",
        "≤51≤51万元             | 5 | 51       | 万元    |",
        "百分之九十五以上         | 1 | 95       | %      |",
        "不少于百分之90          | 1 | 90       | %      |",
        // a date in a value that sets a quantity stays in the remark
        "2024年完成10个         | 3 | 10       | 个      | 2024年完成",
        "2024年12月31日前完成率100% | 3 | 100   | %      | 2024年12月31日前完成率",
        "≥90%（上年85%）        | 1 | 90       | %      | （上年85%）",
        "《建筑工程规划验收管理专项督查工作报告》16份 | 3 | 16 | 份 | 《建筑工程规划验收管理专项督查工作报告》",
        // Chinese numerals filling the value
        "一次                  | 3 | 1        | 次      |",
        "不少于两次             | 1 | 2        | 次      |",
        "三年以内               | 5 | 3        | 年      |",
        "十二个月               | 3 | 12       | 个月    |",
      })
  void readsQuantities(String printed, int sign, BigDecimal number, String unit, String remark) {
    TargetValue value = TargetValues.parse(printed);
    assertThat(value).as(printed).isInstanceOf(TargetValue.Quantity.class);
    TargetValue.Quantity q = (TargetValue.Quantity) value;
    assertThat(q.sign().code()).as("sign of %s", printed).isEqualTo(sign);
    assertThat(q.number()).as("number of %s", printed).isEqualByComparingTo(number);
    assertThat(q.unit()).as("unit of %s", printed).isEqualTo(unit);
    assertThat(q.remark()).as("remark of %s", printed).isEqualTo(remark);
  }

  @ParameterizedTest(name = "{0} → {1}-{2}-{3}, period {4}")
  @CsvSource(
      delimiter = '|',
      value = {
        "12月底前                | | 12 |    | false",
        "12 月底前               | | 12 |    | false",
        "2023年12月31日前完成       | 2023 | 12 | 31 | false",
        "2024年6月完成            | 2024 | 6  |    | false",
        "2023年底前              | 2023 | 12 |    | false",
        "2024年12月底前完成         | 2024 | 12 |    | false",
        "2024年12月              | 2024 | 12 |    | false",
        "2023 年 12 月 31 日      | 2023 | 12 | 31 | false",
        "2023年11月30日           | 2023 | 11 | 30 | false",
        "2024年底前完成            | 2024 | 12 |    | false",
        "2023年年底之前            | 2023 | 12 |    | false",
        "2023年12月1号前           | 2023 | 12 | 1  | false",
        "2023年12月中旬前           | 2023 | 12 | 20 | false",
        "不晚于2024年7月30日        | 2024 | 7  | 30 | false",
        "2024.12                | 2024 | 12 |    | false",
        "2024-06-30             | 2024 | 6  | 30 | false",
        "２０２４年６月底前           | 2024 | 6  |    | false",
        "年底前                  | | 12 |    | false",
        "年底之前完成              | | 12 |    | false",
        "十二月底前               | | 12 |    | false",
        "上半年                  | | 6  |    | true",
        "下半年完成               | | 12 |    | true",
        "第三季度                | | 9  |    | true",
        "2季度                  | | 6  |    | true",
        "2024年第3季度            | 2024 | 9 |   | true",
        "2023年1月至12月期间        | 2023 | 12 |    | true",
        "2023年1-12月            | 2023 | 12 |    | true",
        "4月-12月               | | 12 |    | true",
        "2024年1月1日-2024年2月28日 | 2024 | 2  | 28 | true",
        "2023.1—2024.7          | 2024 | 7  |    | true",
        "2023-2025年            | 2025 | 12 |    | true",
        "2024年3月、6月、9月、12月    | 2024 | 12 |    | true",
        "预计2024年11月完成项目全部工作，12月开展项目专家验收评审会 | 2024 | 12 | | true",
        "2023年全年开展            | 2023 | 12 |    | true",
        "2024年年度              | 2024 | 12 |    | true",
        "2024年度数据运维           | 2024 | 12 |    | true",
      })
  void readsDeadlines(String printed, Integer year, int month, Integer day, boolean period) {
    TargetValue value = TargetValues.parse(printed);
    assertThat(value).as(printed).isInstanceOf(TargetValue.Deadline.class);
    TargetValue.Deadline d = (TargetValue.Deadline) value;
    assertThat(d.year()).as("year of %s", printed).isEqualTo(year);
    assertThat(d.month()).as("month of %s", printed).isEqualTo(month);
    assertThat(d.day()).as("day of %s", printed).isEqualTo(day);
    assertThat(d.period()).as("period of %s", printed).isEqualTo(period);
    assertThat(d.sign()).isEqualTo(Sign.LE);
  }

  @Test
  void keepsAnImpossibleDayAsADeadlineThatIsNotPossible() {
    TargetValue.Deadline d = (TargetValue.Deadline) TargetValues.parse("2024年11月31日前完成");

    assertThat(d.day()).isEqualTo(31);
    assertThat(d.possible(2024)).isFalse();
    assertThat(d.lastDay(2024)).hasToString("2024-11-30");
    assertThat(((TargetValue.Deadline) TargetValues.parse("2月29日")).possible(2023)).isFalse();
    assertThat(((TargetValue.Deadline) TargetValues.parse("2月29日")).possible(2024)).isTrue();
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2024年13月             | no month 13",
        "13月底前               | no month 13",
        "2024年2月32日           | no day 32",
        "2024-13-01            | no month 13",
      })
  void leavesAnImpossibleMonthOrDayUnparsed(String printed, String reason) {
    assertThat(TargetValues.parse(printed)).isEqualTo(new TargetValue.Unparsed(reason));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "《GB/T 18316-2008 数字测绘成果质量检查与验收》",
        "《不动产登记数据库标准》（TD/T 1066-2021）",
        "符合《工业企业挥发性有机物排放控制标准》(DB12/ 524—2020)",
        "符合《关于加快推进深远海养殖发展的意见》（农渔发〔2023〕14号）",
      })
  void leavesAValueWhoseOnlyNumbersAreInACitationUnparsed(String printed) {
    TargetValue value = TargetValues.parse(printed);

    assertThat(value).isInstanceOf(TargetValue.Unparsed.class);
    assertThat(((TargetValue.Unparsed) value).reason()).contains("cited standard or document");
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "≥上年                 | 1 |     |",
        "不低于上年              | 1 |     |",
        "不低于上年水平           | 1 |     |",
        "较上年提高              | 2 |     |",
        "较上年有所提升           | 2 |     |",
        "与上年相比有提升          | 2 |     |",
        "与上年相比有所下降        | 4 |     |",
        "与上年持平              | 3 |     |",
        "较上年减少              | 4 |     |",
        "持平或提高于上年          | 1 |     |",
        "不超过上年              | 5 |     |",
        "较上年提高5%            | 2 | 5   | %",
        "比上年增长10个百分点       | 2 | 10  | 百分点",
        "较2023年提高            | 2 |     |",
        "同比下降3%              | 4 | 3   | %",
      })
  void readsValuesRelativeToLastYear(String printed, int sign, BigDecimal change, String unit) {
    TargetValue value = TargetValues.parse(printed);

    assertThat(value).as(printed).isInstanceOf(TargetValue.Relative.class);
    TargetValue.Relative r = (TargetValue.Relative) value;
    assertThat(r.sign().code()).as("sign of %s", printed).isEqualTo(sign);
    if (change == null) {
      assertThat(r.change()).isNull();
    } else {
      assertThat(r.change()).isEqualByComparingTo(change);
    }
    assertThat(r.unit()).isEqualTo(unit);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "巩固提升",
        "可持续",
        "持续保障",
        "是",
        "合格",
        "保障运转",
        "及时",
        "满意",
        "有效提升",
        "良好及以上",
        "有所提高",
        "延续上年工作",
        "年终考核合格",
        "十分满意",
        "一致",
        "用户满意度（%）",
        "控制在预算内"
      })
  void keepsTextWithoutNumbersAsQualitative(String printed) {
    TargetValue value = TargetValues.parse(printed);

    assertThat(value).isEqualTo(new TargetValue.Qualitative(printed));
    assertThat(value.sign().code()).isEqualTo(6);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "\t", "\u3000", " \u00a0 "})
  void readsNullAndWhiteSpaceAsBlank(String printed) {
    assertThat(TargetValues.parse(printed)).isEqualTo(new TargetValue.Blank());
  }

  @Test
  void knowsAmountsOfMoneyInWan() {
    TargetValue.Quantity wan = (TargetValue.Quantity) TargetValues.parse("≤15万元");
    TargetValue.Quantity yuan = (TargetValue.Quantity) TargetValues.parse("≤5000元");
    TargetValue.Quantity perDay = (TargetValue.Quantity) TargetValues.parse("≤2万元/天");

    assertThat(wan.isMoney()).isTrue();
    assertThat(wan.inWan()).isEqualByComparingTo("15");
    assertThat(yuan.inWan()).isEqualByComparingTo("0.5");
    assertThat(perDay.isMoney()).isFalse();
    assertThat(((TargetValue.Quantity) TargetValues.parse("≥90%")).isPercent()).isTrue();
  }

  @Test
  void countsHowManyValuesItUnderstood() {
    List<String> printed =
        Arrays.asList(
            "≥90%", "12月底前", "较上年提高", "巩固提升", null, " ", "2024年13月", "《GB/T 18316-2008》", "年底前");

    ValueGrammarStats stats = TargetValues.share(printed);

    assertThat(stats.total()).isEqualTo(9);
    assertThat(stats.blank()).isEqualTo(2);
    assertThat(stats.qualitative()).isEqualTo(1);
    assertThat(stats.structured()).isEqualTo(4);
    assertThat(stats.unparsed()).isEqualTo(2);
    assertThat(stats.quantitativeLooking()).isEqualTo(4);
    assertThat(stats.parsedQuantitative()).isEqualTo(2);
    assertThat(stats.quantitativePercent()).isEqualByComparingTo("50.0");
    assertThat(stats.parsedPercent()).isEqualByComparingTo("71.4");
  }

  @Test
  void countsTheValuesOfIndicatorsAsAlreadyParsed() {
    List<Indicator> indicators =
        List.of(
            new Indicator("产出指标", "数量指标", "报告数", "报告数", "1份", null),
            new Indicator("产出指标", "时效指标", "完成时限", "完成时限", "2023年底前", null),
            new Indicator("效益指标", "社会效益指标", "水平", "水平", "巩固提升", null));

    ValueGrammarStats stats = ValueGrammarStats.ofIndicators(indicators);

    assertThat(stats.structured()).isEqualTo(2);
    assertThat(stats.qualitative()).isEqualTo(1);
    assertThat(stats.quantitativePercent()).isEqualByComparingTo("100.0");
  }
}
