package io.jixiao.target;

/** The value grammar: parses a printed 指标值 into a {@link TargetValue}. */
public final class TargetValues {

  private TargetValues() {}

  /** Parses a printed value; never throws. A null or blank value is {@link TargetValue.Blank}. */
  public static TargetValue parse(String printed) {
    if (printed == null || printed.isBlank()) {
      return new TargetValue.Blank();
    }
    return new TargetValue.Qualitative(printed.strip());
  }
}
