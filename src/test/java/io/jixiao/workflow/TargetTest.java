package io.jixiao.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TargetTest {

  private static final Instant NOW = Instant.parse("2024-03-01T08:00:00Z");

  private static Target in(TargetState state) {
    return new Target(7, "a.txt", 1, "云泽市教育局", state, 1);
  }

  @Test
  void aDraftIsSubmittedApprovedAndPublishedRecordingWhoAndWhen() {
    Target t = in(TargetState.DRAFT);
    Transition submitted = t.submit("edu", NOW);
    Transition approved = t.approve("reviewer", NOW.plusSeconds(60));
    Transition published = t.publish("reviewer", NOW.plusSeconds(120));

    assertThat(t.state()).isEqualTo(TargetState.PUBLISHED);
    assertThat(submitted).isEqualTo(
        new Transition(TargetState.DRAFT, TargetState.SUBMITTED, "edu", NOW, null));
    assertThat(approved.from()).isEqualTo(TargetState.SUBMITTED);
    assertThat(approved.to()).isEqualTo(TargetState.APPROVED);
    assertThat(published.actor()).isEqualTo("reviewer");
    assertThat(published.at()).isEqualTo(NOW.plusSeconds(120));
  }

  @Test
  void aReturnedTableKeepsTheCommentAndCanBeSubmittedAgain() {
    Target t = in(TargetState.SUBMITTED);
    Transition returned = t.returnForRevision("reviewer", NOW, "  12月底支出计划应为100%  ");
    assertThat(returned.note()).isEqualTo("12月底支出计划应为100%");
    assertThat(t.state()).isEqualTo(TargetState.RETURNED);
    t.requireEditable();
    t.submit("edu", NOW);
    assertThat(t.state()).isEqualTo(TargetState.SUBMITTED);
  }

  @Test
  void aReturnWithoutCommentIsRefused() {
    Target t = in(TargetState.SUBMITTED);
    assertThatThrownBy(() -> t.returnForRevision("reviewer", NOW, " "))
        .isInstanceOfSatisfying(
            WorkflowException.class,
            e -> assertThat(e.code()).isEqualTo(WorkflowException.COMMENT_REQUIRED))
        .hasMessageContaining("退回意见");
    assertThat(t.state()).isEqualTo(TargetState.SUBMITTED);
  }

  @Test
  void approvingADraftIsAnIllegalStep() {
    Target t = in(TargetState.DRAFT);
    assertThatThrownBy(() -> t.approve("reviewer", NOW))
        .isInstanceOfSatisfying(
            WorkflowException.class,
            e -> assertThat(e.code()).isEqualTo(WorkflowException.ILLEGAL_STEP))
        .hasMessage("不能批复：项目当前为“编制中”，只有“已提交”的项目可以批复");
    assertThat(t.state()).isEqualTo(TargetState.DRAFT);
  }

  @Test
  void everyIllegalStepIsRefusedAndLeavesTheStateAlone() {
    for (TargetState s : TargetState.values()) {
      Target t = in(s);
      if (s != TargetState.DRAFT && s != TargetState.RETURNED) {
        assertThatThrownBy(() -> t.submit("x", NOW)).isInstanceOf(WorkflowException.class);
      }
      if (s != TargetState.SUBMITTED) {
        assertThatThrownBy(() -> t.approve("x", NOW)).isInstanceOf(WorkflowException.class);
        assertThatThrownBy(() -> t.returnForRevision("x", NOW, "理由"))
            .isInstanceOf(WorkflowException.class);
      }
      if (s != TargetState.APPROVED) {
        assertThatThrownBy(() -> t.publish("x", NOW)).isInstanceOf(WorkflowException.class);
      }
      assertThat(t.state()).isEqualTo(s);
    }
  }

  @Test
  void onlyDraftsAndReturnedTablesAreEditable() {
    in(TargetState.DRAFT).requireEditable();
    in(TargetState.RETURNED).requireEditable();
    for (TargetState s :
        new TargetState[] {TargetState.SUBMITTED, TargetState.APPROVED, TargetState.PUBLISHED}) {
      assertThatThrownBy(() -> in(s).requireEditable())
          .isInstanceOfSatisfying(
              WorkflowException.class,
              e -> assertThat(e.code()).isEqualTo(WorkflowException.NOT_EDITABLE))
          .hasMessageContaining("“" + s.label() + "”");
    }
  }
}
