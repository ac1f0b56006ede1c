package io.jixiao.store;

import static io.jixiao.model.TestDocuments.document;
import static io.jixiao.model.TestDocuments.everyField;
import static io.jixiao.model.TestDocuments.project;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ContentHashTest {

  @Test
  void isTheSameForEqualContentUnderAnotherSourceName() {
    assertThat(ContentHash.of(everyField("a.txt")))
        .isEqualTo(ContentHash.of(everyField("b.txt")))
        .hasSize(64)
        .matches("[0-9a-f]{64}");
  }

  @Test
  void tellsABlankCellFromAnEmptyText() {
    assertThat(ContentHash.of(document("x").projects(project(1, "t").name(null).build()).build()))
        .isNotEqualTo(
            ContentHash.of(document("x").projects(project(1, "t").name("").build()).build()));
  }

  @Test
  void tellsWhereOneFieldEndsAndTheNextBegins() {
    assertThat(
            ContentHash.of(
                document("x")
                    .projects(
                        project(1, "t").indicator("产出指标", "数量指标ab", "c", null, null, null).build())
                    .build()))
        .isNotEqualTo(
            ContentHash.of(
                document("x")
                    .projects(
                        project(1, "t").indicator("产出指标", "数量指标a", "bc", null, null, null).build())
                    .build()));
  }

  @Test
  void takesAnAmountPrintedWithOtherDecimalsAsTheSameContent() {
    assertThat(
            ContentHash.of(
                document("x").projects(project(1, "t").budget("15.0", null, null).build()).build()))
        .isEqualTo(
            ContentHash.of(
                document("x")
                    .projects(project(1, "t").budget("15.00", null, null).build())
                    .build()));
  }
}
