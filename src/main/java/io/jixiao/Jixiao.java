package io.jixiao;

import io.jixiao.cli.JixiaoCommand;

/**
 * The one entry point of {@code jixiao.jar}. CLI commands run without Spring; only {@code serve}
 * (added with the web application) starts a Spring context.
 */
public final class Jixiao {

  private Jixiao() {}

  public static void main(String[] args) {
    System.exit(JixiaoCommand.run(args));
  }
}
