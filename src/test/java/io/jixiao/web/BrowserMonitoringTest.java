package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The monitoring dashboard and the self-evaluation results in a real headless Chromium (Debian's,
 * as in {@link BrowserWorkflowTest}) against the server with the demo data and its 2024 actuals:
 * the ECharts charts are drawn (their canvases are not blank), the month selector moves the
 * figures, an alert leads to the project's monitoring table. Screenshots {@code web-monitoring.png}
 * and {@code web-evaluation.png} go to {@code target/e2e}, or to {@code -Djixiao.screenshots}.
 */
@SpringBootTest(
    classes = JixiaoWebApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "jixiao.demo=true",
      "jixiao.db=jdbc:h2:mem:browsermonitoring;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
class BrowserMonitoringTest {

  /** Counts the canvas pixels that are neither transparent nor white. */
  static final String INKED_PIXELS =
      "c => { const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;"
          + " let n = 0; for (let i = 0; i < d.length; i += 4) {"
          + " if (d[i + 3] > 0 && (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240)) { n++; } }"
          + " return n; }";

  static Playwright playwright;
  static Browser browser;

  @LocalServerPort int port;

  @BeforeAll
  static void launchChromium() {
    playwright = BrowserWorkflowTest.playwright();
    browser = BrowserWorkflowTest.chromium(playwright);
  }

  @AfterAll
  static void closeChromium() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  @Test
  void aReviewerReadsTheChartsTheAlertsAndTheSelfEvaluation() throws IOException {
    BrowserContext context =
        browser.newContext(
            new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 800));
    Page page = context.newPage();
    page.navigate(base() + "/");
    page.locator("#username").fill("reviewer");
    page.locator("#password").fill("Review#2024demo");
    page.locator("#login-button").click();
    expect(page.locator("#logout-button")).isVisible();

    // ---------------------------------------------------------------- the dashboard
    page.locator("#nav-monitoring").click();
    expect(page.locator("#month")).hasValue("2024-12");
    expect(page.locator("#count-monitored")).hasText("21");
    Locator education =
        page.locator("#department-table tbody tr").filter(
            new Locator.FilterOptions().setHasText("云泽市教育局"));
    expect(education.locator("td.rate")).hasText("98.58%");
    Locator chart = page.locator("#chart-departments canvas");
    chart.waitFor();
    page.waitForTimeout(1200); // the charts' one-second entry animation
    assertThat((Integer) chart.evaluate(INKED_PIXELS)).as("inked pixels of the chart")
        .isGreaterThan(5_000);
    BrowserWorkflowTest.screenshot(page, "web-monitoring.png");

    // ---------------------------------------------------------------- an earlier month
    page.locator("#month").selectOption("2024-06");
    page.locator("#month-button").click();
    expect(page.locator("#floor")).hasText("40.00%");
    expect(education.locator("td.rate")).hasText("56.83%");
    page.locator("#chart-departments canvas").waitFor();

    // ---------------------------------------------------------------- a department's projects
    page.locator("#department-table tbody tr").filter(
        new Locator.FilterOptions().setHasText("云泽市卫生健康委员会")).locator("a.department-link").click();
    expect(page.locator("#month")).hasValue("2024-06");
    page.locator("#chart-department-0 canvas").waitFor();
    expect(page.locator("tr[data-project='重大传染病防控'] td.rate")).hasText("28.00%");

    // ---------------------------------------------------------------- an alert leads to the table
    Locator lagging =
        page.locator("tr.alert-M1").filter(new Locator.FilterOptions().setHasText("重大传染病防控"));
    lagging.locator("a.monitoring-link").click();
    expect(page.locator("#project-name")).hasText("重大传染病防控 运行监控表");
    expect(page.locator("#rate")).hasText("28.00%");
    expect(page.locator("#month")).hasValue("2024-06");
    expect(page.locator("#indicator-table tbody tr")).hasCount(6);

    // ---------------------------------------------------------------- the self-evaluation
    page.locator("#nav-evaluation").click();
    page.locator("a.evaluation-department-link").filter(
        new Locator.FilterOptions().setHasText("云泽市农业农村局")).click();
    Locator fields =
        page.locator(".ranking-table tbody tr").filter(
            new Locator.FilterOptions().setHasText("高标准农田建设"));
    expect(fields.locator("td.score")).hasText("87.10");
    expect(fields.locator(".grade")).hasText("良");
    BrowserWorkflowTest.screenshot(page, "web-evaluation.png");
    fields.locator("a.evaluation-link").click();
    expect(page.locator("#evaluation-grade")).hasText("自评等级：良");
    expect(page.locator("#evaluation-form")).containsText("2024年11月20日");

    // ---------------------------------------------------------------- 结果应用 beside a draft
    page.navigate(base() + "/departments?name=云泽市教育局");
    page.locator("a.project-link").filter(
        new Locator.FilterOptions().setHasText("中小学校舍维修改造")).last().click();
    expect(page.locator("#last-year-grade")).hasText("差");
    expect(page.locator("#last-year-score")).hasText("57.28");
    expect(page.locator("#last-year-budget")).containsText("+22.9%");
    expect(page.locator("#last-year-missed tbody tr")).hasCount(5);
    expect(page.locator("#header-findings")).containsText("绩效自评 57.28 分，等级“差”");
    page.locator("#last-year").scrollIntoViewIfNeeded();
    BrowserWorkflowTest.screenshot(page, "web-last-year.png");

    context.close();
  }

  private String base() {
    return "http://127.0.0.1:" + port;
  }

  private static LocatorAssertions expect(Locator locator) {
    return PlaywrightAssertions.assertThat(locator);
  }
}
