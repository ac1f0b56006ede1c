package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

  @Test
  void drawsTheShareOfFilesDoneAndErasesItselfBeforeOtherOutput() {
    StringWriter err = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(err), 4, true);

    bar.show(1, "002.txt");
    bar.clear();
    bar.clear();

    assertThat(err.toString())
        .isEqualTo("\r[" + "#".repeat(7) + ".".repeat(23) + "] 1/4 002.txt\u001b[K" + "\r\u001b[K");
  }

  @Test
  void printsNothingWhenDisabled() {
    StringWriter err = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(err), 40, false);

    bar.show(10, "x.txt");
    bar.clear();

    assertThat(err.toString()).isEmpty();
  }
}
