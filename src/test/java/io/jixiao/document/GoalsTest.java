package io.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GoalsTest {

  @Test
  void eachNumberedParagraphStartsAnItem() {
    assertThat(Goals.split(List.of("1.完成调查监测", "2.完成指标优化调整", "3.摸清改善情况")))
        .containsExactly("完成调查监测", "完成指标优化调整", "摸清改善情况");
  }

  @Test
  void aParagraphWithoutNumberContinuesTheItemAbove() {
    assertThat(Goals.split(List.of("1.确保平台的正常运行。", "在平台运行期间，解决问题。", "？2.确保用户的工作效率")))
        .containsExactly("确保平台的正常运行。在平台运行期间，解决问题。", "确保用户的工作效率");
  }

  @Test
  void stackedNumberingIsStripped() {
    assertThat(Goals.split(List.of("1.1.确保平台的正常运行。"))).containsExactly("确保平台的正常运行。");
    assertThat(Goals.split(List.of("1. 1. 开展检查"))).containsExactly("开展检查");
  }

  @Test
  void itemsOnOneLineAreSplitAtTheNextNumberOfTheSameSequence() {
    assertThat(Goals.split(List.of("1. 保障展览馆日常工作正常运转 2. 有效解决各类问题")))
        .containsExactly("保障展览馆日常工作正常运转", "有效解决各类问题");
  }

  @Test
  void aDecimalNumberInsideTheTextDoesNotSplit() {
    assertThat(Goals.split(List.of("1. 满足《基本要求》（等级保护 2.0）中第三级安全要求")))
        .containsExactly("满足《基本要求》（等级保护 2.0）中第三级安全要求");
  }

  @Test
  void bracketedAndChineseNumbersStartItems() {
    assertThat(Goals.split(List.of("（1）构建机制", "（2）明确传导", "一、总体要求")))
        .containsExactly("构建机制", "明确传导", "总体要求");
  }

  @Test
  void aCellWithoutNumbersIsOneItem() {
    assertThat(Goals.split(List.of("完成矿山抽查核实任务"))).containsExactly("完成矿山抽查核实任务");
  }
}
