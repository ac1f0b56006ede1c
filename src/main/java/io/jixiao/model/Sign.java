package io.jixiao.model;

/** Comparison sign of a target value, with the codes of the 一体化 data standard. */
public enum Sign {
  GE(1, "≥"),
  GT(2, ">"),
  EQ(3, "="),
  LT(4, "<"),
  LE(5, "≤"),
  QUALITATIVE(6, "定性");

  private final int code;
  private final String symbol;

  Sign(int code, String symbol) {
    this.code = code;
    this.symbol = symbol;
  }

  public int code() {
    return code;
  }

  public String symbol() {
    return symbol;
  }

  public static Sign ofCode(int code) {
    for (Sign s : values()) {
      if (s.code == code) {
        return s;
      }
    }
    throw new IllegalArgumentException("no sign with code " + code);
  }
}
