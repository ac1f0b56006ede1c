package io.jixiao.web;

import io.jixiao.workflow.Messages;
import io.jixiao.workflow.WorkQueue;
import java.time.Clock;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the logged-in user (null for the public) into every page's model as {@code me}. */
@ControllerAdvice
class CurrentUser {

  private final WorkQueue queue;
  private final Messages messages;
  private final Clock clock;

  CurrentUser(WorkQueue queue, Messages messages, Clock clock) {
    this.queue = queue;
    this.messages = messages;
    this.clock = clock;
  }

  /**
   * The number of tables in the viewer's 待办 queues (every budget year), null for those who have
   * none: a few indexed COUNTs.
   */
  @ModelAttribute("todoCount")
  Long todoCount(@AuthenticationPrincipal Account me) {
    WorkController.Work work = WorkController.Work.of(me);
    if (work == null) {
      return null;
    }
    int thisYear = java.time.LocalDate.now(clock.withZone(WorkController.BEIJING)).getYear();
    return queue.counts(work.department(), null, thisYear).values().stream()
        .mapToLong(Long::longValue).sum();
  }

  /** The viewer's unread 站内消息. */
  @ModelAttribute("unreadCount")
  Long unreadCount(@AuthenticationPrincipal Account me) {
    return me == null ? null : messages.unread(me.getUsername());
  }

  @ModelAttribute("me")
  Account me(@AuthenticationPrincipal Account me) {
    return me;
  }

  @ModelAttribute("canUpload")
  boolean canUpload(@AuthenticationPrincipal Account me) {
    return Access.canUpload(me);
  }

  @ModelAttribute("canEnterActuals")
  boolean canEnterActuals(@AuthenticationPrincipal Account me) {
    return Access.canEnterActuals(me);
  }

  /** A finance reviewer: 待办's batch steps, deadlines, 催办, the department's 审核意见书. */
  @ModelAttribute("canReview")
  boolean canReview(@AuthenticationPrincipal Account me) {
    return Access.canReview(me);
  }

  @ModelAttribute("canAudit")
  boolean canAudit(@AuthenticationPrincipal Account me) {
    return Access.canAudit(me);
  }

  /** One of the three administrators (三员), who do not see the business pages. */
  @ModelAttribute("administrator")
  boolean administrator(@AuthenticationPrincipal Account me) {
    return me != null && me.role().administrator();
  }

  @ModelAttribute("isAdmin")
  boolean isAdmin(@AuthenticationPrincipal Account me) {
    return Access.canManageUsers(me);
  }
}
