package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.jixiao.demo.DemoData;
import io.jixiao.document.InterchangeJson;
import io.jixiao.model.Department;
import io.jixiao.model.TargetDocument;
import io.jixiao.store.Database;
import io.jixiao.workflow.ProjectState;
import io.jixiao.workflow.ProjectSummary;
import io.jixiao.workflow.ProjectWorkflows;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The soak test of issue 12, point 2: the real server (Tomcat, Spring, the database of {@link
 * #databaseUrl()}) with the pool forced to retire all its connections every cycle, and every kind
 * of write after each retirement: a wrong and a right form login, an upload, an edit, two workflow
 * steps, actuals and a new user. Before V6 every write that hit a CHECK constraint failed on H2
 * after the first retirement. Bounded to about 40 seconds.
 */
abstract class SoakContract {

  private static final Duration BUDGET = Duration.ofSeconds(40);
  private static final int MAX_CYCLES = 12;
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

  private final JsonMapper json = JsonMapper.builder().build();
  private HttpClient http;
  private String base;

  abstract String databaseUrl();

  /** A connection to the database outside the server's pool. */
  abstract Connection openConnection() throws java.sql.SQLException;

  @Test
  void everyKindOfWriteWorksAfterThePoolRetiresItsConnections() throws Exception {
    ConfigurableApplicationContext context =
        WebServer.start(0, databaseUrl(), true, new PrintWriter(new StringWriter()));
    List<Connection> held = new ArrayList<>();
    try {
      base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
      HikariDataSource pool = (HikariDataSource) context.getBean(Database.class).dataSource();
      // A connection of its own, opened after the migration, keeps an embedded database open
      // while the pool's are retired, as the pool's busy connections do under load.
      held.add(openConnection());
      ProjectWorkflows targets = context.getBean(ProjectWorkflows.class);
      String education = DemoData.documents().get(WebFixture.EDUCATION).source();
      long monitored =
          targets.ofSource(education).stream()
              .filter(t -> t.state() == ProjectState.APPROVED || t.state() == ProjectState.PUBLISHED)
              .findFirst()
              .orElseThrow()
              .id();

      long started = System.nanoTime();
      int cycles = 0;
      while (cycles < MAX_CYCLES && System.nanoTime() - started < BUDGET.toNanos()) {
        pool.getHikariPoolMXBean().softEvictConnections();
        Thread.sleep(300); // the pool closes retired connections on a thread of its own
        cycle(cycles++, monitored);
      }
      assertThat(cycles).isGreaterThanOrEqualTo(3);
      assertThat(targets.ofSource("soak-0.json")).isNotEmpty();
    } finally {
      for (Connection c : held) {
        c.close();
      }
      context.close();
    }
  }

  private void cycle(int i, long monitored) throws Exception {
    String at = "cycle " + i + ": ";
    http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    assertThat(get("/health").body()).as(at + "health").isEqualTo("{\"status\":\"UP\"}");

    HttpResponse<String> wrong = login("agri", "wrong-password-" + i);
    assertThat(wrong.statusCode()).as(at + "wrong password").isEqualTo(302);
    assertThat(wrong.headers().firstValue("Location").orElse("")).contains("/login?");
    http = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    HttpResponse<String> right = login("health", "Health#2024demo");
    assertThat(right.statusCode()).as(at + "login").isEqualTo(302);
    assertThat(right.headers().firstValue("Location").orElse("")).doesNotContain("error");

    TargetDocument edu = DemoData.documents().get(WebFixture.EDUCATION);
    TargetDocument upload =
        // a budget year of its own: the same projects in the demo's year are the demo's (published)
        // tables, since a table is its project, not its file (ADR 0010)
        new TargetDocument("soak-" + i + ".json",
            new Department(edu.department().name(), 2030 + i), null,
            edu.projects().subList(0, 2));
    HttpResponse<String> uploaded =
        multipart("/api/documents", "edu:Edu#2024demo", "soak-" + i + ".json",
            new InterchangeJson().write(upload).getBytes(StandardCharsets.UTF_8));
    assertThat(uploaded.statusCode()).as(at + "upload " + uploaded.body()).isEqualTo(201);
    long id = json.readTree(uploaded.body()).get("tables").get(0).get("id").asLong();

    JsonNode detail = json.readTree(send("GET", "/api/targets/" + id, "edu:Edu#2024demo", null)
        .body());
    ObjectNode form = (ObjectNode) detail.get("content");
    form.put("name", "浸泡测试项目 " + i);
    HttpResponse<String> edited =
        send("PUT", "/api/targets/" + id, "edu:Edu#2024demo", json.writeValueAsString(form));
    assertThat(edited.statusCode()).as(at + "edit " + edited.body()).isEqualTo(200);
    int revision = json.readTree(edited.body()).get("revision").asInt();

    HttpResponse<String> submitted =
        send("POST", "/api/targets/" + id + "/submit", "edu:Edu#2024demo",
            "{\"revision\":" + revision + "}");
    assertThat(submitted.statusCode()).as(at + "submit " + submitted.body()).isEqualTo(200);
    HttpResponse<String> returned =
        send("POST", "/api/targets/" + id + "/return", "reviewer:Review#2024demo",
            "{\"revision\":" + (revision + 1) + ",\"comment\":\"请补充指标 " + i + "\"}");
    assertThat(returned.statusCode()).as(at + "return " + returned.body()).isEqualTo(200);
    assertThat(json.readTree(returned.body()).get("state").asString()).isEqualTo("RETURNED");

    HttpResponse<String> actuals =
        send("POST", "/api/targets/" + monitored + "/actuals", "edu:Edu#2024demo",
            "{\"entries\":[{\"period\":\"2024-06\",\"row\":\"spent\",\"value\":\"64"
                + (i % 2) + ".25\"}]}");
    assertThat(actuals.statusCode()).as(at + "actuals " + actuals.body()).isEqualTo(200);

    HttpResponse<String> user =
        send("POST", "/api/users", "admin:Admin#2024demo",
            "{\"username\":\"soak" + i + "\",\"password\":\"Soak#2024-" + i + "-Lz\","
                + "\"displayName\":\"浸泡 " + i + "\",\"role\":\"AUDITOR\"}");
    assertThat(user.statusCode()).as(at + "user " + user.body()).isEqualTo(201);
  }

  private HttpResponse<String> login(String user, String password) throws Exception {
    Matcher m = CSRF.matcher(get("/login").body());
    assertThat(m.find()).as("the login page has a CSRF token").isTrue();
    String form =
        "username=" + enc(user) + "&password=" + enc(password) + "&_csrf=" + enc(m.group(1));
    return http.send(
        HttpRequest.newBuilder(URI.create(base + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> send(String method, String path, String user, String body)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", basic(user))
            .header("Accept", "application/json");
    if (body == null) {
      b.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      b.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(body));
    }
    return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> multipart(String path, String user, String name, byte[] content)
      throws Exception {
    String boundary = "soak" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + name + "\"\r\nContent-Type: application/json\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    body.write(content);
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Authorization", basic(user))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String basic(String user) {
    return "Basic " + Base64.getEncoder().encodeToString(user.getBytes(StandardCharsets.UTF_8));
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
