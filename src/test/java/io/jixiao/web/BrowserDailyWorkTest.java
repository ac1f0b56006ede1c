package io.jixiao.web;

import static io.jixiao.web.BrowserWorkflowTest.expect;
import static io.jixiao.web.BrowserWorkflowTest.screenshot;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A day of work in a real headless Chromium on the demo data: the reviewer finds the submitted
 * tables in 待办, writes an 审核意见, is stopped by the open 错误 of 家庭医生签约服务 and approves it
 * with a written reason, and batch-publishes two approved tables; the department's editor sees the
 * message, answers a finding and downloads the 审核意见书. Debian's chromium, never a downloaded one.
 */
@SpringBootTest(
    classes = JixiaoWebApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "jixiao.demo=true",
      "jixiao.db=jdbc:h2:mem:browserdaily;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"
    })
class BrowserDailyWorkTest {

  static final String FAMILY_DOCTORS = "家庭医生签约服务";

  @LocalServerPort int port;

  @Test
  void theReviewerFindsTheWorkInToDoApprovesWithAReasonBatchPublishesAndTheEditorAnswers()
      throws IOException {
    try (Playwright playwright = BrowserWorkflowTest.playwright();
        Browser browser = BrowserWorkflowTest.chromium(playwright)) {
      // ------------------------------------------------------------ the reviewer's 待办
      BrowserContext reviewerContext = context(browser);
      Page reviewer = reviewerContext.newPage();
      logIn(reviewer, "reviewer", "Review#2024demo");
      expect(reviewer.locator("#todo-count")).hasText("19"); // 4 to review, 15 to publish
      reviewer.locator("#nav-todo").click();
      expect(reviewer.locator("#card-to-review .num")).hasText("4");
      expect(reviewer.locator("#card-to-publish .num")).hasText("15");
      screenshot(reviewer, "web-todo.png");
      Locator toReview = reviewer.locator("#to-review tbody tr");
      expect(toReview).hasCount(4);
      toReview.filter(new Locator.FilterOptions().setHasText(FAMILY_DOCTORS))
          .locator("a.project-link").click();
      expect(reviewer.locator("#project-state")).hasText("已提交");
      String projectUrl = reviewer.url();

      // an 审核意见 on indicator 1 moves it from 待审核 to 待批复
      reviewer.locator("#row-1 details.comment-form summary").click();
      reviewer.locator("#row-1 details.comment-form textarea").fill("签约人数请注明统计口径");
      reviewer.locator("#row-1 .comment-save").click();
      expect(reviewer.locator("#flash-message")).hasText("第 1 行的审核意见已保存");
      expect(reviewer.locator("#row-1 .review-comment")).containsText("签约人数请注明统计口径");

      // approve: the open 错误 needs a reason
      reviewer.locator("#approve-button").click();
      expect(reviewer.locator("#confirm-errors"))
          .containsText("该项目还有 1 个错误未改正。如仍要批复，必须填写批复理由");
      screenshot(reviewer, "web-confirm-approve.png");
      reviewer.locator("#confirm-comment").fill("其他资金10万元为单位自筹，已核实");
      reviewer.locator("#confirm-button").click();
      expect(reviewer.locator("#flash-message")).hasText("已批复，项目当前状态：已批复");
      expect(reviewer.locator("#history-table tbody tr").last())
          .containsText("存在 1 个错误，仍予批复，理由：其他资金10万元为单位自筹，已核实");

      // batch-publish the first two approved tables of 待公开
      reviewer.locator("#nav-todo").click();
      expect(reviewer.locator("#card-to-publish .num")).hasText("16");
      Locator picks = reviewer.locator("#to-publish input.pick");
      picks.nth(0).check();
      picks.nth(1).check();
      reviewer.locator("#to-publish .batch-publish").click();
      expect(reviewer.locator("#confirm-title")).hasText("确认批量公开（2 个项目）");
      reviewer.locator("#confirm-button").click();
      expect(reviewer.locator("#flash-message")).hasText("批量公开：2 个项目已公开");
      expect(reviewer.locator("#card-to-publish .num")).hasText("14");

      // ------------------------------------------------------------ the department
      BrowserContext editorContext = context(browser);
      Page editor = editorContext.newPage();
      logIn(editor, "health", "Health#2024demo");
      expect(editor.locator("#unread-count")).not().hasText("0");
      editor.locator("#nav-messages").click();
      expect(editor.locator("#message-table tbody tr.unread")
              .filter(new Locator.FilterOptions().setHasText(FAMILY_DOCTORS)))
          .containsText("项目“" + FAMILY_DOCTORS + "”已审核通过并批复，请按月填报执行数据");
      screenshot(editor, "web-messages.png");
      editor.locator("#read-all-button").click();
      expect(editor.locator("#unread-count")).hasText("0");

      editor.navigate(projectUrl);
      Locator finding = editor.locator("#header-findings li").filter(
          new Locator.FilterOptions().setHasText("B1"));
      finding.locator("details.answer-form summary").click();
      finding.locator("textarea").fill("预算数含上年结转资金 10 万元");
      finding.locator(".answer-save").click();
      expect(editor.locator("#flash-message")).hasText("说明已保存，审核人员可在审核发现旁看到");

      reviewer.navigate(projectUrl);
      expect(reviewer.locator("#header-findings li")
              .filter(new Locator.FilterOptions().setHasText("B1")).locator(".answer"))
          .containsText("预算数含上年结转资金 10 万元");
      screenshot(reviewer, "web-dialogue.png");
      Download pdf = reviewer.waitForDownload(() -> reviewer.locator("#opinion-pdf").click());
      byte[] bytes = Files.readAllBytes(pdf.path());
      assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
          .isEqualTo("%PDF-");
      assertThat(pdf.suggestedFilename()).isEqualTo("审核意见书-" + FAMILY_DOCTORS + ".pdf");
    }
  }

  private static BrowserContext context(Browser browser) {
    return browser.newContext(
        new Browser.NewContextOptions().setLocale("zh-CN").setViewportSize(1280, 800)
            .setAcceptDownloads(true));
  }

  private void logIn(Page page, String user, String password) {
    page.navigate("http://localhost:" + port + "/");
    page.locator("#username").fill(user);
    page.locator("#password").fill(password);
    page.locator("#login-button").click();
    expect(page.locator("#logout-button")).isVisible();
  }
}
