package io.jixiao.review;

/**
 * A setting a rule reads from the rule pack, beyond {@code enabled} and {@code severity} which
 * every rule has. Numbers are never negative.
 */
record Param(String name, Kind kind) {

  enum Kind {
    BOOLEAN("true 或 false"),
    SEVERITY("\"error\"、\"warning\" 或 \"info\""),
    NUMBER("非负数"),
    INTEGER("非负整数"),
    WORDS("非空字符串数组"),
    RULES("规则编号数组"),
    GRADES("自评等级数组，元素为 \"优\"、\"良\"、\"中\"、\"差\""),
    FLOORS("对象，键为月份（1–12），值为累计支出进度百分数（0–100），例如 {\"4\": 25, \"6\": 40}");

    private final String expected;

    Kind(String expected) {
      this.expected = expected;
    }

    /** What a value of this kind looks like, in Chinese, for error messages. */
    String expected() {
      return expected;
    }
  }

  static Param number(String name) {
    return new Param(name, Kind.NUMBER);
  }

  static Param integer(String name) {
    return new Param(name, Kind.INTEGER);
  }

  static Param words(String name) {
    return new Param(name, Kind.WORDS);
  }

  /** A list of self-evaluation grades (优, 良, 中, 差), read as words. */
  static Param grades(String name) {
    return new Param(name, Kind.GRADES);
  }

  static Param floors(String name) {
    return new Param(name, Kind.FLOORS);
  }

  static Param severity(String name) {
    return new Param(name, Kind.SEVERITY);
  }
}
