package io.jixiao.model;

/** 预算数 with 其中：财政资金 and 其他资金, each null when the cell is blank. */
public record Budget(Money total, Money fiscal, Money other) {

  /** True when all three are printed and total ≠ fiscal + other (to the cent). */
  public boolean inconsistent() {
    return total != null && fiscal != null && other != null && !total.sameAmount(fiscal.plus(other));
  }
}
