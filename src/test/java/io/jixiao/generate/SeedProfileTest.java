package io.jixiao.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.jixiao.Seeds;
import io.jixiao.document.DocumentReader;
import io.jixiao.generate.SeedProfile.Defect;
import io.jixiao.model.TargetDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The profile measured from the four seeds, read by the real importer, is the one shipped. */
class SeedProfileTest {

  static SeedProfile measuredFromSeeds() {
    DocumentReader reader = new DocumentReader();
    List<TargetDocument> docs =
        List.of(Seeds.TIANJIN_PLANNING, Seeds.CHENGDE, Seeds.TIANJIN_ECOLOGY, Seeds.SHIJIAZHUANG)
            .stream()
            .map(s -> reader.read(Seeds.path(s)).document())
            .toList();
    return SeedProfile.measure(docs);
  }

  @Test
  void theShippedProfileIsTheOneMeasuredFromTheSeeds() throws IOException {
    SeedProfile measured = measuredFromSeeds();
    Path written = Path.of("target", "generate", "seed-profile.txt");
    Files.createDirectories(written.getParent());
    Files.writeString(written, measured.text(), StandardCharsets.UTF_8);

    // on a change of the importer or the rules: copy target/generate/seed-profile.txt to
    // src/main/resources/io/jixiao/generate/seed-profile.txt and update docs/generate.md
    assertThat(SeedProfile.defaults().text()).isEqualTo(measured.text());
  }

  @Test
  void theSeedsHave391TablesWith3245IndicatorsMostlySixToATable() {
    SeedProfile p = SeedProfile.defaults();

    assertThat(p.count("tables", "all")).isEqualTo(391);
    assertThat(p.count("defectBase", "indicators")).isEqualTo(3245);
    assertThat(p.count("indicatorsPerTable", "6")).isEqualTo(150);
    assertThat(p.indicatorsPerTable()).isCloseTo(8.30, within(0.01));
    assertThat(p.count("level2", "产出指标/数量指标")).isEqualTo(790);
    assertThat(p.count("level2", "满意度指标/服务对象满意度指标")).isEqualTo(402);
    assertThat(p.count("budget", "none")).isEqualTo(74);
    assertThat(p.count("budget", "total+fiscal")).isEqualTo(312);
    assertThat(p.count("plan", "none")).isEqualTo(355);
  }

  @Test
  void theSeedsDefectRatesAreThoseOfTheirReview() {
    SeedProfile p = SeedProfile.defaults();

    assertThat(p.rate(Defect.MISSING_SATISFACTION)).isCloseTo(11 / 391.0, within(1e-9));
    assertThat(p.rate(Defect.BUDGET_MISMATCH)).isZero();
    assertThat(p.rate(Defect.PLAN_SHORT)).isCloseTo(8 / 36.0, within(1e-9));
    assertThat(p.rate(Defect.VAGUE_VALUE)).isCloseTo(119 / 3245.0, within(1e-9));
  }

  @Test
  void aProfileReadsBackFromItsText() {
    SeedProfile p = SeedProfile.defaults();

    assertThat(SeedProfile.parse(p.text())).isEqualTo(p);
    assertThat(p.withRate(Defect.BUDGET_MISMATCH, 0.2).rate(Defect.BUDGET_MISMATCH))
        .isCloseTo(0.2, within(0.01));
  }
}
