package io.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceTextTest {

  @Test
  void linesAreCutAtEveryLineBreakKeepingEmptyOnesAtTheEnd() {
    SourceText text = new SourceText("a.txt", "\ufeff一\r\n二\r三\n\n");
    assertThat(text.lines()).containsExactly("一", "二", "三", "", "");
    assertThat(new SourceText("b.txt", "").lines()).containsExactly("");
    assertThat(new SourceText("c.txt", "\n").lines()).containsExactly("", "");
  }

  @Test
  void knowsTheLinesWithMarkup() {
    SourceText text = new SourceText("a.txt", "≥90%\n$\\geq$\n<b>合格</b>\n\t\n$");
    assertThat(text.hasMarkup(1)).isFalse();
    assertThat(text.hasMarkup(2)).isTrue();
    assertThat(text.hasMarkup(3)).isTrue();
    assertThat(text.hasMarkup(4)).isFalse();
    assertThat(text.hasMarkup(5)).isTrue();
  }

  @Test
  void findsEachLineWithACharacterOnceInOrder() {
    SourceText text = new SourceText("a.txt", "体体\n\n目标\n整体目标体\n\r\n体");
    assertThat(text.linesWith('体')).containsExactly(1, 4, 6);
    assertThat(text.linesWith('标')).containsExactly(3, 4);
    assertThat(text.linesWith('表')).isEmpty();
    assertThat(new SourceText("b.txt", "\n体").linesWith('体')).containsExactly(2);
    assertThat(new SourceText("c.txt", "体\n").linesWith('体')).containsExactly(1);
  }
}
