package io.jixiao.model;

import java.util.Objects;

/** The code of a budget unit (预算单位编码), the digits before the unit name: {@code 543001}. */
public record UnitCode(String value) {

  public UnitCode {
    Objects.requireNonNull(value, "value");
    int n = value.length();
    if (n < 3 || n > 12 || !PlainDecimal.isDigits(value, 0, n)) {
      throw new IllegalArgumentException("a unit code is 3 to 12 digits: '" + value + "'");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
