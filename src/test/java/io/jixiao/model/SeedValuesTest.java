package io.jixiao.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.Seeds;
import io.jixiao.document.Cells;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The value grammar against every 指标值 of the four seed documents, taken from the text without the
 * importer: in the tab-row layouts (001, 004) the fifth cell of a row whose first cell is a level-1
 * or whose second is a level-2 label; in the cell-per-line layouts (000, 003) the third tab line
 * after a level-2 line. The extraction is approximate; the grammar is what is tested.
 */
class SeedValuesTest {

  private static final String CITATION = "its only numbers are in a cited standard or document";

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "000_bac6630e04c07af0.txt, false, 1000",
    "001_4926210a0e6bdf01.txt, true, 200",
    "003_048537671a369fc1.txt, false, 500",
    "004_51cbaa0335987f54.txt, true, 400"
  })
  void readsEveryValueWithADigitOfTheSeedAsQuantityDeadlineOrRelative(
      String seed, boolean tabRows, int atLeast) throws IOException {
    List<String> lines = Files.readAllLines(Seeds.path(seed), StandardCharsets.UTF_8);
    List<String> values = tabRows ? tabRowValues(lines) : cellPerLineValues(lines);

    List<String> notRead = new ArrayList<>();
    List<String> citations = new ArrayList<>();
    for (String printed : values) {
      TargetValue value = TargetValues.parse(printed);
      if (!ValueGrammarStats.hasDigit(printed)) {
        continue;
      }
      if (value.equals(new TargetValue.Unparsed(CITATION))) {
        citations.add(printed);
      } else if (!value.quantitative()) {
        notRead.add(printed + " → " + value);
      }
    }
    ValueGrammarStats stats = TargetValues.share(values);
    System.out.printf(
        "%s: %d values, %d with digits, %d read as quantity/deadline/relative (%s%%),"
            + " %d qualitative, %d unparsed (citations: %s)%n",
        seed,
        stats.total(),
        stats.quantitativeLooking(),
        stats.parsedQuantitative(),
        stats.quantitativePercent(),
        stats.qualitative(),
        stats.unparsed(),
        citations);

    assertThat(values).hasSizeGreaterThanOrEqualTo(atLeast);
    assertThat(notRead).as("values with digits not read").isEmpty();
    assertThat(stats.parsedQuantitative() + citations.size())
        .isEqualTo(stats.quantitativeLooking());
    assertThat(stats.unparsed()).isEqualTo(citations.size());
  }

  private static List<String> tabRowValues(List<String> lines) {
    List<String> values = new ArrayList<>();
    for (String line : lines) {
      if (line.indexOf('\t') < 0) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length > 4 && (Level1.of(cells[0]) != null || Level2.of(cells[1]) != null)) {
        values.add(Cells.indicator(cells[4]));
      }
    }
    return values;
  }

  private static List<String> cellPerLineValues(List<String> lines) {
    List<String> values = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!isLevel2Line(lines.get(i)) || (i + 1 < lines.size() && isLevel2Line(lines.get(i + 1)))) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      int j = i + 1;
      while (j < lines.size() && cells.size() < 3 && !lines.get(j).isEmpty()) {
        if (lines.get(j).startsWith("\t")) {
          cells.add(lines.get(j).substring(1));
        }
        j++;
      }
      if (cells.size() == 3) {
        values.add(Cells.indicator(cells.get(2)));
      }
    }
    return values;
  }

  private static boolean isLevel2Line(String line) {
    return line.startsWith("\t") && Level2.of(line) != null;
  }
}
