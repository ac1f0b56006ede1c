package io.jixiao.review;

/** The field names findings use, with the Chinese column or header label a user knows them by. */
public final class Fields {

  public static final String LEVEL1 = "l1";
  public static final String LEVEL2 = "l2";
  public static final String NAME = "l3";
  public static final String DESCRIPTION = "description";
  public static final String VALUE = "value";
  public static final String BASIS = "basis";
  public static final String PROJECT_NAME = "projectName";
  public static final String UNIT = "unit";
  public static final String BUDGET_TOTAL = "budget.total";
  public static final String BUDGET_FISCAL = "budget.fiscal";
  public static final String BUDGET_OTHER = "budget.other";
  public static final String FUND_USE = "fundUse";
  public static final String GOALS = "goals";
  public static final String INDICATORS = "indicators";
  public static final String SPENDING_PLAN = "spendingPlan";

  /** An indicator's actual (实际完成值) in a self-evaluation. */
  public static final String ACTUAL = "actual";

  /** Cumulative spending reported with the actuals (执行数, 全年执行数 at year end). */
  public static final String SPENT = "spent";

  /** An indicator's 权重 / 分值. */
  public static final String WEIGHT = "weight";

  /** An indicator's printed 得分 in a self-evaluation form. */
  public static final String SCORE = "score";

  /** The 预算执行率 a self-evaluation form prints. */
  public static final String EXECUTION_RATE = "selfEvaluation.executionRate";

  /** The budget execution's 得分 a self-evaluation form prints. */
  public static final String BUDGET_SCORE = "selfEvaluation.budgetScore";

  /** The 总分 a self-evaluation form prints. */
  public static final String TOTAL_SCORE = "selfEvaluation.totalScore";

  private Fields() {}

  /** The Chinese label of a field name; the name itself when unknown, empty for null. */
  public static String label(String field) {
    if (field == null) {
      return "";
    }
    switch (field) {
      case LEVEL1:
        return "一级指标";
      case LEVEL2:
        return "二级指标";
      case NAME:
        return "三级指标";
      case DESCRIPTION:
        return "绩效指标描述";
      case VALUE:
        return "指标值";
      case BASIS:
        return "指标值确定依据";
      case PROJECT_NAME:
        return "项目名称";
      case UNIT:
        return "预算单位";
      case BUDGET_TOTAL:
        return "预算数";
      case BUDGET_FISCAL:
        return "财政资金";
      case BUDGET_OTHER:
        return "其他资金";
      case FUND_USE:
        return "资金用途";
      case GOALS:
        return "绩效目标";
      case INDICATORS:
        return "绩效指标";
      case SPENDING_PLAN:
        return "资金支出计划";
      case ACTUAL:
        return "实际完成值";
      case SPENT:
        return "执行数";
      case WEIGHT:
        return "权重";
      case SCORE:
        return "得分";
      case EXECUTION_RATE:
        return "预算执行率";
      case BUDGET_SCORE:
        return "预算执行得分";
      case TOTAL_SCORE:
        return "总分";
      case "spendingPlan.mar":
        return "资金支出计划 3月底";
      case "spendingPlan.jun":
        return "资金支出计划 6月底";
      case "spendingPlan.oct":
        return "资金支出计划 10月底";
      case "spendingPlan.dec":
        return "资金支出计划 12月底";
      default:
        return field;
    }
  }
}
