package io.jixiao.review.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnsTest {

  @Test
  void countsAChineseCharacterAsTwoColumns() {
    assertThat(Columns.width("承德")).isEqualTo(4);
    assertThat(Columns.width("（未注明）")).isEqualTo(10);
    assertThat(Columns.width("a.txt")).isEqualTo(5);
    assertThat(Columns.width("𠀀")).isEqualTo(2);
  }

  @Test
  void alignsTextLeftAndNumbersRightByDisplayWidth() {
    Columns table = new Columns(new String[] {"部门", "数"}, new boolean[] {false, true});
    table.add("承德市", "1");
    table.add("ab", "123");

    assertThat(table.lines()).containsExactly("部门     数", "承德市    1", "ab      123");
  }
}
