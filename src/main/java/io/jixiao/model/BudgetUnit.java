package io.jixiao.model;

/** A budget unit (预算单位): the line above a table, {@code 543001 承德市自然资源和规划局本级}. */
public record BudgetUnit(UnitCode code, String name) {

  /** Splits a printed unit line into the leading digits and the name. */
  public static BudgetUnit parse(String line) {
    String s = line.strip();
    int i = 0;
    while (i < s.length() && Character.isDigit(s.charAt(i))) {
      i++;
    }
    UnitCode code = i >= 3 ? new UnitCode(s.substring(0, i)) : null;
    String name = s.substring(code == null ? 0 : i).strip();
    return new BudgetUnit(code, name.isEmpty() ? null : name);
  }
}
