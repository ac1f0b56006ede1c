package io.jixiao.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArtefactsTest {

  @Test
  void aBookmarkPrintedInsideAnotherIsStrippedWithIt() {
    // found by ExportArtefactsProperties: the outer bookmark's tail ("Back]") was left in the code
    assertThat(Artefacts.strip("13080023P[bookmark: _Go[bookmark: _GoBack]Back]000085100062"))
        .isEqualTo("13080023P000085100062");
    assertThat(Artefacts.strip("[bookmark: [bookmark: _GoBack]_GoBack]0")).isEqualTo("0");
  }

  @Test
  void bookmarksAndFootersAreStrippedAndOtherTextIsKept() {
    assertThat(Artefacts.strip("[bookmark: _GoBack] 0")).isEqualTo(" 0");
    assertThat(Artefacts.strip("覆 — 2 — 盖率")).isEqualTo("覆盖率");
    assertThat(Artefacts.strip("[说明]≥95%")).isEqualTo("[说明]≥95%");
  }
}
