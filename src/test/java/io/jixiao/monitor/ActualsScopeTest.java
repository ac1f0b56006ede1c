package io.jixiao.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines given as values, and a scope that lets lines be about some tables only. */
class ActualsScopeTest {

  /** Table 1 accepted, table 2 refused; other sources named as not the department's. */
  static final ActualsScope FIRST_TABLE_ONLY =
      new ActualsScope() {
        @Override
        public String refusal(TargetDocument d, Project p) {
          return p.seq() == 1 ? null : "表 " + p.seq() + " 尚未批复，不能填报执行数据";
        }

        @Override
        public String unknownSource(String source) {
          return "“" + source + "”不是本部门的绩效文本";
        }
      };

  @Test
  void linesGivenAsValuesAreCheckedAsAFilesLinesAndNamedByTheirNumber() {
    ActualsReadResult r =
        ActualsLines.read(
            "表单",
            List.of(
                new ActualsLine(1, "t.txt", "1", "spent", "2023-06", "2.5", "进度正常"),
                new ActualsLine(2, "t.txt", "1", "2", "2023-06", "12个", null)),
            List.of(ActualsCsvTest.DOC),
            ActualsScope.ANY);

    assertThat(r.ok()).isFalse();
    assertThat(r.errors()).hasSize(1);
    ActualsProblem p = r.errors().get(0);
    assertThat(p.code()).isEqualTo("ACT-UNIT");
    assertThat(p.file()).isEqualTo("表单");
    assertThat(p.line()).isEqualTo(2);
    assertThat(p.column()).isEqualTo("value");
    assertThat(p.message()).isEqualTo("实际完成值“12个”的单位“个”与指标值“≥95%”的单位“%”不符");
  }

  @Test
  void rightLinesGivenAsValuesMakeTheEntriesAFileWould() {
    ActualsReadResult r =
        ActualsLines.read(
            "表单",
            List.of(new ActualsLine(1, "t.txt", "1", "spent", "2023-06", "2.5万元", " 进度正常 ")),
            List.of(ActualsCsvTest.DOC),
            ActualsScope.ANY);

    assertThat(r.ok()).isTrue();
    assertThat(r.entries()).hasSize(1);
    ActualsEntry e = r.entries().get(0);
    assertThat(e.key()).isEqualTo(ActualsCsvTest.T1);
    assertThat(e.value()).isEqualTo("2.50");
    assertThat(e.note()).isEqualTo("进度正常");
  }

  @Test
  void aLineAboutATableTheScopeRefusesIsAnErrorAtItsSeqAndTheFileYieldsNothing() {
    String csv =
        "source,seq,row,period,value,note\n"
            + "t.txt,1,spent,2023-06,2.5,\n"
            + "t.txt,2,spent,2023-06,1,\n";
    ActualsReadResult r =
        ActualsFiles.read(
            "a.csv",
            csv.getBytes(StandardCharsets.UTF_8),
            List.of(ActualsCsvTest.DOC),
            FIRST_TABLE_ONLY);

    assertThat(r.ok()).isFalse();
    assertThat(r.entries()).isEmpty();
    assertThat(r.errors()).extracting(ActualsProblem::toString)
        .containsExactly("a.csv:3: 错误 列 seq：表 2 尚未批复，不能填报执行数据 [ACT-SCOPE]");
  }

  @Test
  void aSourceOutsideTheScopeGetsTheScopesMessage() {
    String csv = "source,seq,row,period,value,note\nother.txt,1,spent,2023-06,2.5,\n";
    ActualsReadResult r =
        ActualsCsv.read(
            "a.csv",
            csv.getBytes(StandardCharsets.UTF_8),
            List.of(ActualsCsvTest.DOC),
            FIRST_TABLE_ONLY);

    assertThat(r.errors()).extracting(ActualsProblem::toString)
        .containsExactly("a.csv:2: 错误 列 source：“other.txt”不是本部门的绩效文本 [ACT-SOURCE-UNKNOWN]");
  }

  @Test
  void aScopeOfTheBudgetYearOnlyRefusesAMonthOfAnotherYearWhereTheCommandLineOnlyWarns() {
    ActualsScope budgetYearOnly =
        new ActualsScope() {
          @Override
          public String refusal(TargetDocument d, Project p) {
            return null;
          }

          @Override
          public boolean budgetYearOnly() {
            return true;
          }
        };
    String csv =
        "source,seq,row,period,value,note\nt.txt,1,spent,2023-06,2.5,\nt.txt,1,2,2031-05,96%,\n";

    ActualsReadResult web =
        ActualsFiles.read(
            "a.csv", csv.getBytes(StandardCharsets.UTF_8), List.of(ActualsCsvTest.DOC),
            budgetYearOnly);
    assertThat(web.ok()).isFalse();
    assertThat(web.entries()).isEmpty();
    assertThat(web.errors()).extracting(ActualsProblem::toString)
        .containsExactly("a.csv:3: 错误 列 period：期间 2031-05 不在绩效目标表的预算年度 2023 年内："
            + "只能填报 2023-01 至 2023-12 的执行数据 [ACT-PERIOD-YEAR]");

    ActualsReadResult cli =
        ActualsFiles.read(
            "a.csv", csv.getBytes(StandardCharsets.UTF_8), List.of(ActualsCsvTest.DOC),
            ActualsScope.ANY);
    assertThat(cli.ok()).isTrue();
    assertThat(cli.entries()).hasSize(2);
    assertThat(cli.warnings()).extracting(ActualsProblem::code).containsExactly("ACT-PERIOD-YEAR");
  }

  @Test
  void withoutAScopeEveryTableOfTheDocumentsIsAccepted() {
    String csv = "source,seq,row,period,value,note\nt.txt,2,spent,2023-06,1,\n";
    ActualsReadResult r =
        ActualsFiles.read(
            "a.csv", csv.getBytes(StandardCharsets.UTF_8), List.of(ActualsCsvTest.DOC));

    assertThat(r.ok()).isTrue();
    assertThat(r.entries()).hasSize(1);
  }
}
