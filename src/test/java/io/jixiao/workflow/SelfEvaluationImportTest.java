package io.jixiao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.document.DocumentReader;
import io.jixiao.document.ImportResult;
import io.jixiao.model.Indicator;
import io.jixiao.model.Project;
import io.jixiao.model.TargetDocument;
import io.jixiao.monitor.ActualsEntry;
import io.jixiao.store.ActualsStore;
import io.jixiao.store.Database;
import io.jixiao.store.StoredDocument;
import io.jixiao.store.TestDatabases;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 绩效自评表 imports as the table's targets and its actuals (issue 13): its 执行数 and 完成值 become
 * stored actuals once the table is approved, and stay printed facts while it is a draft.
 */
class SelfEvaluationImportTest {

  private static final String FILE = "sichuan-ziping-cellperline.txt";

  @TempDir Path dir;

  private static TargetDocument read() {
    ImportResult r =
        new DocumentReader()
            .read(Path.of("..", "shared", "forms", FILE).toAbsolutePath().normalize());
    assertThat(r.errors()).isEmpty();
    return r.document();
  }

  @Test
  void aDraftSelfEvaluationKeepsItsFiguresAsPrintedFactsAndSaysSo() {
    try (Database db = Database.open(TestDatabases.h2Url(dir))) {
      TargetDocument doc = read();

      ImportOutcome o = new ImportDocument(db.dataSource()).run(FILE, doc, Actor.SYSTEM);

      assertThat(o.stored()).isTrue();
      assertThat(o.notes())
          .hasSize(doc.projects().size())
          .allSatisfy(n -> assertThat(n).contains("按原文保存在表中，未记为执行数据").contains("编制中"));
      assertThat(new ActualsStore(db.dataSource()).entries(FILE)).isEmpty();
      assertThat(new io.jixiao.store.TargetStore(db.dataSource()).load(FILE).orElseThrow())
          .isEqualTo(doc);
    }
  }

  @Test
  void anApprovedTablesSelfEvaluationImportedAgainRecordsItsSpendingAndAchievedValues() {
    try (Database db = Database.open(TestDatabases.h2Url(dir))) {
      TargetDocument doc = read();
      Approved.importAndApprove(db.dataSource(), doc);

      ImportOutcome again = new ImportDocument(db.dataSource()).run(FILE, doc, Actor.SYSTEM);

      assertThat(again.document().outcome()).isEqualTo(StoredDocument.Outcome.UNCHANGED);
      assertThat(again.redrafted()).isEmpty();
      assertThat(again.notes()).hasSize(doc.projects().size())
          .allSatisfy(n -> assertThat(n).contains("已记为 " + doc.budgetYear() + " 年 12 月的执行数据"));
      Project first = doc.projects().get(0);
      List<ActualsEntry> stored = new ActualsStore(db.dataSource()).entries(FILE);
      assertThat(stored).filteredOn(e -> e.key().seq() == first.seq()
              && e.kind() == ActualsEntry.Kind.SPENT)
          .singleElement()
          .satisfies(e -> {
            assertThat(e.period()).isEqualTo(YearMonth.of(doc.budgetYear(), 12));
            assertThat(e.value())
                .isEqualTo(first.facts().selfEvaluation().spent().wan().toPlainString());
          });
      List<Indicator> achieved =
          first.indicators().stream().filter(i -> i.facts().actual() != null).toList();
      assertThat(achieved).isNotEmpty();
      assertThat(stored)
          .filteredOn(e -> e.key().seq() == first.seq()
              && e.kind() == ActualsEntry.Kind.INDICATOR)
          .extracting(ActualsEntry::value)
          .containsExactlyElementsOf(achieved.stream().map(i -> i.facts().actual()).toList());

      ImportOutcome third = new ImportDocument(db.dataSource()).run(FILE, doc, Actor.SYSTEM);

      assertThat(third.notes()).allSatisfy(n -> assertThat(n).contains("新增 0 项，修改 0 项"));
    }
  }
}
