package io.jixiao.review;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.Seeds;
import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The four seed documents read by the real importer and reviewed with the default pack, once per
 * test run; findings looked up by seed number (000, 001, 003, 004), table and row as the issue and
 * docs/review.md name them ({@code 000/14 r9}).
 */
final class SeedReviews {

  private static final ReviewEngine ENGINE = new ReviewEngine();
  private static final Map<String, DocumentReview> REVIEWS = new ConcurrentHashMap<>();

  private SeedReviews() {}

  /** The seed file of a seed number: {@code 000} → {@code 000_bac6630e04c07af0.txt}. */
  static String seed(String number) {
    for (String s :
        List.of(Seeds.TIANJIN_PLANNING, Seeds.CHENGDE, Seeds.TIANJIN_ECOLOGY, Seeds.SHIJIAZHUANG)) {
      if (s.startsWith(number + "_")) {
        return s;
      }
    }
    throw new IllegalArgumentException("no seed " + number);
  }

  static DocumentReview review(String number) {
    return REVIEWS.computeIfAbsent(
        number,
        n -> {
          ImportResult read = new DocumentReader().read(Seeds.path(seed(n)));
          assertThat(read.document()).as("%s read: %s", n, read.errors()).isNotNull();
          return ENGINE.review(read.document());
        });
  }

  static TableReview table(String number, int seq) {
    return review(number).tables().stream()
        .filter(t -> t.seq() == seq)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no table " + seq + " in " + number));
  }

  /** The rule's findings on a table; {@code row} 0 for the table as a whole, -1 for any row. */
  static List<Finding> findings(String number, int seq, RuleId rule, int row) {
    return table(number, seq).findings().stream()
        .filter(f -> f.rule() == rule)
        .filter(f -> row < 0 || (row == 0 ? f.row() == null : f.row() != null && f.row() == row))
        .collect(Collectors.toList());
  }

  /** Asserts that the rule reports the place once. */
  static Finding fires(String place, RuleId rule) {
    Place p = Place.parse(place);
    List<Finding> f = findings(p.seed, p.table, rule, p.row);
    assertThat(f).as("%s on %s", rule, place).hasSize(1);
    return f.get(0);
  }

  /** Asserts that the rule is silent on the place. */
  static void quiet(String place, RuleId rule) {
    Place p = Place.parse(place);
    assertThat(findings(p.seed, p.table, rule, p.row)).as("%s on %s", rule, place).isEmpty();
  }

  /** {@code 000/14 r9}, {@code 001/35} (the table as a whole). */
  private record Place(String seed, int table, int row) {
    static Place parse(String s) {
      String[] parts = s.split("[/ ]+r?");
      int row = parts.length > 2 ? Integer.parseInt(parts[2]) : 0;
      return new Place(parts[0], Integer.parseInt(parts[1]), row);
    }
  }
}
