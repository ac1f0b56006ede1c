package io.jixiao.workflow;

import io.jixiao.model.TargetDocument;
import javax.sql.DataSource;

/** Test data: documents imported and moved along the workflow through the real use cases. */
public final class Approved {

  private Approved() {}

  /** Imports {@code doc} (by the system) and submits and approves every table of it. */
  public static ImportOutcome importAndApprove(DataSource db, TargetDocument doc) {
    ImportOutcome o = new ImportDocument(db).run(doc.source(), doc, Actor.SYSTEM);
    approve(db, o);
    return o;
  }

  /** Submits and approves every table {@code o} imported. */
  public static void approve(DataSource db, ImportOutcome o) {
    TakeWorkflowStep steps = new TakeWorkflowStep(db);
    for (ProjectSummary t : o.tables()) {
      steps.take(t.id(), WorkflowStep.SUBMIT, null, null, new Actor("dept", null));
      steps.take(t.id(), WorkflowStep.APPROVE, null, null, new Actor("reviewer", null));
    }
  }
}
