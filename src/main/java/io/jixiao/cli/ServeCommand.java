package io.jixiao.cli;

import io.jixiao.web.WebServer;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao serve [--port 8080] [--bind 127.0.0.1] [--tls-keystore FILE] [--db URL] [--demo]}:
 * the web application, on this machine only unless {@code --bind} says otherwise, over TLS with
 * {@code --tls-keystore} (its password from {@code JIXIAO_TLS_KEYSTORE_PASSWORD}). The only command
 * that starts Spring; the class refers to the web module only inside {@link #call()}, so the other
 * commands never load it.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "启动网页应用：部门填报、财政审核、批复和公开绩效目标（浏览器访问）。",
      "按 Ctrl+C 停止。"
    })
final class ServeCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8080",
      description = "HTTP 端口，默认 ${DEFAULT-VALUE}。")
  int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = WebServer.DEFAULT_BIND,
      description = "监听地址，默认 ${DEFAULT-VALUE}（只接受本机访问）；0.0.0.0 为所有网卡。")
  String bind;

  @Option(
      names = "--tls-keystore",
      paramLabel = "FILE",
      description = {
        "启用 HTTPS：服务器证书和私钥所在的密钥库（PKCS12，.jks 文件为 JKS）。",
        "密钥库密码从环境变量 " + KEYSTORE_PASSWORD + " 读取。启用后 Cookie 带 Secure，响应带 HSTS。"
      })
  Path tlsKeystore;

  /** The environment variable holding the key store's password (never an option: ps shows those). */
  static final String KEYSTORE_PASSWORD = "JIXIAO_TLS_KEYSTORE_PASSWORD";

  @Option(
      names = "--demo",
      description = "加载演示数据（云泽市 4 个部门）和演示用户，并打印用户名和密码。")
  boolean demo;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    if (port < 0 || port > 65535) {
      spec.commandLine().getErr().println("用法错误：端口应在 0 到 65535 之间：" + port);
      return ExitCode.USAGE.code();
    }
    String password = null;
    if (tlsKeystore != null) {
      password = System.getenv(KEYSTORE_PASSWORD);
      if (!Files.isRegularFile(tlsKeystore)) {
        spec.commandLine().getErr().println("用法错误：找不到密钥库文件 " + tlsKeystore);
        return ExitCode.USAGE.code();
      }
      if (password == null) {
        spec.commandLine().getErr().println(
            "用法错误：--tls-keystore 需要环境变量 " + KEYSTORE_PASSWORD + " 给出密钥库密码");
        return ExitCode.USAGE.code();
      }
    }
    // Spring Boot configures logging itself; the CLI's quiet configuration is not for the server.
    System.clearProperty("logback.configurationFile");
    var context = WebServer.start(port, bind, tlsKeystore, password, database.url(), demo, out);
    CountDownLatch stopped = new CountDownLatch(1);
    context.addApplicationListener(
        event -> {
          if (event instanceof org.springframework.context.event.ContextClosedEvent) {
            stopped.countDown();
          }
        });
    stopped.await();
    return ExitCode.OK.code();
  }
}
