package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import io.jixiao.demo.DemoData;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A finance reviewer in Chromium opens the list of 绩效目标表, filters it by department and state,
 * exports it to Excel and finds in the workbook (opened with POI) exactly the rows the page lists.
 */
@SpringBootTest(
    classes = JixiaoWebApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "jixiao.demo=true",
      "jixiao.db=jdbc:h2:mem:browserlists;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
class BrowserListsTest {

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

  private static LocatorAssertions expect(Locator l) {
    return PlaywrightAssertions.assertThat(l);
  }

  @Test
  void aReviewerFiltersTheListOfTablesAndExportsExactlyThoseRowsToExcel() throws Exception {
    BrowserContext context = browser.newContext(
        new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 800)
            .setAcceptDownloads(true));
    Page page = context.newPage();
    page.navigate("http://localhost:" + port + "/");
    page.locator("#username").fill("reviewer");
    page.locator("#password").fill("Review#2024demo");
    page.locator("#login-button").click();
    page.locator("#nav-targets").click();
    expect(page.locator("h1")).hasText("绩效目标表");

    String agriculture = DemoData.departments().get(WebFixture.AGRICULTURE);
    page.locator("#list-department").fill(agriculture);
    page.locator("#list-state").selectOption("SUBMITTED");
    page.locator("#list-sort").selectOption("name");
    page.locator("#list-button").click();

    Locator rows = page.locator("#list-table tbody tr.list-row");
    expect(rows.first()).isVisible();
    int count = rows.count();
    List<String> listed = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      expect(rows.nth(i)).containsText(agriculture);
      expect(rows.nth(i)).containsText("已提交");
      listed.add(rows.nth(i).locator("a.project-link").innerText().strip());
    }
    expect(page.locator("#list-count")).hasText(String.valueOf(count));
    assertThat(count).isEqualTo(2); // the demo submits two of the agriculture department's tables

    Download download = page.waitForDownload(() -> page.locator("#list-export").click());
    assertThat(download.suggestedFilename()).endsWith(".xlsx");
    List<String> exported = new ArrayList<>();
    try (InputStream in = Files.newInputStream(download.path());
        XSSFWorkbook book = new XSSFWorkbook(in)) {
      Sheet sheet = book.getSheetAt(0);
      for (Row r : sheet) {
        if (r.getRowNum() > 0) {
          assertThat(r.getCell(1).getStringCellValue()).isEqualTo(agriculture);
          assertThat(r.getCell(5).getStringCellValue()).isEqualTo("已提交");
          exported.add(r.getCell(2).getStringCellValue());
        }
      }
    }
    assertThat(exported).isEqualTo(listed);
    context.close();
  }
}
