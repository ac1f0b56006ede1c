package io.jixiao.store;

import io.jixiao.model.Budget;
import io.jixiao.model.BudgetUnit;
import io.jixiao.model.Department;
import io.jixiao.model.DepartmentGoals;
import io.jixiao.model.Indicator;
import io.jixiao.model.IndicatorFacts;
import io.jixiao.model.Money;
import io.jixiao.model.Percent;
import io.jixiao.model.Project;
import io.jixiao.model.ProjectFacts;
import io.jixiao.model.SelfEvaluation;
import io.jixiao.model.SpendingPlan;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.TargetValue;
import io.jixiao.model.UnparsedCell;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 of a document's canonical content: every field that is stored (the parsed indicator
 * values included), in a fixed order, each string length-prefixed and null distinct from empty. The
 * source name is not part of it: two imports of the same file with the same content have the same
 * hash. Amounts are compared as the model normalises them: {@code 15.0} and {@code 15.00} are the
 * same content.
 */
final class ContentHash {

  private final StringBuilder b = new StringBuilder(4096);

  private ContentHash() {}

  static String of(TargetDocument document) {
    ContentHash h = new ContentHash();
    h.department(document.department());
    h.overall(document.overall());
    h.count(document.projects().size());
    for (Project p : document.projects()) {
      h.project(p);
    }
    return h.sha256();
  }

  private void department(Department d) {
    if (d == null) {
      nil();
      return;
    }
    text(d.name());
    text(d.year() == null ? null : d.year().toString());
  }

  private void overall(DepartmentGoals g) {
    if (g == null) {
      nil();
      return;
    }
    text(g.summary());
    count(g.subGoals().size());
    for (DepartmentGoals.SubGoal s : g.subGoals()) {
      text(s.title());
      text(s.goal());
      texts(s.indicators());
    }
    count(g.measures().size());
    for (DepartmentGoals.Measure m : g.measures()) {
      text(m.title());
      text(m.text());
    }
  }

  private void project(Project p) {
    count(p.seq());
    text(p.title());
    BudgetUnit unit = p.unit();
    if (unit == null) {
      nil();
    } else {
      text(unit.code() == null ? null : unit.code().value());
      text(unit.name());
    }
    text(p.code() == null ? null : p.code().value());
    text(p.name());
    Budget budget = p.budget();
    if (budget == null) {
      nil();
    } else {
      money(budget.total());
      money(budget.fiscal());
      money(budget.other());
    }
    text(p.fundUse());
    SpendingPlan plan = p.spendingPlan();
    if (plan == null) {
      nil();
    } else {
      for (Percent c : plan.checkpoints()) {
        text(c == null ? null : c.value().toPlainString());
      }
    }
    texts(p.goals());
    count(p.indicators().size());
    for (Indicator i : p.indicators()) {
      text(i.level1());
      text(i.level2());
      text(i.name());
      text(i.description());
      text(i.value());
      text(i.basis());
      parsed(i.target());
      if (!i.facts().isNone()) {
        indicatorFacts(i.facts());
      }
    }
    text(p.taxonomy().name());
    if (!p.facts().isNone()) {
      projectFacts(p.facts());
    }
  }

  /**
   * The facts other forms print (V8); nothing for a classic table, so its hash is what it was
   * before the facts were stored.
   */
  private void projectFacts(ProjectFacts f) {
    b.append('!');
    text(f.form() == null ? null : f.form().name());
    text(f.implementer());
    text(f.attribute());
    text(f.category());
    text(f.nature());
    text(f.period());
    text(f.basis());
    texts(f.longTermGoals());
    SelfEvaluation s = f.selfEvaluation();
    if (s == null) {
      nil();
    } else {
      money(s.initialBudget());
      money(s.adjustedBudget());
      money(s.spent());
      text(s.executionRate() == null ? null : s.executionRate().value().toPlainString());
      number(s.budgetWeight());
      number(s.budgetScore());
      number(s.totalScore());
      text(s.grade());
    }
    count(f.unparsed().size());
    for (UnparsedCell c : f.unparsed()) {
      text(c.field());
      text(c.printed());
    }
  }

  private void indicatorFacts(IndicatorFacts f) {
    b.append('^');
    text(f.term() == null ? null : f.term().name());
    number(f.weight());
    text(f.direction());
    text(f.remark());
    text(f.actual());
    number(f.score());
    text(f.reason());
  }

  private void number(java.math.BigDecimal n) {
    text(n == null ? null : n.toPlainString());
  }

  /**
   * The parsed value is stored too: when the value grammar improves, importing the same file again
   * stores a new version instead of keeping columns parsed by the older grammar.
   */
  private void parsed(TargetValue target) {
    text(DocumentWriter.kind(target));
    count(target.sign().code());
    if (target instanceof TargetValue.Quantity) {
      TargetValue.Quantity q = (TargetValue.Quantity) target;
      text(q.number().toPlainString());
      text(q.unit());
    }
  }

  private void money(Money m) {
    text(m == null ? null : m.wan().toPlainString());
  }

  private void texts(List<String> list) {
    count(list.size());
    for (String s : list) {
      text(s);
    }
  }

  private void count(int n) {
    b.append('#').append(n).append(';');
  }

  private void nil() {
    b.append('~');
  }

  private void text(String s) {
    if (s == null) {
      nil();
    } else {
      b.append(s.length()).append(':').append(s);
    }
  }

  private String sha256() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
