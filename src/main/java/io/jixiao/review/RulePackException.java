package io.jixiao.review;

import java.util.List;

/**
 * A rule pack that cannot be used, with every problem found in it: the file and the JSON path of
 * each ({@code region.json: $.rules.Q7.minSatisfaction: 应为非负数，实为 -5}).
 */
public final class RulePackException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;
  private final List<String> problems;

  RulePackException(String file, List<String> problems) {
    super(format(file, problems));
    this.file = file;
    this.problems = List.copyOf(problems);
  }

  /** The file the pack came from. */
  public String file() {
    return file;
  }

  /** Each problem as {@code $.path: message}. */
  public List<String> problems() {
    return problems;
  }

  private static String format(String file, List<String> problems) {
    StringBuilder b = new StringBuilder("规则包 ").append(file).append(" 无效：");
    for (String p : problems) {
      b.append('\n').append(file).append(": ").append(p);
    }
    return b.toString();
  }
}
