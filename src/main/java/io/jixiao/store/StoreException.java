package io.jixiao.store;

/**
 * The database could not do what was asked: unreachable, not migratable, or a document could not be
 * saved (then nothing of it was written). The message is in Chinese, for the user.
 */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
