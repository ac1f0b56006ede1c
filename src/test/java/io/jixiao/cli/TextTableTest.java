package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextTableTest {

  @Test
  void countsAChineseCharacterAsTwoColumns() {
    assertThat(TextTable.width("承德")).isEqualTo(4);
    assertThat(TextTable.width("（未注明）")).isEqualTo(10);
    assertThat(TextTable.width("a.txt")).isEqualTo(5);
    assertThat(TextTable.width("𠀀")).isEqualTo(2);
  }

  @Test
  void alignsTextLeftAndNumbersRightByDisplayWidth() {
    TextTable table = new TextTable(new String[] {"部门", "数"}, new boolean[] {false, true});
    table.add("承德市", "1");
    table.add("ab", "123");

    assertThat(table.lines()).containsExactly("部门     数", "承德市    1", "ab      123");
  }
}
