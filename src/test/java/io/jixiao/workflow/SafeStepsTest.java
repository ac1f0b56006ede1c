package io.jixiao.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The aggregate's guards of 批复 over errors, 撤回 and 撤销公开. */
class SafeStepsTest {

  static final Instant NOW = Instant.parse("2024-03-01T08:00:00Z");

  static ProjectWorkflow table(ProjectState state, boolean reviewStarted) {
    return new ProjectWorkflow(7, "a.txt", 1, "云泽市教育局", state, 3, reviewStarted);
  }

  @Test
  void approvingATableWithOpenErrorsIsRefusedWhenThePackSaysRefuse() {
    ProjectWorkflow t = table(ProjectState.SUBMITTED, false);
    assertThatThrownBy(() -> t.approve("reviewer", NOW, 1, ApprovalPolicy.REFUSE, "理由"))
        .isInstanceOf(WorkflowException.class)
        .hasMessage("不能批复：项目还有 1 个错误未改正；请退回修改（规则包规定有错误的项目不得批复）")
        .extracting(e -> ((WorkflowException) e).code())
        .isEqualTo(WorkflowException.ERRORS_OPEN);
    assertThat(t.state()).isEqualTo(ProjectState.SUBMITTED);
  }

  @Test
  void approvingOverErrorsNeedsAWrittenReasonAndRecordsIt() {
    ProjectWorkflow t = table(ProjectState.SUBMITTED, false);
    assertThatThrownBy(
            () -> t.approve("reviewer", NOW, 2, ApprovalPolicy.OVERRIDE_WITH_REASON, "  "))
        .extracting(e -> ((WorkflowException) e).code())
        .isEqualTo(WorkflowException.REASON_REQUIRED);
    Transition step =
        t.approve("reviewer", NOW, 2, ApprovalPolicy.OVERRIDE_WITH_REASON, " 预算已经人大批准 ");
    assertThat(step.to()).isEqualTo(ProjectState.APPROVED);
    assertThat(step.note()).isEqualTo("存在 2 个错误，仍予批复，理由：预算已经人大批准");
  }

  @Test
  void aTableWithoutErrorsIsApprovedWhateverThePolicy() {
    ProjectWorkflow t = table(ProjectState.SUBMITTED, false);
    assertThat(t.approve("reviewer", NOW, 0, ApprovalPolicy.REFUSE, null).to())
        .isEqualTo(ProjectState.APPROVED);
  }

  @Test
  void theDepartmentWithdrawsASubmissionOnlyBeforeTheReviewStarted() {
    Transition back = table(ProjectState.SUBMITTED, false).withdraw("edu", NOW);
    assertThat(back.from()).isEqualTo(ProjectState.SUBMITTED);
    assertThat(back.to()).isEqualTo(ProjectState.DRAFT);
    assertThatThrownBy(() -> table(ProjectState.SUBMITTED, true).withdraw("edu", NOW))
        .hasMessage("不能撤回：财政审核人员已开始审核该项目；如需修改，请联系审核人员退回");
    assertThatThrownBy(() -> table(ProjectState.APPROVED, false).withdraw("edu", NOW))
        .hasMessage("不能撤回：项目当前为“已批复”，只有“已提交”的项目可以撤回");
  }

  @Test
  void unpublishingNeedsAReasonAndLeavesTheTableApproved() {
    assertThatThrownBy(() -> table(ProjectState.PUBLISHED, false).unpublish("reviewer", NOW, ""))
        .hasMessage("撤销公开时必须填写理由");
    Transition t = table(ProjectState.PUBLISHED, false).unpublish("reviewer", NOW, "公开内容有误");
    assertThat(t.to()).isEqualTo(ProjectState.APPROVED);
    assertThat(t.note()).isEqualTo("公开内容有误");
    assertThatThrownBy(() -> table(ProjectState.APPROVED, false).unpublish("reviewer", NOW, "x"))
        .hasMessage("不能撤销公开：项目当前为“已批复”，只有“已公开”的项目可以撤销公开");
  }

  @Test
  void theStepsTheButtonsShowFollowTheState() {
    assertThat(WorkflowStep.WITHDRAW.allowedIn(ProjectState.SUBMITTED)).isTrue();
    assertThat(WorkflowStep.WITHDRAW.allowedIn(ProjectState.DRAFT)).isFalse();
    assertThat(WorkflowStep.UNPUBLISH.allowedIn(ProjectState.PUBLISHED)).isTrue();
    assertThat(WorkflowStep.PUBLISH.allowedIn(ProjectState.PUBLISHED)).isFalse();
    assertThat(ApprovalPolicy.of("refuse")).isEqualTo(ApprovalPolicy.REFUSE);
    assertThat(ApprovalPolicy.of("override-with-reason"))
        .isEqualTo(ApprovalPolicy.OVERRIDE_WITH_REASON);
  }
}
