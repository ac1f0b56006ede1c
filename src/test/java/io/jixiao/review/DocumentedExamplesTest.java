package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The examples of docs/review.md are tests: every seed place in backticks in the rule table's
 * "fires on" and "does not fire on" columns ({@code `000/14 r9`}, {@code `001/35`}) is checked on
 * the seeds as the real importer reads them. A table place fires when the rule reports the table
 * as a whole, and is quiet when the rule reports nothing in that table.
 */
class DocumentedExamplesTest {

  private static final Path DOC = Path.of("docs", "review.md");
  private static final String SECTION = "## The rules: how each reads a table";
  private static final Pattern PLACE = Pattern.compile("`(\\d{3})/(\\d+)(?: r(\\d+))?`");

  @Test
  void everyPlaceTheRuleTableNamesBehavesAsDocumented() throws IOException {
    List<String> checked = new ArrayList<>();
    for (String[] cells : ruleRows()) {
      RuleId rule = RuleId.valueOf(cells[1].strip().split("[ ,]")[0]);
      check(rule, cells[4], true, checked);
      check(rule, cells[5], false, checked);
    }
    assertThat(checked).as("places checked").hasSizeGreaterThan(60);
  }

  private static void check(RuleId rule, String cell, boolean fires, List<String> checked) {
    Matcher m = PLACE.matcher(cell);
    while (m.find()) {
      String seed = m.group(1);
      int table = Integer.parseInt(m.group(2));
      int row = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
      List<Finding> found = SeedReviews.findings(seed, table, rule, fires || row > 0 ? row : -1);
      String place = m.group().replace("`", "");
      if (fires) {
        assertThat(found).as("%s fires on %s (docs/review.md)", rule, place).isNotEmpty();
      } else {
        assertThat(found).as("%s is quiet on %s (docs/review.md)", rule, place).isEmpty();
      }
      checked.add(rule + " " + place);
    }
  }

  /**
   * The cells of the rule table's rows, {@code | id | severity | reading | fires | quiet |} (the
   * counts per document below it have fewer columns).
   */
  private static List<String[]> ruleRows() throws IOException {
    List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
    List<String[]> rows = new ArrayList<>();
    boolean in = false;
    for (String line : lines) {
      if (line.startsWith("## ")) {
        in = line.startsWith(SECTION);
      } else if (in && line.startsWith("| ") && !line.startsWith("| id ")) {
        String[] cells = line.split("\\|", -1);
        if (cells.length == 7 && cells[1].strip().matches("[SBQXR]\\d+ .*")) {
          rows.add(cells);
        }
      }
    }
    assertThat(rows).as("rule rows of %s", DOC).hasSizeGreaterThan(20);
    return rows;
  }
}
