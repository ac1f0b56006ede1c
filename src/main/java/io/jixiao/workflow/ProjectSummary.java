package io.jixiao.workflow;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One target table as listed: its workflow state, where its content lives, and the facts the
 * import or edit that put it there wrote beside it (department, name, code, budget, year).
 *
 * @param source the document the table's current content is in
 * @param position the 1-based position of the table in that document version
 * @param budgetYear the budget year (年度) of the document, null when it names none
 * @param docVersion the document version the current content is in
 * @param revision the optimistic lock: counts every change of the table
 * @param identityKey the table's identity within department and year ({@link
 *     io.jixiao.model.ProjectIdentity}); {@code legacy:…} until a row of an older build is caught
 *     up
 * @param present false when the current version of its document no longer has the table
 * @param publishedSource where the published content lives while a newer version is a draft, else
 *     null (with {@code publishedVersion} and {@code publishedPosition})
 */
public record ProjectSummary(
    long id,
    String source,
    int position,
    String department,
    String projectName,
    String projectCode,
    BigDecimal budgetTotal,
    Integer budgetYear,
    int docVersion,
    ProjectState state,
    int revision,
    Instant updatedAt,
    String identityKey,
    boolean present,
    String publishedSource,
    Integer publishedVersion,
    Integer publishedPosition) {

  /** A present table without a published version elsewhere (lists in tests). */
  public ProjectSummary(
      long id,
      String source,
      int position,
      String department,
      String projectName,
      String projectCode,
      BigDecimal budgetTotal,
      Integer budgetYear,
      int docVersion,
      ProjectState state,
      int revision,
      Instant updatedAt) {
    this(id, source, position, department, projectName, projectCode, budgetTotal, budgetYear,
        docVersion, state, revision, updatedAt, "legacy:" + source + "#" + position, true, null,
        null, null);
  }

  /** True while a new version is worked on and the published one stays public. */
  public boolean hasPublishedVersion() {
    return publishedSource != null;
  }

  /** True when the public may read the table: it is published, or an older version is. */
  public boolean isPublic() {
    return state == ProjectState.PUBLISHED || hasPublishedVersion();
  }

  /** This table with the facts of other content (its published version). */
  public ProjectSummary withFacts(ProjectFacts f) {
    return new ProjectSummary(id, source, position, department, f.projectName(), f.projectCode(),
        f.budgetTotal(), budgetYear, docVersion, state, revision, updatedAt, identityKey, present,
        publishedSource, publishedVersion, publishedPosition);
  }

  /**
   * The table as the public sees it: its published content, in the state 已公开. Itself when the
   * current content is the published one.
   *
   * @throws IllegalStateException when nothing of the table is published
   */
  public ProjectSummary asPublished() {
    if (state == ProjectState.PUBLISHED) {
      return this;
    }
    if (!hasPublishedVersion()) {
      throw new IllegalStateException("table " + id + " is not published");
    }
    return new ProjectSummary(id, publishedSource, publishedPosition, department, projectName,
        projectCode, budgetTotal, budgetYear, publishedVersion, ProjectState.PUBLISHED, revision,
        updatedAt, identityKey, present, null, null, null);
  }
}
