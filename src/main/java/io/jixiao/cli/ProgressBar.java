package io.jixiao.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar redrawn in place on stderr: {@code [#######.............] 12/40 name}.
 * Disabled, it prints nothing; {@link #clear()} removes it before a normal output line.
 */
final class ProgressBar {

  private static final int WIDTH = 30;

  private final PrintWriter out;
  private final int total;
  private final boolean enabled;
  private boolean shown;

  ProgressBar(PrintWriter out, int total, boolean enabled) {
    this.out = out;
    this.total = total;
    this.enabled = enabled;
  }

  /**
   * True when a bar helps: many files and an interactive console. Java 17 cannot ask whether stderr
   * itself is a terminal; an interactive console (stdin and stdout) is the best sign.
   */
  static boolean useful(int files) {
    return files >= 5 && System.console() != null && !"dumb".equals(System.getenv("TERM"));
  }

  /** Draws the bar for {@code done} of the files finished, naming the one being read. */
  void show(int done, String current) {
    if (!enabled) {
      return;
    }
    int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
    String name = current.length() > 40 ? current.substring(0, 39) + "…" : current;
    out.print(
        "\r["
            + "#".repeat(filled)
            + ".".repeat(WIDTH - filled)
            + "] "
            + done
            + "/"
            + total
            + " "
            + name
            + "\u001b[K");
    out.flush();
    shown = true;
  }

  /** Erases the bar so that the next line starts clean. */
  void clear() {
    if (shown) {
      out.print("\r\u001b[K");
      out.flush();
      shown = false;
    }
  }
}
