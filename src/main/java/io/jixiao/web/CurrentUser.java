package io.jixiao.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the logged-in user (null for the public) into every page's model as {@code me}. */
@ControllerAdvice
class CurrentUser {

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
