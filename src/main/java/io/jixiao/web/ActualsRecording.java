package io.jixiao.web;

import io.jixiao.monitor.ActualsEntry;
import io.jixiao.workflow.RecordActuals;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Stores accepted lines of actuals through {@link RecordActuals} (the same use case as the command
 * line's {@code actuals-import}: state checked under the lock, an audit entry for every value and
 * note changed) and lets the cached results know.
 */
@Component
class ActualsRecording {

  private final RecordActuals recording;
  private final Catalog catalog;

  ActualsRecording(RecordActuals recording, Catalog catalog) {
    this.recording = recording;
    this.catalog = catalog;
  }

  /**
   * Records {@code entries}.
   *
   * @param file what the lines came from, kept with the import: a file name, {@code 表单 项目 #12}
   * @param action the audit action: {@code ACTUALS} (form, API) or {@code ACTUALS_IMPORT} (file)
   * @throws io.jixiao.workflow.WorkflowException (403) when a table is no longer open for actuals
   */
  RecordActuals.Recorded record(
      String file, String action, List<ActualsEntry> entries, Account actor) {
    RecordActuals.Recorded recorded =
        recording.record(file, action, entries, DocumentUpload.actor(actor));
    if (recorded.changed()) {
      catalog.resultsChanged();
    }
    return recorded;
  }
}
