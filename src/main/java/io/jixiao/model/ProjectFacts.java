package io.jixiao.model;

import java.util.List;
import java.util.Objects;

/**
 * What a table holds beyond the classic 项目支出绩效目标表's header: the form it was read from, the
 * header fields of a 申报表 (项目属性 新增/延续, 项目类别, 项目性质, 实施期限, 立项依据, 长期目标), the
 * figures of a 自评表, and the cells that could not be read (kept as printed). {@link #NONE} for a
 * classic table with every cell read.
 *
 * @param form the form, null when it is the classic table
 * @param implementer 实施单位 / 项目单位 when printed apart from the unit above the table
 * @param attribute 项目属性 as ticked: 新增 or 延续
 * @param selfEvaluation the 自评表's budget figures and printed totals, null for a target table
 * @param sections the 整体 table's spending split and 履职目标, the 成本构成, level-1 points and goal
 *     results ({@link FormSections#NONE} when none is printed; never null)
 */
public record ProjectFacts(
    FormKind form,
    String implementer,
    String attribute,
    String category,
    String nature,
    String period,
    String basis,
    List<String> longTermGoals,
    SelfEvaluation selfEvaluation,
    List<UnparsedCell> unparsed,
    FormSections sections) {

  public static final ProjectFacts NONE =
      new ProjectFacts(null, null, null, null, null, null, null, List.of(), null, List.of());

  public ProjectFacts {
    longTermGoals = longTermGoals == null ? List.of() : List.copyOf(longTermGoals);
    unparsed = unparsed == null ? List.of() : List.copyOf(unparsed);
    sections = sections == null ? FormSections.NONE : sections;
  }

  /** Facts without {@link FormSections} (the components before sections were added). */
  public ProjectFacts(
      FormKind form,
      String implementer,
      String attribute,
      String category,
      String nature,
      String period,
      String basis,
      List<String> longTermGoals,
      SelfEvaluation selfEvaluation,
      List<UnparsedCell> unparsed) {
    this(
        form, implementer, attribute, category, nature, period, basis, longTermGoals,
        selfEvaluation, unparsed, FormSections.NONE);
  }

  public ProjectFacts withSections(FormSections s) {
    return new ProjectFacts(
        form, implementer, attribute, category, nature, period, basis, longTermGoals,
        selfEvaluation, unparsed, s);
  }

  /** Facts of a table read from {@code form}, nothing else known yet. */
  public static ProjectFacts of(FormKind form) {
    return NONE.withForm(form);
  }

  public ProjectFacts withForm(FormKind f) {
    return new ProjectFacts(
        f, implementer, attribute, category, nature, period, basis, longTermGoals, selfEvaluation,
        unparsed, sections);
  }

  /** These facts with the 申报表 header fields. */
  public ProjectFacts withHeader(
      String attr, String cat, String nat, String per, String bas, List<String> longTerm) {
    return new ProjectFacts(
        form, implementer, attr, cat, nat, per, bas, longTerm, selfEvaluation, unparsed, sections);
  }

  public ProjectFacts withImplementer(String i) {
    return new ProjectFacts(
        form, i, attribute, category, nature, period, basis, longTermGoals, selfEvaluation,
        unparsed, sections);
  }

  public ProjectFacts withSelfEvaluation(SelfEvaluation s) {
    return new ProjectFacts(
        form, implementer, attribute, category, nature, period, basis, longTermGoals, s, unparsed,
        sections);
  }

  /** These facts with {@code more} unread cells after the ones already known. */
  public ProjectFacts withUnparsed(List<UnparsedCell> more) {
    Objects.requireNonNull(more, "more");
    List<UnparsedCell> all = new java.util.ArrayList<>(unparsed);
    all.addAll(more);
    return new ProjectFacts(
        form, implementer, attribute, category, nature, period, basis, longTermGoals,
        selfEvaluation, all, sections);
  }

  public boolean isNone() {
    return equals(NONE);
  }
}
