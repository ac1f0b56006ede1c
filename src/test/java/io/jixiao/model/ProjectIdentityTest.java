package io.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A table's identity: its 项目编码, else its normalised name with its unit. */
class ProjectIdentityTest {

  private static Project table(String code, String unitCode, String unitName, String name) {
    TestDocuments.ProjectBuilder b = TestDocuments.project(1, "绩效目标表").name(name);
    if (code != null) {
      b.code(code);
    }
    if (unitCode != null || unitName != null) {
      b.unit(unitCode, unitName);
    }
    return b.build();
  }

  @Test
  void theProjectCodeIsTheIdentityWhereOneIsPrinted() {
    Project a = table("13080023P000085100062", "543001", "承德市自然资源和规划局本级", "基础测绘");
    Project renamed = table("13080023P000085100062", "543002", "别的单位", "基础测绘（更名）");
    assertThat(ProjectIdentity.of(a).key()).isEqualTo("code:13080023p000085100062");
    assertThat(ProjectIdentity.of(renamed)).isEqualTo(ProjectIdentity.of(a));
  }

  @Test
  void withoutACodeTheNameIsFoldedAndTheUnitTellsTablesApart() {
    Project full = table(null, "543001", null, "（２０２４）年 学生资助，补助");
    Project half = table(null, "543001", null, "(2024)年学生资助补助");
    Project otherUnit = table(null, "543002", null, "(2024)年学生资助补助");
    Project unitByName = table(null, null, "某某中学", "学生资助");
    assertThat(ProjectIdentity.of(full)).isEqualTo(ProjectIdentity.of(half));
    assertThat(ProjectIdentity.of(full).key()).isEqualTo("name:2024年学生资助补助|543001");
    assertThat(ProjectIdentity.of(otherUnit)).isNotEqualTo(ProjectIdentity.of(half));
    assertThat(ProjectIdentity.of(unitByName).key()).isEqualTo("name:学生资助|某某中学");
  }

  @Test
  void aTablePrintedTwiceIsToldApartByItsOrderOnly() {
    Project a = table(null, null, null, "项目甲");
    Project b = table(null, null, null, "项目乙");
    assertThat(ProjectIdentity.of(List.of(a, b, a)))
        .extracting(ProjectIdentity::key)
        .containsExactly("name:项目甲", "name:项目乙", "name:项目甲#2");
  }

  @Test
  void aVeryLongNameGivesABoundedKeyThatStillTellsNamesApart() {
    String name = "很长的项目名称".repeat(40);
    ProjectIdentity one = ProjectIdentity.of(table(null, null, null, name + "一"));
    ProjectIdentity two = ProjectIdentity.of(table(null, null, null, name + "二"));
    assertThat(one.key()).hasSizeLessThanOrEqualTo(ProjectIdentity.MAX_LENGTH);
    assertThat(one).isNotEqualTo(two);
  }

  @Test
  void indicatorsAreIdentifiedByTheirLevelsAndNameAndMovesFollowThem() {
    Indicator count = new Indicator("产出指标", "数量指标", "补助 学生人数", null, "≥6000人", null);
    Indicator rate = new Indicator("产出指标", "质量指标", "资助覆盖率", null, "100%", null);
    Indicator same = new Indicator("产出指标", "数量指标", "补助学生人数", null, "≥10人", null);
    assertThat(IndicatorIdentity.of(List.of(count, same)))
        .extracting(IndicatorIdentity::key)
        .containsExactly("产出指标|数量指标|补助学生人数", "产出指标|数量指标|补助学生人数#2");
    // swapped rows and one inserted before them: every row is found where it went
    Indicator added = new Indicator("效益指标", "社会效益指标", "新指标", null, "提升", null);
    assertThat(IndicatorIdentity.moves(List.of(count, rate), List.of(added, rate, count)))
        .containsExactly(java.util.Optional.of(3), java.util.Optional.of(2));
    assertThat(IndicatorIdentity.moves(List.of(count, rate), List.of(rate)))
        .containsExactly(java.util.Optional.empty(), java.util.Optional.of(1));
  }
}
