package io.jixiao.target;

import java.util.Objects;

/** The code of a budget unit (预算单位编码), the digits before the unit name: {@code 543001}. */
public record UnitCode(String value) {

  public UnitCode {
    Objects.requireNonNull(value, "value");
    if (!value.matches("\\d{3,12}")) {
      throw new IllegalArgumentException("a unit code is 3 to 12 digits: '" + value + "'");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
