package io.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code serve}'s transport options: loopback by default, TLS only with a key store and password. */
class ServeCommandTest {

  @Test
  void theServerListensOnThisMachineOnlyUnlessToldOtherwise() {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs();
    assertThat(serve.bind).isEqualTo("127.0.0.1");
    new CommandLine(serve).parseArgs("--bind", "0.0.0.0");
    assertThat(serve.bind).isEqualTo("0.0.0.0");
  }

  @Test
  void aMissingKeyStoreOrItsPasswordIsAUsageError(@TempDir Path dir) throws Exception {
    CliRun missing = CliRun.run("serve", "--tls-keystore", dir.resolve("none.p12").toString());
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("找不到密钥库文件");

    Path store = Files.writeString(dir.resolve("server.p12"), "x");
    if (System.getenv(ServeCommand.KEYSTORE_PASSWORD) == null) {
      CliRun noPassword = CliRun.run("serve", "--tls-keystore", store.toString());
      assertThat(noPassword.exit()).isEqualTo(2);
      assertThat(noPassword.err())
          .contains("--tls-keystore 需要环境变量 JIXIAO_TLS_KEYSTORE_PASSWORD 给出密钥库密码");
    }
  }
}
