package io.jixiao.review;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The one registry of review rules, in catalog order, each with the parameters it reads from the
 * rule pack. The pack is validated against this list; the engine builds every enabled rule from it.
 * The monitoring rules (M1–M4) are registered here too and run only on actuals.
 */
final class Rules {

  /** Word lists several rules share, under {@code vocabulary} in the pack. */
  static final List<String> VOCABULARY = List.of("gradedLevels", "rateWords");

  static final List<Registration> ALL =
      List.of(
          rule(RuleId.S1, S1OutputAndEffect::new),
          rule(
              RuleId.S2,
              S2Satisfaction::new,
              Param.words("externalWords"),
              Param.words("internalWords")),
          rule(RuleId.S3, S3Taxonomy::new),
          rule(RuleId.S4, S4OutputCoverage::new),
          rule(
              RuleId.S5,
              S5HeaderFields::new,
              Param.severity("trivialGoalSeverity"),
              Param.severity("documentWideSeverity"),
              Param.words("goalVerbs"),
              Param.words("genericWords")),
          rule(RuleId.S6, S6DuplicateIndicator::new),
          rule(RuleId.B1, B1BudgetSum::new, Param.number("toleranceWan")),
          rule(RuleId.B2, B2SpendingPlan::new, Param.severity("missingDecemberSeverity")),
          rule(
              RuleId.B3,
              B3CostAboveBudget::new,
              Param.words("totalWords"),
              Param.words("unitWords"),
              Param.number("toleranceWan")),
          rule(RuleId.B4, B4CostSum::new, Param.number("toleranceWan")),
          rule(
              RuleId.Q1,
              Q1Measurable::new,
              Param.words("notApplicable"),
              Param.words("vagueWords"),
              Param.words("purposeStarts"),
              Param.words("purposePhrases"),
              Param.words("activityStarts"),
              Param.words("checkWords")),
          rule(RuleId.Q2, Q2Description::new, Param.words("fillerWords")),
          rule(
              RuleId.Q3,
              Q3ValueKind::new,
              Param.words("timelinessWords"),
              Param.words("timeUnits"),
              Param.words("periodWords")),
          rule(
              RuleId.Q4,
              Q4BudgetExecution::new,
              Param.words("words"),
              Param.words("measurePhrases")),
          rule(
              RuleId.Q5,
              Q5UnitMismatch::new,
              Param.words("countWords"),
              Param.words("dimensions"),
              Param.integer("maxLevelLength")),
          rule(RuleId.Q6, Q6Direction::new, Param.number("maxPercent"), Param.words("growthWords")),
          rule(RuleId.Q7, Q7Satisfaction::new, Param.number("minSatisfaction")),
          rule(
              RuleId.Q8,
              Q8Dates::new,
              Param.integer("yearsAfter"),
              Param.severity("outOfYearSeverity")),
          rule(RuleId.Q9, Q9ShiftedColumns::new),
          rule(RuleId.Q10, Q10Template::new, Param.words("phrases"), Param.words("redactions")),
          rule(RuleId.Q11, Q11SignUnitColumns::new),
          rule(RuleId.Q12, Q12OcrSign::new, Param.words("growthWords")),
          rule(RuleId.S7, S7Weights::new, Param.number("total")),
          rule(RuleId.P1, P1ScoreAboveWeight::new),
          rule(RuleId.P2, P2ExecutionRate::new),
          rule(RuleId.P3, P3TotalScore::new, Param.number("tolerance")),
          rule(
              RuleId.X1,
              X1CopiedIndicators::new,
              Param.integer("minProjects"),
              Param.integer("minIndicators")),
          rule(RuleId.X2, X2CopiedText::new, Param.integer("minLength")),
          rule(RuleId.X3, X3UnchangedTargets::new, Param.number("maxBudgetChangePercent")),
          rule(
              RuleId.R1,
              R1PoorResultBudgetGrowth::new,
              Param.grades("grades"),
              Param.number("minIncreasePercent")),
          rule(RuleId.M1, M1PlanLag::new, Param.number("maxLagPoints")),
          rule(RuleId.M2, M2ProgressGap::new, Param.number("maxGapPoints")),
          rule(RuleId.M3, M3SpendingFloor::new, Param.floors("floors")),
          rule(RuleId.M4, M4Overspending::new));

  private Rules() {}

  /** How to build one rule and what it reads from the pack. */
  record Registration(RuleId id, Function<RuleSettings, ReviewRule> factory, List<Param> params) {

    Param param(String name) {
      for (Param p : params) {
        if (p.name().equals(name)) {
          return p;
        }
      }
      return null;
    }

    /** enabled, severity and the rule's own parameters. */
    List<String> allParamNames() {
      List<String> names = new ArrayList<>();
      names.add("enabled");
      names.add("severity");
      for (Param p : params) {
        names.add(p.name());
      }
      return names;
    }

    String paramNames() {
      return String.join("、", allParamNames());
    }
  }

  static Registration registration(RuleId id) {
    for (Registration r : ALL) {
      if (r.id() == id) {
        return r;
      }
    }
    return null;
  }

  /** {@code S1、S2、…} for error messages. */
  static String ids() {
    StringBuilder b = new StringBuilder();
    for (Registration r : ALL) {
      if (b.length() > 0) {
        b.append('、');
      }
      b.append(r.id());
    }
    return b.toString();
  }

  private static Registration rule(
      RuleId id, Function<RuleSettings, ReviewRule> factory, Param... params) {
    return new Registration(id, factory, List.of(params));
  }
}
