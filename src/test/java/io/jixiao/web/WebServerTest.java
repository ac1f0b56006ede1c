package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebServerTest {

  @Test
  void theServerUsesFourRequestThreadsPerCoreAndAtLeastEight() {
    assertThat(WebServer.workerThreads(1)).isEqualTo(8);
    assertThat(WebServer.workerThreads(2)).isEqualTo(8);
    assertThat(WebServer.workerThreads(4)).isEqualTo(16);
    assertThat(WebServer.workerThreads(16)).isEqualTo(64);
  }
}
