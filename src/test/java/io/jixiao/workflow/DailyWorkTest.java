package io.jixiao.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditLog;
import io.jixiao.model.TestDocuments;
import io.jixiao.store.Database;
import io.jixiao.store.TestDatabases;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 待办, messages, safe steps, batch steps, the dialogue on findings and deadlines through the real
 * use cases, on H2 and on PostgreSQL.
 */
class DailyWorkTest {

  static final Clock CLOCK = Clock.fixed(Instant.parse("2024-03-01T08:00:00Z"), ZoneOffset.UTC);
  static final String EDU = "云泽市教育局";
  static final Actor EDITOR = new Actor("edu", EDU);
  static final Actor REVIEWER = new Actor("reviewer", null);

  @TempDir Path dir;

  @Test
  void onH2TheWholeDailyWorkIsCountedMessagedAndAudited() {
    try (Database db = Database.open(TestDatabases.h2Url(dir))) {
      dailyWork(db.dataSource());
    }
  }

  @Test
  void onPostgresTheWholeDailyWorkIsCountedMessagedAndAudited() {
    try (TestDatabases.PostgresSchema pg = TestDatabases.postgres();
        Database db = Database.open(pg.url())) {
      dailyWork(db.dataSource());
    }
  }

  @Test
  void approvingATableWithErrorsIsRefusedWhenThePackSaysSoAndChangesNothing() {
    try (Database db = Database.open(TestDatabases.h2Url(dir))) {
      DataSource ds = db.dataSource();
      List<Long> ids = imported(ds, 1);
      long id = ids.get(0);
      TakeWorkflowStep steps = new TakeWorkflowStep(ds, CLOCK, t -> 1, ApprovalPolicy.REFUSE);
      steps.take(id, WorkflowStep.SUBMIT, null, null, EDITOR);
      assertThatThrownBy(() -> steps.take(id, WorkflowStep.APPROVE, null, "理由", REVIEWER))
          .extracting(e -> ((WorkflowException) e).code())
          .isEqualTo(WorkflowException.ERRORS_OPEN);
      assertThat(new ProjectWorkflows(ds).summary(id).orElseThrow().state())
          .isEqualTo(ProjectState.SUBMITTED);
      assertThat(JdbcClient.create(ds).sql("SELECT COUNT(*) FROM approval_override")
          .query(Long.class).single()).isZero();
    }
  }

  static void dailyWork(DataSource ds) {
    users(ds);
    List<Long> ids = imported(ds, 4);
    TakeWorkflowStep steps =
        new TakeWorkflowStep(ds, CLOCK, id -> id == ids.get(0) ? 1 : 0,
            ApprovalPolicy.OVERRIDE_WITH_REASON);
    WorkQueue queue = new WorkQueue(ds);
    Messages messages = new Messages(ds);
    Dialogue dialogue = new Dialogue(ds, CLOCK);
    AuditLog audit = new AuditLog(ds);

    for (long id : ids) {
      steps.take(id, WorkflowStep.SUBMIT, null, null, EDITOR);
    }
    assertThat(queue.counts(null, 2024, 2024))
        .containsEntry(WorkQueue.Queue.TO_REVIEW, 4L)
        .containsEntry(WorkQueue.Queue.TO_APPROVE, 0L)
        .containsEntry(WorkQueue.Queue.TO_PUBLISH, 0L);
    assertThat(messages.unread("reviewer")).isEqualTo(4);
    assertThat(messages.unread("reviewer2")).isEqualTo(4);

    // the editor withdraws table 4 before the review starts; the reviewer comments on table 3
    steps.take(ids.get(3), WorkflowStep.WITHDRAW, null, null, EDITOR);
    dialogue.comment(ids.get(2), 1, "数量指标请写明口径", REVIEWER);
    assertThat(queue.counts(null, 2024, 2024))
        .containsEntry(WorkQueue.Queue.TO_REVIEW, 2L)
        .containsEntry(WorkQueue.Queue.TO_APPROVE, 1L);
    assertThatThrownBy(() -> steps.take(ids.get(2), WorkflowStep.WITHDRAW, null, null, EDITOR))
        .hasMessage("不能撤回：财政审核人员已开始审核该项目；如需修改，请联系审核人员退回");
    assertThat(dialogue.comments(ids.get(2)))
        .extracting(Dialogue.Comment::row, Dialogue.Comment::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "数量指标请写明口径"));

    // table 1 has an error: approving it needs a reason, given once, recorded
    assertThatThrownBy(() -> steps.take(ids.get(0), WorkflowStep.APPROVE, null, null, REVIEWER))
        .hasMessage("项目还有 1 个错误未改正；如仍要批复，请填写批复理由");
    steps.take(ids.get(0), WorkflowStep.APPROVE, null, "已与部门核实，金额以批复为准", REVIEWER);
    assertThat(JdbcClient.create(ds).sql("SELECT reason FROM approval_override WHERE target_id = :id")
        .param("id", ids.get(0)).query(String.class).list())
        .containsExactly("已与部门核实，金额以批复为准");
    assertThat(audit.ofTarget(ids.get(0))).extracting(AuditEntry::action)
        .contains("APPROVE", "APPROVE_OVERRIDE");

    // batch: approve tables 2 and 3 and the withdrawn draft 4, which is refused and left alone
    List<TakeWorkflowStep.Outcome> approved = steps.takeAll(
        List.of(ids.get(1), ids.get(2), ids.get(3)), WorkflowStep.APPROVE, null, REVIEWER);
    assertThat(approved).extracting(TakeWorkflowStep.Outcome::taken)
        .containsExactly(true, true, false);
    assertThat(approved.get(2).refusal())
        .isEqualTo("不能批复：项目当前为“编制中”，只有“已提交”的项目可以批复");
    assertThat(queue.counts(null, 2024, 2024)).containsEntry(WorkQueue.Queue.TO_PUBLISH, 3L);
    List<TakeWorkflowStep.Outcome> published = steps.takeAll(
        List.of(ids.get(0), ids.get(1)), WorkflowStep.PUBLISH, null, REVIEWER);
    assertThat(published).allMatch(TakeWorkflowStep.Outcome::taken);
    for (long id : List.of(ids.get(0), ids.get(1))) {
      assertThat(new ProjectWorkflows(ds).history(id)).extracting(Transition::to)
          .containsExactly(ProjectState.SUBMITTED, ProjectState.APPROVED, ProjectState.PUBLISHED);
      assertThat(audit.ofTarget(id)).extracting(AuditEntry::action).contains("PUBLISH");
    }
    steps.take(ids.get(1), WorkflowStep.UNPUBLISH, null, "公开内容有误，需更正", REVIEWER);
    assertThat(new ProjectWorkflows(ds).summary(ids.get(1)).orElseThrow().state())
        .isEqualTo(ProjectState.APPROVED);

    // the department's queues and messages: nothing returned, three approved without actuals
    Map<WorkQueue.Queue, Long> department = queue.counts(EDU, null, 2024);
    assertThat(department).containsEntry(WorkQueue.Queue.RETURNED, 0L)
        .containsEntry(WorkQueue.Queue.TO_ENTER_ACTUALS, 3L)
        .containsEntry(WorkQueue.Queue.TO_SELF_EVALUATE, 0L);
    assertThat(queue.counts(EDU, null, 2025)).containsEntry(WorkQueue.Queue.TO_SELF_EVALUATE, 3L);
    assertThat(queue.counts("云泽市交通局", null, 2024))
        .containsEntry(WorkQueue.Queue.TO_ENTER_ACTUALS, 0L);
    List<Messages.Message> inbox = messages.of("edu", 50);
    assertThat(inbox).extracting(Messages.Message::kind)
        .containsOnly(Messages.Kind.APPROVED, Messages.Kind.PUBLISHED, Messages.Kind.UNPUBLISHED);
    assertThat(inbox.stream().filter(m -> m.kind() == Messages.Kind.UNPUBLISHED).findFirst()
        .orElseThrow().body()).isEqualTo("项目“项目2”已撤销公开：公开内容有误，需更正");
    assertThat(messages.unread("edu")).isEqualTo(6);
    assertThat(messages.unread("transport")).isZero();
    assertThat(messages.markRead("reviewer", inbox.get(0).id(), CLOCK.instant())).isFalse();
    assertThat(messages.markRead("edu", inbox.get(0).id(), CLOCK.instant())).isTrue();
    assertThat(messages.unread("edu")).isEqualTo(5);

    // the department answers a finding, blank removes it
    dialogue.answer(ids.get(0), "R1", null, "budgetTotal", "新增校舍维修任务，预算增长合理", EDITOR);
    dialogue.answer(ids.get(0), "Q1", 2, "value", "x", EDITOR);
    dialogue.answer(ids.get(0), "Q1", 2, "value", " ", EDITOR);
    assertThat(dialogue.answers(ids.get(0)))
        .extracting(Dialogue.Answer::rule, Dialogue.Answer::text)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("R1", "新增校舍维修任务，预算增长合理"));
    assertThat(audit.ofTarget(ids.get(0))).extracting(AuditEntry::action).contains("ANSWER");

    // deadlines and 催办
    Deadlines deadlines = new Deadlines(ds, CLOCK);
    deadlines.set(2024, Deadlines.Phase.FILL, LocalDate.of(2024, 3, 5), REVIEWER);
    deadlines.set(2024, Deadlines.Phase.REVIEW, LocalDate.of(2024, 4, 30), REVIEWER);
    assertThat(deadlines.of(2024)).extracting(Deadlines.Deadline::phase)
        .containsExactly(Deadlines.Phase.FILL, Deadlines.Phase.REVIEW);
    assertThat(deadlines.noticeNear("edu", EDU, 2024, LocalDate.of(2024, 3, 1)))
        .extracting(Deadlines.Deadline::phase).containsExactly(Deadlines.Phase.FILL);
    deadlines.noticeNear("edu", EDU, 2024, LocalDate.of(2024, 3, 2));
    assertThat(messages.of("edu", 50)).filteredOn(m -> m.kind() == Messages.Kind.DEADLINE)
        .extracting(Messages.Message::body)
        .containsExactly("2024 年度填报截止日期为 2024-03-05，请按时完成");
    assertThat(deadlines.remind(EDU, "请于本周内提交执行数据", REVIEWER)).isEqualTo(1);
    assertThat(messages.of("edu", 1).get(0).body()).isEqualTo("催办：请于本周内提交执行数据");
    assertThatThrownBy(() -> deadlines.remind(EDU, " ", REVIEWER))
        .hasMessage("催办时请填写催办内容");
    assertThat(audit.newest(0, 10)).extracting(AuditEntry::action).contains("REMIND", "DEADLINE");
  }

  static List<Long> imported(DataSource ds, int tables) {
    ImportOutcome o = new ImportDocument(ds, CLOCK).run("edu.txt",
        TestDocuments.small("edu.txt", EDU, 2024, tables), Actor.SYSTEM);
    return o.tables().stream().map(ProjectSummary::id).toList();
  }

  static void users(DataSource ds) {
    JdbcClient jdbc = JdbcClient.create(ds);
    for (String[] u : List.of(new String[] {"edu", "DEPT_EDITOR", EDU},
        new String[] {"transport", "DEPT_EDITOR", "云泽市交通局"},
        new String[] {"reviewer", "FINANCE_REVIEWER", null},
        new String[] {"reviewer2", "FINANCE_REVIEWER", null})) {
      jdbc.sql("INSERT INTO app_user (username, password_hash, display_name, user_role, department,"
              + " enabled, failed_attempts, password_changed_at) VALUES (:u, 'x', :u, :r, :d, TRUE,"
              + " 0, CURRENT_TIMESTAMP)")
          .param("u", u[0]).param("r", u[1]).param("d", u[2], java.sql.Types.VARCHAR).update();
    }
  }
}
