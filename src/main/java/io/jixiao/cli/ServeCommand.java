package io.jixiao.cli;

import io.jixiao.web.WebServer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code jixiao serve [--port 8080] [--db URL] [--demo]}: the web application. The only command
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

  @Mixin LimitsOption limits;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "8080",
      description = "HTTP 端口，默认 ${DEFAULT-VALUE}。")
  int port;

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
    // Spring Boot configures logging itself; the CLI's quiet configuration is not for the server.
    System.clearProperty("logback.configurationFile");
    var context = WebServer.start(port, database.url(), demo, out, limits.limits());
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
