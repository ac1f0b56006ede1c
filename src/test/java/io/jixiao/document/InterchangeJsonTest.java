package io.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.jixiao.model.Budget;
import io.jixiao.model.BudgetUnit;
import io.jixiao.model.Department;
import io.jixiao.model.DepartmentGoals;
import io.jixiao.model.Indicator;
import io.jixiao.model.Money;
import io.jixiao.model.Percent;
import io.jixiao.model.Project;
import io.jixiao.model.Sign;
import io.jixiao.model.SpendingPlan;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TargetValue;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;

class InterchangeJsonTest {

  private final InterchangeJson json = new InterchangeJson();
  private final InterchangeJson standard = InterchangeJson.standardKeysOnly();

  @Nested
  class Writing {

    @Test
    void aSmallDocumentIsWrittenExactlyAsInterchangeMdShowsIt() {
      TargetDocument doc =
          new TargetDocument(
              "demo.txt",
              new Department("承德市自然资源和规划局", 2023),
              new DepartmentGoals(
                  "第一段\n第二段",
                  List.of(new DepartmentGoals.SubGoal("分项一", "目标", List.of("普及率 ≥90%"))),
                  List.of(new DepartmentGoals.Measure("完善制度建设", null))),
              List.of(
                  Project.of(
                      7,
                      "2023 年检查绩效目标表",
                      BudgetUnit.parse("543001 承德市自然资源和规划局本级"),
                      null,
                      "质量检查",
                      new Budget(Money.of("15.00"), Money.of("15.00"), null),
                      "开展 \"双随机\" 检查",
                      new SpendingPlan(null, null, Percent.of(30), Percent.of(100)),
                      List.of("完成检查"),
                      List.of(new Indicator("产出指标", "数量指标", "检查次数", null, "≥1 次", null)))));

      assertThat(standard.write(doc))
          .isEqualTo(
              """
              {
                "source": "demo.txt",
                "department": {
                  "name": "承德市自然资源和规划局",
                  "year": 2023
                },
                "overall": {
                  "summary": "第一段\\n第二段",
                  "subGoals": [
                    {
                      "title": "分项一",
                      "goal": "目标",
                      "indicators": [
                        "普及率 ≥90%"
                      ]
                    }
                  ],
                  "measures": [
                    {
                      "title": "完善制度建设",
                      "text": null
                    }
                  ]
                },
                "projects": [
                  {
                    "seq": 7,
                    "title": "2023 年检查绩效目标表",
                    "unitCode": "543001",
                    "unitName": "承德市自然资源和规划局本级",
                    "projectCode": null,
                    "projectName": "质量检查",
                    "budget": {
                      "total": 15.0,
                      "fiscal": 15.0,
                      "other": null
                    },
                    "fundUse": "开展 \\"双随机\\" 检查",
                    "spendingPlan": {
                      "mar": null,
                      "jun": null,
                      "oct": 30,
                      "dec": 100
                    },
                    "goals": [
                      "完成检查"
                    ],
                    "indicators": [
                      {
                        "l1": "产出指标",
                        "l2": "数量指标",
                        "l3": "检查次数",
                        "description": null,
                        "value": "≥1 次",
                        "basis": null
                      }
                    ]
                  }
                ]
              }
              """);
    }

    @Test
    void keysFollowTheOrderOfTheContractAtEveryLevel() {
      String text = json.write(InterchangeFixtures.chengde());

      assertThat(keysOf(text))
          .startsWith(
              "formatVersion",
              "source",
              "department",
              "name",
              "year",
              "overall",
              "summary",
              "subGoals",
              "title",
              "goal",
              "indicators")
          .containsSubsequence(
              "projects",
              "seq",
              "title",
              "unitCode",
              "unitName",
              "projectCode",
              "projectName",
              "budget",
              "total",
              "fiscal",
              "other",
              "fundUse",
              "spendingPlan",
              "mar",
              "jun",
              "oct",
              "dec",
              "goals",
              "indicators",
              "l1",
              "l2",
              "l3",
              "description",
              "value",
              "basis",
              "parsed");
      assertThat(text).contains("\"measures\": [\n      {\n        \"title\": \"完善制度建设\"");
    }

    @Test
    void blankTablesHaveNullCellsAndNullObjects() {
      String text = json.write(InterchangeFixtures.chengde());

      assertThat(text)
          .contains(
              """
                    "seq": 2,
                    "title": "空白绩效目标表",
                    "unitCode": null,
                    "unitName": null,
                    "projectCode": null,
                    "projectName": null,
                    "budget": null,
                    "fundUse": null,
                    "spendingPlan": null,
                    "goals": [],
                    "indicators": []
              """);
    }

    @Test
    void aDocumentWithoutDepartmentOrPartOneWritesNullForBoth() {
      TargetDocument doc = new TargetDocument("x.txt", null, null, List.of());

      assertThat(json.write(doc))
          .isEqualTo(
              "{\n  \"formatVersion\": 2,\n  \"source\": \"x.txt\",\n  \"department\": null,\n"
                  + "  \"overall\": null,\n  \"projects\": []\n}\n");
    }

    @Test
    void aBudgetWithNoAmountPrintedIsNull() {
      TargetDocument doc =
          oneProject(
              Project.of(
                  1,
                  "表",
                  null,
                  null,
                  null,
                  new Budget(null, null, null),
                  null,
                  null,
                  List.of(),
                  List.of()));

      assertThat(json.write(doc)).contains("\"budget\": null,");
    }

    @Test
    void moneyKeepsOneDecimalAtLeastAndDropsTrailingZeros() {
      assertThat(InterchangeWriter.moneyNumber(new BigDecimal("15.00"))).isEqualTo("15.0");
      assertThat(InterchangeWriter.moneyNumber(new BigDecimal("100.17"))).isEqualTo("100.17");
      assertThat(InterchangeWriter.moneyNumber(new BigDecimal("7.15"))).isEqualTo("7.15");
      assertThat(InterchangeWriter.moneyNumber(new BigDecimal("100"))).isEqualTo("100.0");
      assertThat(InterchangeWriter.moneyNumber(new BigDecimal("1E+2"))).isEqualTo("100.0");
      assertThat(InterchangeWriter.moneyNumber(new BigDecimal("0.00"))).isEqualTo("0.0");
      assertThat(InterchangeWriter.moneyNumber(new BigDecimal("0.0050"))).isEqualTo("0.005");
      assertThat(InterchangeWriter.moneyNumber(new BigDecimal("1234.5600"))).isEqualTo("1234.56");
    }

    @Test
    void percentagesAreWholeNumbersWhenWhole() {
      assertThat(InterchangeWriter.plainNumber(new BigDecimal("30"))).isEqualTo("30");
      assertThat(InterchangeWriter.plainNumber(new BigDecimal("100.0"))).isEqualTo("100");
      assertThat(InterchangeWriter.plainNumber(new BigDecimal("12.50"))).isEqualTo("12.5");
      assertThat(InterchangeWriter.plainNumber(new BigDecimal("1E+2"))).isEqualTo("100");
      assertThat(InterchangeWriter.plainNumber(new BigDecimal("0"))).isEqualTo("0");
    }

    @Test
    void moneyAndPercentagesAreJsonNumbersInTheDocument() {
      TargetDocument doc =
          oneProject(
              Project.of(
                  1,
                  "表",
                  null,
                  null,
                  null,
                  new Budget(Money.of("100.17"), Money.of("100"), Money.of("0.00")),
                  null,
                  new SpendingPlan(
                      Percent.parse("12.5%"), Percent.parse("25%"), null, Percent.parse("100%")),
                  List.of(),
                  List.of()));

      String text = json.write(doc);

      assertThat(text)
          .contains("\"total\": 100.17,\n", "\"fiscal\": 100.0,\n", "\"other\": 0.0\n")
          .contains("\"mar\": 12.5,\n", "\"jun\": 25,\n", "\"oct\": null,\n", "\"dec\": 100\n");
    }

    @Test
    void chineseTextIsWrittenAsUtf8WithoutEscapes() {
      String text = json.write(InterchangeFixtures.chengde());

      assertThat(text).contains("\"name\": \"承德市自然资源和规划局\"").doesNotContain("\\u");
      assertThat(text.getBytes(StandardCharsets.UTF_8))
          .containsSequence("承德".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void streamingWritesTheSameTextAndLeavesTheWriterOpen() {
      StringWriter out = new StringWriter();

      json.write(InterchangeFixtures.chengde(), out);
      out.write("more");

      assertThat(out.toString()).isEqualTo(json.write(InterchangeFixtures.chengde()) + "more");
    }

    @Test
    void theParsedValueFollowsTheStandardKeysOfAnIndicator() {
      String text = json.write(InterchangeFixtures.chengde());

      assertThat(text)
          .containsPattern("\"basis\": \"年度工作计划\",\n {10}\"parsed\": (null|\\{)")
          .doesNotContain("\"basis\": null\n        }");
    }

    @Test
    void aQuantityIsWrittenWithItsSignCodeNumberAndUnit() {
      assertThat(parsed(new TargetValue.Quantity(Sign.GE, new BigDecimal("90.0"), "%", null), null))
          .isEqualTo("{\"parsed\":{\"sign\":1,\"number\":90,\"unit\":\"%\"}}");
      assertThat(parsed(new TargetValue.Quantity(Sign.EQ, BigDecimal.ONE, null, "编制质量成果报告"), null))
          .isEqualTo(
              "{\"parsed\":{\"sign\":3,\"number\":1,\"unit\":null,\"remark\":\"编制质量成果报告\"}}");
    }

    @Test
    void aDeadlineWithoutYearTakesTheBudgetYear() {
      assertThat(parsed(new TargetValue.Deadline(null, 12, null, false), 2023))
          .isEqualTo("{\"parsed\":{\"sign\":5,\"deadline\":\"2023-12-31\"}}");
      assertThat(parsed(new TargetValue.Deadline(2024, 6, 30, true), 2023))
          .isEqualTo("{\"parsed\":{\"sign\":5,\"deadline\":\"2024-06-30\",\"period\":true}}");
      assertThat(parsed(new TargetValue.Deadline(null, 11, 30, false), null))
          .isEqualTo("{\"parsed\":{\"sign\":5,\"deadline\":\"--11-30\"}}");
    }

    @Test
    void relativeQualitativeBlankAndUnparsedValuesAreWrittenToo() {
      assertThat(parsed(new TargetValue.Relative(Sign.GE), null))
          .isEqualTo("{\"parsed\":{\"sign\":1,\"baseline\":\"上年\"}}");
      assertThat(parsed(new TargetValue.Qualitative("巩固提升"), null))
          .isEqualTo("{\"parsed\":{\"sign\":6}}");
      assertThat(parsed(new TargetValue.Blank(), null)).isEqualTo("{\"parsed\":null}");
      assertThat(parsed(new TargetValue.Unparsed("two numbers"), null))
          .isEqualTo("{\"parsed\":null,\"unparsed\":\"two numbers\"}");
    }

    @Test
    void theStandardWriterLeavesTheParsedValueOut() {
      assertThat(standard.write(InterchangeFixtures.chengde())).doesNotContain("\"parsed\"");
    }
  }

  @Nested
  class RoundTrip {

    @Test
    void readingWhatWasWrittenGivesTheSameDocument() {
      TargetDocument doc = InterchangeFixtures.chengde();

      ImportResult result = json.read(json.write(doc), "chengde.json");

      assertThat(result.problems()).isEmpty();
      assertThat(result.document()).isEqualTo(doc);
    }

    @Test
    void writingWhatWasReadGivesTheSameBytes() {
      String first = json.write(InterchangeFixtures.chengde());

      String second = json.write(json.readDocument(first, "chengde.json"));

      assertThat(second.getBytes(StandardCharsets.UTF_8))
          .isEqualTo(first.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void amountsComeBackEqualInValueWhateverTheirPrintedScale() {
      TargetDocument doc =
          oneProject(
              Project.of(
                  1,
                  "表",
                  null,
                  null,
                  null,
                  new Budget(Money.of("15.00"), Money.of("15.00"), Money.of("0.00")),
                  null,
                  null,
                  List.of(),
                  List.of()));

      Budget read = json.readDocument(json.write(doc), "x.json").projects().get(0).budget();

      assertThat(read.total().sameAmount(Money.of("15.00"))).isTrue();
      assertThat(read.total().wan()).isEqualByComparingTo("15");
      assertThat(read.other().wan()).isEqualByComparingTo("0");
    }

    @Test
    void theTaxonomyIsDetectedAgainFromTheIndicators() {
      Project read =
          json.readDocument(json.write(InterchangeFixtures.chengde()), "x").projects().get(0);

      assertThat(read.taxonomy())
          .isEqualTo(InterchangeFixtures.chengde().projects().get(0).taxonomy());
    }
  }

  @Nested
  class Reading {

    @Test
    void unknownKeysAreIgnoredAtEveryLevel() {
      String text =
          """
          {"source": "a.txt", "budgetTotals": {"x": [1, 2]}, "department": null, "overall": null,
           "projects": [{"seq": 1, "title": "表", "extra": [{"deep": true}], "goals": [],
             "indicators": [{"l1": "产出指标", "value": "≥90%", "parsed": {"sign": 1}}]}]}
          """;

      TargetDocument doc = json.readDocument(text, "a.json");

      assertThat(doc.projects().get(0).indicators())
          .containsExactly(new Indicator("产出指标", null, null, null, "≥90%", null));
    }

    @Test
    void missingOptionalKeysReadAsBlank() {
      TargetDocument doc =
          json.readDocument("{\"projects\": [{\"seq\": 3, \"title\": \"表\"}]}", "a.json");

      Project p = doc.projects().get(0);
      assertThat(p.seq()).isEqualTo(3);
      assertThat(p.unit()).isNull();
      assertThat(p.budget()).isNull();
      assertThat(p.goals()).isEmpty();
      assertThat(p.indicators()).isEmpty();
    }

    @Test
    void aMissingSourceIsReplacedByTheFileNameWithAWarning() {
      ImportResult result = json.read("{\"projects\": []}", "a.json");

      assertThat(result.ok()).isTrue();
      assertThat(result.document().source()).isEqualTo("a.json");
      assertThat(result.problems())
          .extracting(ImportProblem::code)
          .containsExactly("IMP-JSON-MISSING", "IMP-JSON-EMPTY");
    }

    @Test
    void aByteOrderMarkIsAccepted() {
      assertThat(
              json.readDocument("\ufeff{\"source\": \"a.txt\", \"projects\": []}", "a.json")
                  .source())
          .isEqualTo("a.txt");
    }

    @Test
    void aTextWhereANumberBelongsIsLocatedByPathAndLine() {
      String text =
          """
          {
            "source": "a.txt",
            "projects": [
              {"seq": 1, "title": "一"},
              {"seq": 2, "title": "二"},
              {"seq": 3, "title": "三"},
              {
                "seq": 4,
                "title": "四",
                "budget": {"total": "15万", "fiscal": 15.0, "other": null}
              }
            ]
          }
          """;

      ImportResult result = json.read(text, "bad.json");

      assertThat(result.document()).isNull();
      assertThat(result.errors()).hasSize(1);
      ImportProblem problem = result.errors().get(0);
      assertThat(problem.field()).isEqualTo("projects[3].budget.total");
      assertThat(problem.line()).isEqualTo(10);
      assertThat(problem.table()).isEqualTo(4);
      assertThat(problem.code()).isEqualTo("IMP-JSON-TYPE");
      assertThat(problem.message()).startsWith("不是数字").contains("\"15万\"");
      assertThat(problem.toString())
          .isEqualTo(
              "bad.json:10: 错误 表 4, 字段 projects[3].budget.total, "
                  + "不是数字：应为金额（万元）或 null，实际为字符串 \"15万\" [IMP-JSON-TYPE]");
    }

    @Test
    void everyWrongValueIsReportedInOnePass() {
      String text =
          """
          {"source": "a.txt",
           "department": {"name": "局", "year": "2023"},
           "projects": [
            {"seq": "1", "title": "一", "goals": ["a", 2],
             "spendingPlan": {"mar": -5, "jun": null, "oct": null, "dec": 100},
             "unitCode": "54-30", "projectCode": "P 1"},
            {"title": null, "indicators": [{"l1": ["产出指标"]}]}
           ]}
          """;

      ImportResult result = json.read(text, "bad.json");

      assertThat(result.document()).isNull();
      assertThat(result.errors())
          .extracting(ImportProblem::field, ImportProblem::line)
          .containsExactly(
              tuple("department.year", 2),
              tuple("projects[0].seq", 4),
              tuple("projects[0].goals[1]", 4),
              tuple("projects[0].spendingPlan.mar", 5),
              tuple("projects[0].unitCode", 6),
              tuple("projects[0].projectCode", 6),
              tuple("projects[0]", 4),
              tuple("projects[1].indicators[0].l1", 7),
              tuple("projects[1]", 7),
              tuple("projects[1]", 7));
      assertThat(result.errors().get(3).message()).isEqualTo("百分比不能为负数：-5");
      assertThat(result.errors().get(6).message()).isEqualTo("缺少表序号（seq）");
      assertThat(result.errors().get(9).message()).isEqualTo("缺少表标题（title）");
    }

    @Test
    void aSyntaxErrorIsLocatedByLineAndColumn() {
      String text = "{\n  \"source\": \"a.txt\"\n  \"projects\": []\n}\n";

      ImportResult result = json.read(text, "bad.json");

      assertThat(result.document()).isNull();
      ImportProblem problem = result.errors().get(0);
      assertThat(problem.code()).isEqualTo("IMP-JSON-SYNTAX");
      assertThat(problem.line()).isEqualTo(3);
      assertThat(problem.message()).startsWith("JSON 格式错误（第 3 行第 3 列）：不符合 JSON 语法");
    }

    @Test
    void aTruncatedFileSaysTheJsonEndsEarly() {
      String text = json.write(InterchangeFixtures.chengde());

      ImportResult result = json.read(text.substring(0, text.length() / 2), "cut.json");

      assertThat(result.errors()).hasSize(1);
      assertThat(result.errors().get(0).message()).contains("JSON 意外结束");
      assertThat(result.errors().get(0).field()).startsWith("projects[0]");
    }

    @Test
    void aKeyGivenTwiceIsAnError() {
      ImportResult result =
          json.read("{\"projects\": [{\"seq\": 1, \"seq\": 2, \"title\": \"表\"}]}", "dup.json");

      assertThat(result.errors()).hasSize(1);
      assertThat(result.errors().get(0).message()).contains("字段重复");
      assertThat(result.errors().get(0).table()).isEqualTo(1);
    }

    @Test
    void aDocumentWithoutProjectsIsNotAnInterchangeFile() {
      ImportResult result = json.read("{\n \"source\": \"a.txt\"\n}", "other.json");

      assertThat(result.errors())
          .extracting(ImportProblem::code, ImportProblem::line, ImportProblem::message)
          .containsExactly(tuple("IMP-JSON-MISSING", 1, "缺少字段 projects：不是绩效目标交换文件"));
    }

    @Test
    void anArrayAtTheTopIsRefused() {
      ImportResult result = json.read("[1, 2]", "list.json");

      assertThat(result.errors().get(0).message()).isEqualTo("顶层应为 JSON 对象 {…}，实际为数组 […]");
    }

    @Test
    void contentAfterTheDocumentIsRefused() {
      ImportResult result = json.read("{\"projects\": []} {}", "two.json");

      assertThat(result.document()).isNull();
      assertThat(result.errors().get(0).message()).isEqualTo("JSON 对象结束后还有多余内容：对象 {…}");
    }

    @Test
    void anAbsurdAmountIsRefusedInsteadOfExpanded() {
      ImportResult result =
          json.read(
              "{\"projects\": [{\"seq\": 1, \"title\": \"表\", \"budget\": {\"total\":"
                  + " 1e999999999}}]}",
              "big.json");

      assertThat(result.errors().get(0).message()).startsWith("金额（万元）数值过大");
    }

    @Test
    void readDocumentThrowsWithEveryProblemListed() {
      assertThatThrownBy(() -> json.readDocument("{\"projects\": [{\"seq\": 1}]}", "a.json"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("a.json:1: 错误 表 1, 字段 projects[0], 缺少表标题（title）");
    }
  }

  @Nested
  class AsInputOfTheDocumentReader {

    @Test
    void anInterchangeFileIsReadByContentWhateverItsName() {
      byte[] bytes = json.write(InterchangeFixtures.chengde()).getBytes(StandardCharsets.UTF_8);

      ImportResult result = new DocumentReader().read("targets.txt", bytes);

      assertThat(result.ok()).isTrue();
      assertThat(result.document()).isEqualTo(InterchangeFixtures.chengde());
    }

    @Test
    void problemsOfAJsonInputNameTheJsonFile() {
      byte[] bytes = "  {\"projects\": {}}".getBytes(StandardCharsets.UTF_8);

      ImportResult result = new DocumentReader().read("in.json", bytes);

      assertThat(result.errors())
          .extracting(ImportProblem::toString)
          .containsExactly("in.json:1: 错误 字段 projects, 应为数组 […]，实际为对象 {…} [IMP-JSON-TYPE]");
    }
  }

  private static TargetDocument oneProject(Project p) {
    return new TargetDocument("x.txt", null, null, List.of(p));
  }

  /** The keys of a JSON text in the order they appear. */
  private static List<String> keysOf(String text) {
    List<String> keys = new ArrayList<>();
    Matcher m = Pattern.compile("\"(\\w+)\": ").matcher(text);
    while (m.find()) {
      keys.add(m.group(1));
    }
    return keys;
  }

  /** The extra keys written for one parsed value, compact. */
  private static String parsed(TargetValue value, Integer budgetYear) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g =
        tools.jackson.core.json.JsonFactory.builder().build().createGenerator(out)) {
      g.writeStartObject();
      new InterchangeWriter(g, true).budgetYear(budgetYear).parsed(value);
      g.writeEndObject();
    }
    return out.toString();
  }
}
