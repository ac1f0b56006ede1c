package io.jixiao.workflow;

import io.jixiao.store.StoredDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * What importing a document did: refused (and why), or stored, with the tables of the document as
 * they are now, and the tables the import sent back to 编制中 or left out. The command line and the
 * web say the same ({@link #message()}, {@link #notes()}).
 *
 * @param source the name the document is stored under: the caller's file name
 * @param refusal why nothing was stored, in Chinese; null when the document was stored
 * @param document what the store did, null when refused
 * @param tables the tables whose current content is in the document, by position
 * @param created how many tables were new
 * @param redrafted tables, as they were before, that were 已提交, 已批复 or 已公开 and whose content
 *     the import changed: now a new version in 编制中 (a published one stays public until the new
 *     version is published)
 * @param absent tables of the document's previous version that this one no longer has: kept, with
 *     their history, marked as not in the current document
 * @param actuals per 自评表 table: whether its printed 执行数 and 完成值 were recorded as actuals or
 *     kept as printed facts, and why
 */
public record ImportOutcome(
    String source,
    String refusal,
    StoredDocument document,
    List<ProjectSummary> tables,
    int created,
    List<ProjectSummary> redrafted,
    List<ProjectSummary> absent,
    List<String> actuals) {

  public ImportOutcome {
    tables = List.copyOf(tables);
    redrafted = List.copyOf(redrafted);
    absent = List.copyOf(absent);
    actuals = List.copyOf(actuals);
  }

  /** An outcome without notes on a 自评表's actuals. */
  public ImportOutcome(
      String source,
      String refusal,
      StoredDocument document,
      List<ProjectSummary> tables,
      int created,
      List<ProjectSummary> redrafted,
      List<ProjectSummary> absent) {
    this(source, refusal, document, tables, created, redrafted, absent, List.of());
  }

  /** This outcome with what became of the printed actuals of its 自评表 tables. */
  ImportOutcome withActuals(List<String> notes) {
    return new ImportOutcome(source, refusal, document, tables, created, redrafted, absent, notes);
  }

  static ImportOutcome refused(String source, String why) {
    return new ImportOutcome(source, why, null, List.of(), 0, List.of(), List.of());
  }

  public boolean stored() {
    return refusal == null;
  }

  /** One sentence: what was stored, or why nothing was. */
  public String message() {
    if (!stored()) {
      return refusal;
    }
    switch (document.outcome()) {
      case CREATED:
        return "已导入 " + document.projects() + " 张绩效目标表、" + document.indicators() + " 个指标";
      case REPLACED:
        return "已导入为第 " + document.version() + " 版（保留旧版本），" + document.projects() + " 张表";
      default:
        return "内容与已保存的第 " + document.version() + " 版相同，没有变化";
    }
  }

  /** What the import did to tables under review or published and to tables it left out. */
  public List<String> notes() {
    List<String> notes = new ArrayList<>();
    for (ProjectSummary t : redrafted) {
      notes.add(
          "项目“" + t.projectName() + "”（#" + t.id() + "）原为“" + t.state().label()
              + "”，内容有变化，已作为新版本回到“编制中”，需重新提交审核"
              + (t.isPublic() ? "；已公开的版本在新版本公开前继续公开" : ""));
    }
    notes.addAll(actuals);
    for (ProjectSummary t : absent) {
      notes.add(
          "项目“" + t.projectName() + "”（#" + t.id() + "，" + t.state().label()
              + "）不在本次导入的文件中，已保留其记录和流程历史，标记为“不在当前文件中”");
    }
    return notes;
  }
}
