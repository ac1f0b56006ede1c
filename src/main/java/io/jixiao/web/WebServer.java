package io.jixiao.web;

import io.jixiao.store.Database;
import java.io.PrintWriter;
import java.nio.file.Path;
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

  /** The address the server listens on unless told otherwise: this machine only. */
  public static final String DEFAULT_BIND = "127.0.0.1";

  /**
   * Starts the server on {@link #DEFAULT_BIND} over plain HTTP and returns once it listens.
   *
   * @param port the HTTP port (0 for any free one)
   * @param databaseUrl the JDBC URL, null or blank for {@link Database#DEFAULT_URL}
   * @param demo whether to load the demo data set and demo users
   * @param out where the address and the demo users are printed
   */
  public static ConfigurableApplicationContext start(
      int port, String databaseUrl, boolean demo, PrintWriter out) {
    return start(port, DEFAULT_BIND, null, null, databaseUrl, demo, out);
  }

  /**
   * Starts the server on {@code bind} (an address of this machine, {@code 0.0.0.0} for all),
   * over TLS when {@code keyStore} is given, and returns once it listens.
   *
   * @param keyStore null for plain HTTP, else the key store (PKCS12, or JKS for a {@code .jks}
   *     file) holding the server's key and certificate chain; with it, session cookies are {@code
   *     Secure} and responses carry HSTS
   * @param keyStorePassword its password (read by the caller from an environment variable)
   */
  public static ConfigurableApplicationContext start(
      int port,
      String bind,
      Path keyStore,
      String keyStorePassword,
      String databaseUrl,
      boolean demo,
      PrintWriter out) {
    SpringApplication app = new SpringApplication(JixiaoWebApplication.class);
    app.setWebApplicationType(WebApplicationType.SERVLET);
    Map<String, Object> props = new HashMap<>();
    props.put("server.port", port);
    props.put("server.address", bind == null || bind.isBlank() ? DEFAULT_BIND : bind);
    if (keyStore != null) {
      props.put("server.ssl.enabled", true);
      props.put("server.ssl.key-store", keyStore.toAbsolutePath().toUri().toString());
      props.put("server.ssl.key-store-password", keyStorePassword);
      props.put("server.ssl.key-store-type",
          keyStore.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jks")
              ? "JKS" : "PKCS12");
      props.put("server.servlet.session.cookie.secure", true);
    }
    props.put("jixiao.db", databaseUrl == null || databaseUrl.isBlank() ? Database.DEFAULT_URL
        : databaseUrl);
    props.put("jixiao.demo", demo);
    props.put(
        "server.tomcat.threads.max", workerThreads(Runtime.getRuntime().availableProcessors()));
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
