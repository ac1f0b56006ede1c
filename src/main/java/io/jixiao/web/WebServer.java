package io.jixiao.web;

import io.jixiao.limits.Limits;
import io.jixiao.store.Database;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the web application ({@code jixiao serve}): the only place Spring Boot is started. The CLI
 * calls {@link #start}; everything else in the CLI stays free of Spring.
 */
public final class WebServer {

  private WebServer() {}

  /**
   * Starts the server and returns once it listens.
   *
   * @param port the HTTP port (0 for any free one)
   * @param databaseUrl the JDBC URL, null or blank for {@link Database#DEFAULT_URL}
   * @param demo whether to load the demo data set and demo users
   * @param out where the address and the demo users are printed
   */
  public static ConfigurableApplicationContext start(
      int port, String databaseUrl, boolean demo, PrintWriter out) {
    return start(port, databaseUrl, demo, out, null);
  }

  /**
   * Starts the server with {@code limits} (null for the defaults or the {@code jixiao.limits.*}
   * properties).
   */
  public static ConfigurableApplicationContext start(
      int port, String databaseUrl, boolean demo, PrintWriter out, Limits limits) {
    SpringApplication app = new SpringApplication(JixiaoWebApplication.class);
    app.setWebApplicationType(WebApplicationType.SERVLET);
    Map<String, Object> props = new HashMap<>();
    props.put("server.port", port);
    props.put("jixiao.db", databaseUrl == null || databaseUrl.isBlank() ? Database.DEFAULT_URL
        : databaseUrl);
    props.put("jixiao.demo", demo);
    props.put(
        "server.tomcat.threads.max", workerThreads(Runtime.getRuntime().availableProcessors()));
    if (limits != null) {
      limits.values().forEach((name, value) -> props.put("jixiao.limits." + name, value));
    }
    app.setDefaultProperties(props);
    app.addInitializers(ctx -> ctx.getBeanFactory().registerSingleton("consoleOut", out));
    return app.run();
  }

  /**
   * Request threads for {@code cores} processors: four per core, at least 8, instead of Tomcat's
   * 200. Page requests are short and mostly CPU: with 200 threads on a small machine every request
   * is time-sliced with all the others and the unlucky ones wait many times the mean, while a few
   * threads serve the queue in order (p99 at 200 connections on 2 cores in docs/benchmarks.md).
   * {@code -Dserver.tomcat.threads.max=N} overrides it.
   */
  static int workerThreads(int cores) {
    return Math.max(8, 4 * cores);
  }
}
