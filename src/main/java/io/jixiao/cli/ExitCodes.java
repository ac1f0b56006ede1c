package io.jixiao.cli;

/** The CLI's exit codes, in one place. */
final class ExitCodes {

  /** Everything was read and done. */
  static final int OK = 0;

  /** Some input was unreadable; a message per problem was printed and that input changed nothing. */
  static final int UNREADABLE = 1;

  /** The command line itself was wrong (picocli's usage error code). */
  static final int USAGE = 2;

  private ExitCodes() {}
}
