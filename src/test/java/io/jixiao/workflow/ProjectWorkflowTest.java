package io.jixiao.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProjectWorkflowTest {

  private static final Instant NOW = Instant.parse("2024-03-01T08:00:00Z");

  private static ProjectWorkflow in(ProjectState state) {
    return new ProjectWorkflow(7, "a.txt", 1, "云泽市教育局", state, 1);
  }

  @Test
  void aDraftIsSubmittedApprovedAndPublishedRecordingWhoAndWhen() {
    ProjectWorkflow t = in(ProjectState.DRAFT);
    Transition submitted = t.submit("edu", NOW);
    Transition approved = t.approve("reviewer", NOW.plusSeconds(60));
    Transition published = t.publish("reviewer", NOW.plusSeconds(120));

    assertThat(t.state()).isEqualTo(ProjectState.PUBLISHED);
    assertThat(submitted).isEqualTo(
        new Transition(ProjectState.DRAFT, ProjectState.SUBMITTED, "edu", NOW, null));
    assertThat(approved.from()).isEqualTo(ProjectState.SUBMITTED);
    assertThat(approved.to()).isEqualTo(ProjectState.APPROVED);
    assertThat(published.actor()).isEqualTo("reviewer");
    assertThat(published.at()).isEqualTo(NOW.plusSeconds(120));
  }

  @Test
  void aReturnedTableKeepsTheCommentAndCanBeSubmittedAgain() {
    ProjectWorkflow t = in(ProjectState.SUBMITTED);
    Transition returned = t.returnForRevision("reviewer", NOW, "  12月底支出计划应为100%  ");
    assertThat(returned.note()).isEqualTo("12月底支出计划应为100%");
    assertThat(t.state()).isEqualTo(ProjectState.RETURNED);
    t.requireEditable();
    t.submit("edu", NOW);
    assertThat(t.state()).isEqualTo(ProjectState.SUBMITTED);
  }

  @Test
  void aReturnWithoutCommentIsRefused() {
    ProjectWorkflow t = in(ProjectState.SUBMITTED);
    assertThatThrownBy(() -> t.returnForRevision("reviewer", NOW, " "))
        .isInstanceOfSatisfying(
            WorkflowException.class,
            e -> assertThat(e.code()).isEqualTo(WorkflowException.COMMENT_REQUIRED))
        .hasMessageContaining("退回意见");
    assertThat(t.state()).isEqualTo(ProjectState.SUBMITTED);
  }

  @Test
  void approvingADraftIsAnIllegalStep() {
    ProjectWorkflow t = in(ProjectState.DRAFT);
    assertThatThrownBy(() -> t.approve("reviewer", NOW))
        .isInstanceOfSatisfying(
            WorkflowException.class,
            e -> assertThat(e.code()).isEqualTo(WorkflowException.ILLEGAL_STEP))
        .hasMessage("不能批复：项目当前为“编制中”，只有“已提交”的项目可以批复");
    assertThat(t.state()).isEqualTo(ProjectState.DRAFT);
  }

  @Test
  void everyIllegalStepIsRefusedAndLeavesTheStateAlone() {
    for (ProjectState s : ProjectState.values()) {
      ProjectWorkflow t = in(s);
      if (s != ProjectState.DRAFT && s != ProjectState.RETURNED) {
        assertThatThrownBy(() -> t.submit("x", NOW)).isInstanceOf(WorkflowException.class);
      }
      if (s != ProjectState.SUBMITTED) {
        assertThatThrownBy(() -> t.approve("x", NOW)).isInstanceOf(WorkflowException.class);
        assertThatThrownBy(() -> t.returnForRevision("x", NOW, "理由"))
            .isInstanceOf(WorkflowException.class);
      }
      if (s != ProjectState.APPROVED) {
        assertThatThrownBy(() -> t.publish("x", NOW)).isInstanceOf(WorkflowException.class);
      }
      assertThat(t.state()).isEqualTo(s);
    }
  }

  @Test
  void onlyDraftsAndReturnedTablesAreEditable() {
    in(ProjectState.DRAFT).requireEditable();
    in(ProjectState.RETURNED).requireEditable();
    for (ProjectState s :
        new ProjectState[] {ProjectState.SUBMITTED, ProjectState.APPROVED, ProjectState.PUBLISHED}) {
      assertThatThrownBy(() -> in(s).requireEditable())
          .isInstanceOfSatisfying(
              WorkflowException.class,
              e -> assertThat(e.code()).isEqualTo(WorkflowException.NOT_EDITABLE))
          .hasMessageContaining("“" + s.label() + "”");
    }
  }
}
