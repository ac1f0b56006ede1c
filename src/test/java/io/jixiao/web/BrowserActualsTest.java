package io.jixiao.web;

import static io.jixiao.web.BrowserWorkflowTest.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.jixiao.demo.DemoData;
import io.jixiao.monitor.ActualsEntry;
import io.jixiao.store.ActualsStore;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A department editor enters a month of actuals in a real headless Chromium (Debian's, as in
 * {@link BrowserWorkflowTest}) against the real server with the demo data: from the navigation to
 * the department's tables, to the actuals page of an approved table; a value whose unit contradicts
 * the target is refused beside its field; corrected, the month is saved and shown in the table.
 * The screenshot goes to {@code target/e2e}, or with {@code -Djixiao.screenshots=docs/images} to
 * the README's {@code web-actuals.png}.
 */
@SpringBootTest(
    classes = JixiaoWebApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "jixiao.demo=true",
      // the tests enter 2024 months themselves: without the demo's own actuals of 2024
      "jixiao.demo.actuals=false",
      "jixiao.db=jdbc:h2:mem:browseractuals;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
class BrowserActualsTest {

  static final String PROJECT = "家庭经济困难学生资助";

  @LocalServerPort int port;
  @Autowired ActualsStore actuals;

  @Test
  void anEditorEntersAMonthOfActualsAndSeesThemInTheTable() throws Exception {
    try (Playwright playwright = BrowserWorkflowTest.playwright();
        Browser browser = BrowserWorkflowTest.chromium(playwright)) {
      Page page =
          browser
              .newContext(
                  new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 1000))
              .newPage();
      page.navigate("http://127.0.0.1:" + port + "/");
      page.locator("#username").fill("edu");
      page.locator("#password").fill("Edu#2024demo");
      page.locator("#login-button").click();

      // the navigation leads to the department's tables; table 5 is approved
      page.locator("#nav-actuals").click();
      Locator row = page.locator("#actuals-tables tbody tr").filter(
          new Locator.FilterOptions().setHasText(PROJECT));
      expect(row).containsText("已批复");
      row.locator("a.actuals-link").click();
      expect(page.locator("#actuals-title")).hasText("执行数据：" + PROJECT);
      expect(page.locator("#actuals-table thead")).containsText("尚未填报");

      // a count where a percentage is due is refused beside the field, nothing is stored
      page.locator("#period").fill("2024-06");
      page.locator("#spent").fill("310.5");
      page.locator("#spentNote").fill("秋季学期资助资金9月集中发放");
      page.locator("[name='rows[0].value']").fill("6380人");
      page.locator("[name='rows[1].value']").fill("100个");
      page.locator("[name='rows[2].value']").fill("达成");
      page.locator("#actuals-save").click();
      expect(page.locator("#flash-error")).hasText("执行数据有 1 处错误，未保存任何内容");
      expect(page.locator("#entry-row-2 .field-error"))
          .hasText("实际完成值“100个”的单位“个”与指标值“100%”的单位“%”不符");
      expect(page.locator("[name='rows[0].value']")).hasValue("6380人");
      assertThat(actuals.entries(source())).isEmpty();

      // corrected, the month is saved and shown
      page.locator("[name='rows[1].value']").fill("100%");
      page.locator("[name='rows[5].value']").fill("93%");
      page.locator("[name='rows[5].note']").fill("部分学生未参与问卷");
      page.locator("#actuals-save").click();
      expect(page.locator("#flash-message"))
          .hasText("已保存 2024-06 的执行数据：新增 5 项，修改 0 项，未变 0 项");
      expect(page.locator("#month-2024-06")).containsText("2024-06");
      expect(page.locator("#actuals-spent")).containsText("310.50");
      expect(page.locator("#actuals-spent")).containsText("秋季学期资助资金9月集中发放");
      expect(page.locator("#actuals-row-1")).containsText("6380人");
      expect(page.locator("#actuals-row-3")).containsText("达成");
      expect(page.locator("#actuals-row-6")).containsText("部分学生未参与问卷");
      expect(page.locator("#actuals-changes tbody tr")).hasCount(7);
      BrowserWorkflowTest.screenshot(page, "web-actuals.png");

      List<ActualsEntry> stored = actuals.entries(source());
      assertThat(stored).extracting(ActualsEntry::row, ActualsEntry::value)
          .containsExactly(
              tuple("spent", "310.50"),
              tuple("1", "6380人"),
              tuple("2", "100%"),
              tuple("3", "达成"),
              tuple("6", "93%"));
    }
  }

  private static String source() {
    return DemoData.documents().get(WebFixture.EDUCATION).source();
  }
}
