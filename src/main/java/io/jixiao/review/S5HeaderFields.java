package io.jixiao.review;

import io.jixiao.model.FormKind;
import io.jixiao.model.Project;
import java.util.ArrayList;
import java.util.List;

/**
 * S5: the required header fields are present (project name, budget total, budget unit, goals) and
 * the goal says more than the project name: a goal that adds only a verb and generic words (年度,
 * 工作, 正常运行) to the name or a part of it is trivial. When no table of a document prints a budget
 * or a unit, that is reported once for the document, not on every table (and counts in every
 * table's grade, see {@link Grading}).
 */
final class S5HeaderFields implements TableRule, DocumentRule {

  private final Severity trivialGoal;
  private final Severity documentWide;
  private final String[] goalVerbs;
  private final String[] genericWords;

  /** The characters of the generic words. */
  private final String genericChars;

  S5HeaderFields(RuleSettings settings) {
    this.trivialGoal = settings.severity("trivialGoalSeverity");
    this.documentWide = settings.severity("documentWideSeverity");
    this.goalVerbs = Text.array(settings.words("goalVerbs"));
    this.genericWords = Text.array(settings.words("genericWords"));
    this.genericChars = String.join("", genericWords);
  }

  @Override
  public RuleId id() {
    return RuleId.S5;
  }

  @Override
  public void check(TableContext t, Findings out) {
    Project p = t.project();
    if (p.name() == null && Text.squash(t.displayName()).isEmpty()) {
      out.add(null, Fields.PROJECT_NAME, "缺少项目名称", "填写与预算项目库一致的项目名称");
    }
    if (t.document().anyUnit() && (p.unit() == null || p.unit().name() == null)) {
      out.add(null, Fields.UNIT, "缺少预算单位（表上方的单位编码和名称）", "在表上方写明预算单位编码和名称，如“543001 某某局本级”");
    }
    if (t.document().anyBudget() && t.budgetTotal() == null) {
      out.add(null, Fields.BUDGET_TOTAL, "缺少预算数", "填写项目预算数（万元），并列明其中财政资金和其他资金");
    }
    String goals = t.goals();
    String goalKey = withoutTemplate(Text.withoutYears(t.goalsKey()));
    if (goalKey.isEmpty()) {
      if (goals.isBlank() && selfEvaluation(p)) {
        return; // a 自评表 that has no goal field scores its indicators, not a goal
      }
      out.add(
          null,
          Fields.GOALS,
          goals.isBlank() ? "缺少绩效目标" : "绩效目标只有模板文字" + Text.quote(goals) + "，没有填写",
          "写明本年度要完成的主要产出（数量、质量、时限）和预期效果");
      return;
    }
    if (trivial(goalKey, t.nameKey())) {
      out.add(
          trivialGoal,
          null,
          Fields.GOALS,
          "绩效目标" + Text.quote(goals) + "只重复了项目名称，没有说明要达到的产出和效果",
          "写明本年度要完成的主要产出（数量、质量、时限）和预期效果，如“完成……，使……提高到……”");
    }
  }

  @Override
  public void check(DocumentContext d, Findings out) {
    if (d.tables().isEmpty()) {
      return;
    }
    List<String> missing = new ArrayList<>(2);
    if (!d.anyBudget()) {
      missing.add("预算数");
    }
    if (!d.anyUnit()) {
      missing.add("预算单位");
    }
    if (missing.isEmpty()) {
      return;
    }
    String list = String.join("和", missing);
    out.document()
        .add(
            documentWide,
            null,
            missing.size() == 1 && !d.anyBudget() ? Fields.BUDGET_TOTAL : Fields.UNIT,
            "本文件的 " + d.tables().size() + " 张绩效目标表都没有列出" + list + "（公开版可能省略了表头），无法核对金额与目标是否匹配",
            "送审的绩效目标表须逐表填写" + list + "；请提供含表头的完整版本");
  }

  private static boolean selfEvaluation(Project p) {
    FormKind form = p.facts().form();
    return form == FormKind.SELF_EVALUATION || form == FormKind.OVERALL_SELF_EVALUATION;
  }

  /** Drops the template's {@code 目标内容 1} placeholders. */
  private static String withoutTemplate(String key) {
    String g = key;
    int template = g.indexOf("目标内容");
    while (template >= 0) {
      int end = template + 4;
      while (end < g.length() && Text.isDigit(g.charAt(end))) {
        end++;
      }
      g = g.substring(0, template) + g.substring(end);
      template = g.indexOf("目标内容");
    }
    return g;
  }

  /**
   * True when the goal, without a leading verb (完成, 开展, 用于…) and generic words (年度, 工作, 正常运行…),
   * is the project name or a part of it, or the name with at most four more characters.
   */
  private boolean trivial(String goalKey, String nameKey) {
    String g = goalKey;
    for (String verb = Text.startsWithAny(g, goalVerbs);
        verb != null;
        verb = Text.startsWithAny(g, goalVerbs)) {
      g = g.substring(verb.length()); // 用于开展…
    }
    if (foreign(g, nameKey) > 4) {
      return false; // more than four characters neither from the name nor generic
    }
    g = withoutGeneric(g);
    if (g.isEmpty()) {
      return true;
    }
    String name = withoutGeneric(nameKey);
    if (name.isEmpty()) {
      return false;
    }
    return Text.isSubsequence(g, name)
        || g.length() <= name.length() + 4 && Text.isSubsequence(name, g);
  }

  /** How many characters of {@code g} (up to five) are neither in the name nor generic words. */
  private int foreign(String g, String nameKey) {
    int n = 0;
    for (int i = 0; i < g.length() && n <= 4; i++) {
      char c = g.charAt(i);
      if (nameKey.indexOf(c) < 0 && genericChars.indexOf(c) < 0) {
        n++;
      }
    }
    return n;
  }

  private String withoutGeneric(String key) {
    String k = key;
    for (String w : genericWords) {
      if (k.contains(w)) {
        k = k.replace(w, "");
      }
    }
    return k;
  }
}
