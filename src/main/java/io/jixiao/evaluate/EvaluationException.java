package io.jixiao.evaluate;

/**
 * Input a self-evaluation cannot be computed from, such as department weights that do not add up to
 * a level-1's points; the message says where, in Chinese.
 */
public final class EvaluationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public EvaluationException(String message) {
    super(message);
  }
}
