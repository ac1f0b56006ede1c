package io.jixiao.cli;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A progress bar on a terminal, {@code [#### ] 3/8 文件}, drawn over itself with {@code \r}. It
 * appears only when there is a terminal and the work takes more than a moment (more than three
 * files, or longer than a second), so logs and tests stay clean.
 */
final class Progress {

  private static final int WIDTH = 10;
  private static final long MOMENT_MILLIS = 1000;

  private final PrintWriter err;
  private final int total;
  private final boolean terminal;
  private final LongSupplier clock;
  private final long start;
  private int done;
  private boolean shown;

  Progress(PrintWriter err, int total, boolean terminal, LongSupplier clock) {
    this.err = err;
    this.total = total;
    this.terminal = terminal;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  /** A progress bar for {@code total} files, shown on {@code err} when a console is attached. */
  static Progress forFiles(PrintWriter err, int total) {
    return new Progress(err, total, System.console() != null, System::currentTimeMillis);
  }

  /** Records that {@code done} files are finished and redraws the bar when it is due. */
  void update(int done) {
    this.done = done;
    if (terminal && (total > 3 || clock.getAsLong() - start > MOMENT_MILLIS)) {
      err.print('\r' + bar(done, total));
      err.flush();
      shown = true;
    }
  }

  /**
   * Removes the bar so that other output starts on a clean line; {@link #update} draws it again.
   */
  void clear() {
    if (shown) {
      err.print('\r' + " ".repeat(bar(done, total).length() + 4) + '\r');
      err.flush();
      shown = false;
    }
  }

  static String bar(int done, int total) {
    int filled = total == 0 ? WIDTH : (int) Math.round((double) WIDTH * done / total);
    return "["
        + "#".repeat(filled)
        + " ".repeat(WIDTH - filled)
        + "] "
        + done
        + "/"
        + total
        + " 文件";
  }
}
