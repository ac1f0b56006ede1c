package io.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a document says about itself beyond its fields. */
class TargetDocumentTest {

  @Test
  void theBudgetYearIsTheDepartmentsYearAndUnknownWithoutOne() {
    assertThat(new TargetDocument("a.docx", new Department("云泽市教育局", 2024), null, List.of())
            .budgetYear())
        .isEqualTo(2024);
    assertThat(new TargetDocument("b.docx", new Department("云泽市教育局", null), null, List.of())
            .budgetYear())
        .isNull();
    assertThat(new TargetDocument("c.docx", null, null, List.of()).budgetYear()).isNull();
  }
}
