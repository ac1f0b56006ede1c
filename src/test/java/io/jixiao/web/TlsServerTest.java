package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.jixiao.store.TestDatabases;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code serve} with {@code --tls-keystore}: the real server on a key store made by the JDK's
 * keytool answers over HTTPS on 127.0.0.1 only, with HSTS and a Secure session cookie.
 */
class TlsServerTest {

  @TempDir Path dir;

  @Test
  void theServerSpeaksTlsFromTheKeyStoreWithHstsAndSecureCookiesOnLoopbackOnly()
      throws Exception {
    Path keyStore = dir.resolve("server.p12");
    String password = "store-secret-1";
    Process keytool = new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
            "-genkeypair", "-alias", "jixiao", "-keyalg", "RSA", "-keysize", "2048",
            "-validity", "2", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
            "-storetype", "PKCS12", "-keystore", keyStore.toString(),
            "-storepass", password, "-keypass", password)
        .redirectErrorStream(true)
        .start();
    assertThat(keytool.waitFor()).as(new String(keytool.getInputStream().readAllBytes()))
        .isZero();

    StringWriter printed = new StringWriter();
    try (ConfigurableApplicationContext server =
        WebServer.start(0, WebServer.DEFAULT_BIND, keyStore, password,
            TestDatabases.h2Url(dir.resolve("db")), false, new PrintWriter(printed, true))) {
      String port = server.getEnvironment().getProperty("local.server.port");
      assertThat(server.getEnvironment().getProperty("server.address")).isEqualTo("127.0.0.1");
      assertThat(printed.toString()).contains("https://localhost:" + port + "/")
          .contains("已创建系统管理员账号：admin").contains("已创建安全管理员账号：secadmin")
          .contains("已创建审计管理员账号：auditadmin");

      HttpClient client = HttpClient.newBuilder().sslContext(trusting(keyStore, password)).build();
      HttpResponse<String> login = client.send(
          HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/login")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(login.statusCode()).isEqualTo(200);
      assertThat(login.headers().firstValue("Strict-Transport-Security"))
          .contains("max-age=31536000 ; includeSubDomains");
      assertThat(login.headers().allValues("Set-Cookie"))
          .anyMatch(c -> c.startsWith("JSESSIONID=") && c.contains("Secure")
              && c.contains("HttpOnly"));
    }
  }

  private static SSLContext trusting(Path keyStore, String password) throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keyStore)) {
      store.load(in, password.toCharArray());
    }
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(store);
    SSLContext ssl = SSLContext.getInstance("TLS");
    ssl.init(null, tmf.getTrustManagers(), null);
    return ssl;
  }
}
