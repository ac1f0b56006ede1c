package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.workflow.ProjectState;
import io.jixiao.workflow.ProjectSummary;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;

/** Which tables a list shows for a budget year (年度). */
class YearSelectionTest {

  static final ProjectSummary OF_2023 = table(1, 2023);
  static final ProjectSummary OF_2024 = table(2, 2024);
  static final ProjectSummary WITHOUT_YEAR = table(3, null);
  static final List<ProjectSummary> ALL = List.of(OF_2023, OF_2024, WITHOUT_YEAR);

  @Test
  void theNewestYearIsShownByDefaultWithTheTablesThatNameNoYear() {
    YearSelection s = YearSelection.of(ALL, null);
    assertThat(s.year()).isEqualTo(2024);
    assertThat(s.years()).containsExactly(2024, 2023);
    assertThat(s.tables()).containsExactly(OF_2024, WITHOUT_YEAR);
    assertThat(s.unknown()).isFalse();
    assertThat(YearSelection.newest(ALL)).containsExactly(OF_2024, WITHOUT_YEAR);
  }

  @Test
  void anotherYearShowsItsTablesAndThoseWithoutAYear() {
    YearSelection s = YearSelection.of(ALL, " 2023 ");
    assertThat(s.year()).isEqualTo(2023);
    assertThat(s.tables()).containsExactly(OF_2023, WITHOUT_YEAR);
  }

  @Test
  void aYearNoTableHasIsUnknownAndShowsOnlyTheTablesWithoutAYear() {
    YearSelection s = YearSelection.of(ALL, "2019");
    assertThat(s.unknown()).isTrue();
    assertThat(s.tables()).containsExactly(WITHOUT_YEAR);
  }

  @Test
  void withoutAnyYearEveryTableIsShownAndNoYearIsNamed() {
    YearSelection s = YearSelection.of(List.of(WITHOUT_YEAR), "");
    assertThat(s.year()).isNull();
    assertThat(s.years()).isEmpty();
    assertThat(s.tables()).containsExactly(WITHOUT_YEAR);
    assertThat(s.unknown()).isFalse();
  }

  @Test
  void theLinksKeepThePagesParametersAndMarkTheYearShown() {
    List<YearSelection.YearLink> links =
        YearSelection.of(ALL, "2023")
            .links(UriComponentsBuilder.fromPath("/departments").queryParam("name", "教育 & 体育"));
    String name = "/departments?name=%E6%95%99%E8%82%B2%20%26%20%E4%BD%93%E8%82%B2";
    assertThat(links)
        .containsExactly(
            new YearSelection.YearLink(2024, false, name + "&year=2024"),
            new YearSelection.YearLink(2023, true, name + "&year=2023"));
  }

  @Test
  void aYearThatIsNotFourDigitsIsRefusedSayingWhichField() {
    assertThatThrownBy(() -> YearSelection.of(ALL, "24"))
        .isInstanceOfSatisfying(
            WebException.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.problems()).extracting(WebException.FieldProblem::field)
                  .containsExactly("year");
            })
        .hasMessage("年度“24”格式不正确，应为四位数字的年份，例如 2024");
  }

  private static ProjectSummary table(long id, Integer year) {
    return new ProjectSummary(id, "s" + id + ".txt", 1, "云泽市教育局", "项目" + id, null, null, year, 1,
        ProjectState.DRAFT, 1, Instant.EPOCH);
  }
}
