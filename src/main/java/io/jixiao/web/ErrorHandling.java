package io.jixiao.web;

import io.jixiao.store.StoreException;
import io.jixiao.workflow.WorkflowException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one place where refusals become HTTP: problem details (RFC 7807, with a stable {@code code}
 * and a Chinese {@code detail}) for the API, an error page for the pages.
 */
final class ErrorHandling {

  private ErrorHandling() {}

  static int status(WorkflowException e) {
    switch (e.code()) {
      case WorkflowException.COMMENT_REQUIRED:
        return 400;
      case WorkflowException.ACTUALS_CLOSED:
        return 403;
      case WorkflowException.NOT_FOUND:
        return 404;
      default:
        return 409;
    }
  }

  static String title(int status) {
    switch (status) {
      case 400:
        return "输入有误";
      case 403:
        return "无权操作";
      case 404:
        return "未找到";
      case 409:
        return "操作与当前状态冲突";
      default:
        return "服务器错误";
    }
  }

  /**
   * Audits a refusal by an access rule: 403, and 404 for a logged-in user (a table of another
   * department is "not found"; anonymous 404s are not audited, so crawlers fill no log).
   */
  static void refused(SecurityAudit audit, WebException e, HttpServletRequest request) {
    if (e.status() == 403
        || (e.status() == 404 && !SecurityAudit.ANONYMOUS.equals(SecurityAudit.currentUser()))) {
      audit.denied(request, e.status(), e.getMessage());
    }
  }

  /** Problem details for {@link JsonApi} controllers. */
  @RestControllerAdvice(annotations = JsonApi.class)
  @Order(Ordered.HIGHEST_PRECEDENCE)
  static class Api {

    private final SecurityAudit audit;

    Api(SecurityAudit audit) {
      this.audit = audit;
    }

    @ExceptionHandler(WebException.class)
    ResponseEntity<ProblemDetail> web(WebException e, HttpServletRequest request) {
      refused(audit, e, request);
      ProblemDetail p = problem(e.status(), e.code(), e.getMessage());
      if (!e.problems().isEmpty()) {
        p.setProperty("errors", e.problems());
      }
      return ResponseEntity.status(e.status()).body(p);
    }

    @ExceptionHandler(WorkflowException.class)
    ResponseEntity<ProblemDetail> workflow(WorkflowException e) {
      int status = status(e);
      return ResponseEntity.status(status).body(problem(status, e.code(), e.getMessage()));
    }

    @ExceptionHandler(StoreException.class)
    ResponseEntity<ProblemDetail> store(StoreException e) {
      return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
          .body(problem(503, "STORE-FAILED", e.getMessage()));
    }

    private static ProblemDetail problem(int status, String code, String detail) {
      ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
      p.setTitle(title(status));
      p.setType(URI.create("urn:jixiao:problem:" + code));
      p.setProperty("code", code);
      return p;
    }
  }

  /** The error page for the other controllers. */
  @ControllerAdvice
  @Order(Ordered.LOWEST_PRECEDENCE)
  static class Pages {

    private final SecurityAudit audit;

    Pages(SecurityAudit audit) {
      this.audit = audit;
    }

    @ExceptionHandler(WebException.class)
    ModelAndView web(WebException e, HttpServletRequest request, HttpServletResponse response) {
      refused(audit, e, request);
      return page(e.status(), e.code(), e.getMessage(), response);
    }

    @ExceptionHandler(WorkflowException.class)
    ModelAndView workflow(WorkflowException e, HttpServletResponse response) {
      return page(status(e), e.code(), e.getMessage(), response);
    }

    @ExceptionHandler(StoreException.class)
    ModelAndView store(StoreException e, HttpServletResponse response) {
      return page(503, "STORE-FAILED", e.getMessage(), response);
    }

    private static ModelAndView page(
        int status, String code, String message, HttpServletResponse response) {
      response.setStatus(status);
      ModelAndView mv = new ModelAndView("problem");
      mv.setStatus(HttpStatus.valueOf(status));
      mv.addObject("status", status);
      mv.addObject("title", title(status));
      mv.addObject("message", message);
      mv.addObject("code", code);
      Authentication auth = SecurityContextHolder.getContext().getAuthentication();
      Account me = auth != null && auth.getPrincipal() instanceof Account
          ? (Account) auth.getPrincipal() : null;
      mv.addObject("me", me);
      mv.addObject("canUpload", Access.canUpload(me));
      mv.addObject("canAudit", Access.canAudit(me));
      mv.addObject("isAdmin", Access.canManageUsers(me));
      return mv;
    }
  }
}
