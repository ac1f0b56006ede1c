package io.jixiao.monitor;

import io.jixiao.Seeds;
import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportResult;
import io.jixiao.model.TargetDocument;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * The sample actuals of seed 001 (承德市自然资源和规划局 2023) in {@code
 * src/test/resources/actuals/001-chengde-2023.csv}, our own file: tables 1 (on plan, every
 * indicator met, a deadline met by date), 2 (spending behind plan, a deadline missed, a quality
 * rate missed, 部分达成, indicator 7 without actual), 3 (budget adjusted to 8 万元, indicators 5 and 6
 * without actual), 12 (spending ahead, satisfaction missed, 基本达成) and 13 (behind in October, a
 * deadline met as 达成, 未达成 with a note over two lines).
 */
public final class SampleActuals {

  private static TargetDocument chengde;

  private SampleActuals() {}

  /** Seed 001 as the importer reads it (read once). */
  public static synchronized TargetDocument chengde() {
    if (chengde == null) {
      ImportResult r = new DocumentReader().read(Seeds.path(Seeds.CHENGDE));
      if (!r.ok()) {
        throw new IllegalStateException("seed 001 does not import: " + r.errors());
      }
      chengde = r.document();
    }
    return chengde;
  }

  public static Path csv() {
    try {
      return Path.of(SampleActuals.class.getResource("/actuals/001-chengde-2023.csv").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The sample read against seed 001. */
  public static ActualsReadResult read() {
    return ActualsCsv.read(csv(), List.of(chengde()));
  }
}
