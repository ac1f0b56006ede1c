package io.jixiao.audit;

/**
 * The client address of the request this thread serves, set by the web's filter for the length of
 * one request, so that every audit entry written on its behalf names it without each caller
 * passing it along. Empty on the command line.
 */
public final class AuditSource {

  private static final ThreadLocal<String> ADDRESS = new ThreadLocal<>();

  private AuditSource() {}

  /** Makes {@code address} the source of this thread's audit entries until {@link #clear}. */
  public static void set(String address) {
    ADDRESS.set(address);
  }

  public static void clear() {
    ADDRESS.remove();
  }

  /** The address of the current request, null outside one. */
  public static String current() {
    return ADDRESS.get();
  }
}
