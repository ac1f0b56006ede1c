package io.jixiao.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole cycle in a real headless Chromium against the real server on a random port, with the
 * demo data on an in-memory H2 database: an editor uploads a text export with two defects, reads
 * the findings, fixes them in the edit page and submits; the finance reviewer returns the table
 * with a comment; the editor reads it and submits again; the reviewer approves and publishes; an
 * anonymous visitor finds the table on the public pages.
 *
 * <p>The browser is Debian's {@code chromium} (never one Playwright downloads); the test fails,
 * rather than skips, when it is missing. Screenshots of the main pages go to {@code target/e2e},
 * or to the folder named by {@code -Djixiao.screenshots=docs/images} to refresh the README's.
 */
@SpringBootTest(
    classes = JixiaoWebApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "jixiao.demo=true",
      "jixiao.db=jdbc:h2:mem:browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
class BrowserWorkflowTest {

  /** Debian's chromium binary; /usr/bin/chromium is a wrapper script. */
  static final Path CHROMIUM =
      Path.of(System.getProperty("jixiao.chromium", "/usr/lib/chromium/chromium"));

  /** Flags for a headless Chromium on a machine without network beyond loopback. */
  static final List<String> CHROMIUM_ARGS =
      List.of(
          "--no-sandbox",
          "--disable-gpu",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--no-first-run",
          "--disable-quic");

  static final String FILE = "云泽市教育局2024年补充项目绩效目标.txt";
  static final String LIBRARY = "中小学图书馆藏书更新";
  static final String CANTEEN = "校园食品安全监管";
  static final String COMMENT = "请在绩效目标中写明生均藏书量的具体标准后重新提交";

  static Playwright playwright;
  static Browser browser;

  @LocalServerPort int port;

  @BeforeAll
  static void launchChromium() {
    playwright = playwright();
    browser = chromium(playwright);
  }

  /** Playwright for Java that never downloads a browser. */
  static Playwright playwright() {
    return Playwright.create(
        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
  }

  /** Debian's Chromium, headless; an error, not a skip, when it is missing. */
  static Browser chromium(Playwright playwright) {
    if (!Files.isExecutable(CHROMIUM)) {
      throw new AssertionError(
          "未找到 Chromium：" + CHROMIUM + " 不存在。端到端测试需要 Debian 软件包 chromium"
              + "（apt-get install -y chromium fonts-noto-cjk；.ci/run 会自动安装）。"
              + " Chromium not found at " + CHROMIUM + ": install the Debian package 'chromium'.");
    }
    return playwright
        .chromium()
        .launch(
            new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(CHROMIUM_ARGS));
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
  void anUploadedTableIsFixedSubmittedReturnedResubmittedApprovedAndPublished(
      @TempDir Path dir) throws IOException {
    Path upload = dir.resolve(FILE);
    Files.writeString(upload, exportWithTwoDefects(), StandardCharsets.UTF_8);

    // ---------------------------------------------------------------- the editor uploads
    BrowserContext editorContext = newContext();
    Page editor = editorContext.newPage();
    logIn(editor, "edu", "Edu#2024demo");
    expect(editor.locator("#current-user")).hasText("教育局 李填报");
    editor.locator("#nav-upload").click();
    editor.locator("#upload-file").setInputFiles(upload);
    editor.locator("#upload-button").click();
    expect(editor.locator("#upload-message"))
        .hasText(FILE + "：已导入 2 张绩效目标表、10 个指标");
    Locator uploaded = editor.locator("#upload-tables tbody tr");
    expect(uploaded).hasCount(2);
    expect(uploaded.nth(0)).containsText(LIBRARY);
    expect(uploaded.nth(0)).containsText("编制中");
    expect(uploaded.nth(0).locator(".grade")).hasText("中");
    expect(uploaded.nth(1)).containsText(CANTEEN);
    expect(uploaded.nth(1).locator(".grade")).hasText("优");

    // ---------------------------------------------------------------- the review shows findings
    uploaded.nth(0).locator("a.project-link").click();
    expect(editor.locator("#project-name")).hasText(LIBRARY);
    expect(editor.locator("#project-state")).hasText("编制中");
    expect(editor.locator("#project-grade")).hasText("审核等级：中");
    expect(editor.locator("#finding-counts")).containsText("错误 1 · 警告 1");
    expect(editor.locator("#budget-unit")).hasText("201001 云泽市教育局本级");
    expect(editor.locator("#budget-total")).hasText("150.00");
    expect(editor.locator("#spending-plan td").nth(3)).hasText("90%");
    expect(editor.locator("#header-findings"))
        .containsText("12月底累计支出进度为 90%");
    expect(editor.locator("#row-5")).containsText("为学生阅读提供支撑");
    expect(editor.locator("#row-5 .findings"))
        .containsText("指标值“为学生阅读提供支撑”没有设定具体目标");
    screenshot(editor, "web-project.png");

    // ---------------------------------------------------------------- the editor fixes them
    editor.locator("#edit-button").click();
    expect(editor.locator("h1")).hasText("修改绩效目标表");
    expect(editor.locator("#planDec")).hasValue("90");
    editor.locator("#planDec").fill("100");
    Locator values = editor.locator("#indicator-body input.value");
    expect(values).hasCount(6);
    expect(values.nth(4)).hasValue("为学生阅读提供支撑");
    values.nth(4).fill("生均藏书量≥30册");
    // a row added with the page's script: it takes level 1 and 2 of the row above
    editor.locator("#add-row-button").click();
    Locator added = editor.locator("#indicator-body tr.indicator-row").nth(6);
    expect(added.locator(".pos")).hasText("7");
    expect(added.locator("input.l1")).hasValue("满意度指标");
    added.locator("input.l1").fill("效益指标");
    added.locator("input.l2").fill("可持续影响指标");
    added.locator("input.l3").fill("图书使用年限");
    added.locator("textarea").fill("新购图书可供借阅使用的年限");
    added.locator("input.value").fill("≥5年");
    screenshot(editor, "web-edit.png");
    editor.locator("#save-button").click();

    expect(editor.locator("#flash-message"))
        .hasText("已保存：修改 3 处，文件第 2 版；重新审核结果：优");
    expect(editor.locator("#project-grade")).hasText("审核等级：优");
    expect(editor.locator("#finding-counts")).containsText("错误 0 · 警告 0");
    expect(editor.locator("#header-findings")).hasText("表头未发现问题");
    expect(editor.locator("#spending-plan td").nth(3)).hasText("100%");
    expect(editor.locator("#row-5")).containsText("生均藏书量≥30册");
    expect(editor.locator("#row-5 .findings li")).hasCount(0);
    expect(editor.locator("#row-7")).containsText("图书使用年限");
    expect(editor.locator("#change-table")).containsText("为学生阅读提供支撑");

    // ---------------------------------------------------------------- submit, after confirming
    editor.locator("#submit-button").click();
    expect(editor.locator("#confirm-title")).hasText("确认提交");
    editor.locator("#confirm-button").click();
    expect(editor.locator("#flash-message")).hasText("已提交，项目当前状态：已提交");
    expect(editor.locator("#project-state")).hasText("已提交");
    expect(editor.locator("#edit-button")).hasCount(0);
    String projectUrl = editor.url();

    // ---------------------------------------------------------------- the reviewer returns it
    BrowserContext reviewerContext = newContext();
    Page reviewer = reviewerContext.newPage();
    logIn(reviewer, "reviewer", "Review#2024demo");
    expect(reviewer.locator("#count-departments")).hasText("4");
    Locator education =
        reviewer.locator("#department-table tbody tr").filter(
            new Locator.FilterOptions().setHasText("云泽市教育局"));
    // the newest budget year: the 10 tables of 2024 and the 2 just uploaded (2024 too); the 5 of
    // the 2023 document (结果应用) are under 2023
    expect(reviewer.locator("#shown-year")).containsText("当前显示 2024 年度的绩效目标表");
    expect(education.locator("td").nth(1)).hasText("12");
    reviewer.locator("#chart-budget canvas").waitFor();
    reviewer.locator("#chart-findings canvas").waitFor();
    reviewer.waitForTimeout(1200); // the charts' one-second entry animation
    screenshot(reviewer, "web-dashboard.png");

    education.locator("a.department-link").click();
    expect(reviewer.locator("#department-name")).hasText("云泽市教育局");
    Locator library =
        reviewer.locator("#project-table tbody tr").filter(
            new Locator.FilterOptions().setHasText(LIBRARY));
    expect(library.locator(".state")).hasText("已提交");
    expect(library.locator(".grade")).hasText("优");
    reviewer.locator("h2").filter(new Locator.FilterOptions().setHasText("项目")).last()
        .evaluate("h => h.scrollIntoView()");
    screenshot(reviewer, "web-department.png");

    library.locator("a.project-link").click();
    expect(reviewer.locator("#project-state")).hasText("已提交");
    expect(reviewer.locator("#row-5")).containsText("生均藏书量≥30册");
    reviewer.locator("#return-button").click();
    reviewer.locator("#confirm-comment").fill(COMMENT);
    reviewer.locator("#confirm-button").click();
    expect(reviewer.locator("#flash-message")).hasText("已退回，项目当前状态：已退回");
    expect(reviewer.locator("#approve-button")).hasCount(0);

    // ---------------------------------------------------------------- the editor resubmits
    editor.navigate(projectUrl);
    expect(editor.locator("#project-state")).hasText("已退回");
    Locator returned = editor.locator("#history-table tbody tr").nth(1);
    expect(returned).containsText("财政局 王审核"); // 姓名, the login name on hover
    expect(returned).containsText("已退回");
    expect(returned).containsText(COMMENT);
    expect(editor.locator("#return-comment")).containsText(COMMENT);
    expect(editor.locator("#edit-button")).isVisible();
    editor.locator("#submit-button").click();
    editor.locator("#confirm-button").click();
    expect(editor.locator("#flash-message")).hasText("已提交，项目当前状态：已提交");

    // ---------------------------------------------------------------- approve and publish
    reviewer.navigate(projectUrl);
    expect(reviewer.locator("#project-state")).hasText("已提交");
    reviewer.locator("#approve-button").click();
    expect(reviewer.locator("#confirm-errors")).hasCount(0);
    reviewer.locator("#confirm-button").click();
    expect(reviewer.locator("#flash-message")).hasText("已批复，项目当前状态：已批复");
    reviewer.locator("#publish-button").click();
    reviewer.locator("#confirm-button").click();
    expect(reviewer.locator("#flash-message")).hasText("已公开，项目当前状态：已公开");
    expect(reviewer.locator("#history-table tbody tr")).hasCount(5);

    // ---------------------------------------------------------------- the public finds it
    BrowserContext publicContext = newContext();
    Page visitor = publicContext.newPage();
    visitor.navigate(base() + "/public");
    expect(visitor.locator("#login-link")).isVisible();
    visitor.locator("#public-q").fill(LIBRARY);
    visitor.locator("#public-search-button").click();
    Locator found = visitor.locator("a.public-project-link");
    expect(found).hasCount(1);
    expect(found).hasText(LIBRARY);
    expect(visitor.locator("h2")).hasText("云泽市教育局");
    expect(visitor.locator(".public-table tbody tr")).containsText("36990024P201001020011");
    found.click();
    expect(visitor.locator("#table-title")).hasText("2024 年中小学图书馆藏书更新项目绩效目标表");
    expect(visitor.locator("#project-name")).hasText(LIBRARY);
    Locator rows = visitor.locator("tr.indicator");
    expect(rows).hasCount(7);
    expect(rows.nth(4)).containsText("生均藏书量≥30册");
    expect(rows.nth(6)).containsText("图书使用年限");
    expect(visitor.locator("#printed-table")).containsText("100%");
    expect(visitor.locator("#printed-table")).not().containsText("为学生阅读提供支撑");
    expect(visitor.locator(".findings")).hasCount(0);
    screenshot(visitor, "web-public.png");

    // the other uploaded table is still a draft: the public does not see it
    visitor.navigate(base() + "/public?q=" + CANTEEN);
    expect(visitor.locator("a.public-project-link")).hasCount(0);

    publicContext.close();
    reviewerContext.close();
    editorContext.close();
  }

  // ------------------------------------------------------------------ helpers

  private String base() {
    return "http://127.0.0.1:" + port;
  }

  private static BrowserContext newContext() {
    return browser.newContext(
        new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 800));
  }

  private void logIn(Page page, String user, String password) {
    page.navigate(base() + "/");
    expect(page.locator("#login-form")).isVisible();
    page.locator("#username").fill(user);
    page.locator("#password").fill(password);
    page.locator("#login-button").click();
    expect(page.locator("#logout-button")).isVisible();
  }

  static LocatorAssertions expect(Locator locator) {
    return PlaywrightAssertions.assertThat(locator);
  }

  /** Saves a screenshot to target/e2e, or to the folder named by -Djixiao.screenshots. */
  static void screenshot(Page page, String name) throws IOException {
    Path dir = Path.of(System.getProperty("jixiao.screenshots", "target/e2e"));
    Files.createDirectories(dir);
    Path file = dir.resolve(name);
    page.screenshot(new Page.ScreenshotOptions().setPath(file));
    assertThat(Files.size(file)).as("screenshot %s", file).isBetween(10_000L, 250_000L);
  }

  /**
   * A department's text export in the tab-row layout of the Word exports (a heading per table,
   * the budget unit line, one tab-separated line per table row): two tables, the first with a
   * spending plan that ends at 90% and a value that sets no target.
   */
  static String exportWithTwoDefects() {
    StringBuilder b = new StringBuilder();
    b.append("云泽市教育局  \n2024 年部门预算绩效文本\n\n---\n\n# 第二部分 预算项目绩效目标\n\n");
    table(b, 1, "2024 年中小学图书馆藏书更新项目绩效目标表", "36990024P201001020011", LIBRARY,
        "150.00", "为全市中小学图书馆采购更新图书。", new String[] {"20%", "50%", "80%", "90%"},
        "1. 为全市中小学图书馆更新图书不少于6万册，生均藏书量达到省定标准。",
        new String[][] {
          {"产出指标", "数量指标", "更新图书册数", "采购更新图书的册数", "≥6 万册", "年度工作计划"},
          {"", "质量指标", "图书验收合格率", "采购图书验收合格的比例", "100%", "行业规范"},
          {"", "时效指标", "采购完成时间", "图书采购完成的时间", "2024 年 10 月底前", "年度工作计划"},
          {"", "成本指标", "采购总成本", "图书采购总成本", "≤150 万元", "财政预算批复文件"},
          {"效益指标", "社会效益指标", "学生阅读条件", "改善学生阅读条件", "为学生阅读提供支撑", "年度工作计划"},
          {"满意度指标", "服务对象满意度指标", "师生满意度", "师生对图书更新的满意度", "≥90%", "问卷调查"}
        });
    table(b, 2, "2024 年校园食品安全监管项目绩效目标表", "36990024P201001020012", CANTEEN,
        "48.00", "开展校园食堂食品安全检查和从业人员培训。", new String[] {"25%", "50%", "75%", "100%"},
        "1. 对全市学校食堂开展食品安全检查全覆盖。",
        new String[][] {
          {"产出指标", "数量指标", "检查学校食堂数量", "开展食品安全检查的学校食堂数量", "≥180 所", "年度工作计划"},
          {"", "质量指标", "问题整改率", "检查发现问题的整改比例", "100%", "行业规范"},
          {"效益指标", "社会效益指标", "校园食品安全事故", "校园食品安全事故发生数", "0 起", "年度工作计划"},
          {"满意度指标", "服务对象满意度指标", "家长满意度", "学生家长对校园食品安全的满意度", "≥90%", "问卷调查"}
        });
    return b.toString();
  }

  private static void table(
      StringBuilder b,
      int seq,
      String title,
      String code,
      String name,
      String budget,
      String fundUse,
      String[] plan,
      String goals,
      String[][] rows) {
    b.append("## ").append(seq).append(". ").append(title).append("\n\n");
    b.append("201001 云泽市教育局本级\n\n单位：万元\n\n");
    row(b, "项目编码", code, "", "项目名称", name, "");
    row(b, "预算规模及资金用途", "预算数", budget, "其中：财政资金", budget, "其他资金");
    row(b, "", fundUse, "", "", "", "");
    row(b, "资金支出计划（%）", "3 月底", "", "6 月底", "10 月底", "12 月底");
    row(b, "", plan[0], "", plan[1], plan[2], plan[3]);
    row(b, "绩效目标", goals, "", "", "", "");
    row(b, "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据");
    for (String[] r : rows) {
      row(b, r);
    }
    b.append('\n');
  }

  private static void row(StringBuilder b, String... cells) {
    for (String c : cells) {
      b.append(c).append('\t');
    }
    b.append('\n');
  }
}
