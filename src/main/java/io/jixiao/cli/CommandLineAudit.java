package io.jixiao.cli;

/**
 * Who the command line is in the workflow rows and the audit log: {@code 命令行:<the
 * operating-system user>}. What it stores goes through the same use cases as the web's changes,
 * which write the audit entries in the transaction of the change.
 */
final class CommandLineAudit {

  private CommandLineAudit() {}

  /** The actor of changes made on this command line. */
  static String actor() {
    return "命令行:" + System.getProperty("user.name", "?");
  }
}
