package io.jixiao.web;

import io.jixiao.limits.Limits;
import io.jixiao.store.StoreException;
import io.jixiao.workflow.WorkflowException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place where refusals become HTTP: problem details (RFC 7807, with a stable {@code code}
 * and a Chinese {@code detail}) for the API, an error page for the pages.
 */
final class ErrorHandling {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorHandling.class);

  /** What a user is told when the database fails; the cause is logged, never shown. */
  static final String STORE_FAILED = "数据库暂时不可用，操作未完成；请稍后重试，如持续出现请联系系统管理员";

  private ErrorHandling() {}

  /** A storage failure: logged with its cause, answered with 503 and no internals. */
  static WebException storeFailed(RuntimeException e) {
    if (e instanceof StoreException && e.getCause() == null) {
      // the store refused a value itself (e.g. an amount beyond its columns): the message is for users
      LOG.warn("Store refused: {}", e.getMessage());
      return WebException.unavailable(e.getMessage());
    }
    LOG.error("Storage failure", e);
    return WebException.unavailable(STORE_FAILED);
  }

  /**
   * A request that is malformed rather than refused: a missing file part or parameter, a body
   * that is no multipart form, a value of the wrong type, a file beyond the upload limit.
   */
  static WebException malformed(Exception e, Limits limits) {
    if (e instanceof MaxUploadSizeExceededException) {
      return WebException.tooLarge(
          "文件超过上限 " + Limits.megabytes(limits.uploadBytes()) + "（上限 upload-bytes），未保存任何内容");
    }
    if (e instanceof MissingServletRequestPartException || e instanceof MultipartException) {
      return WebException.badRequest("请求中没有文件：请以 multipart/form-data 表单上传，文件字段名为 file");
    }
    if (e instanceof MissingServletRequestParameterException m) {
      return WebException.badRequest("缺少参数 " + m.getParameterName());
    }
    if (e instanceof MethodArgumentTypeMismatchException m) {
      return WebException.badRequest("参数 " + m.getName() + " 的值无效");
    }
    return WebException.badRequest("请求无效");
  }

  static int status(WorkflowException e) {
    switch (e.code()) {
      case WorkflowException.COMMENT_REQUIRED:
      case WorkflowException.REASON_REQUIRED:
        return 400;
      case WorkflowException.FORBIDDEN:
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
      case 413:
        return "文件过大";
      case 429:
        return "请求过多，请稍后重试";
      case 503:
        return "服务暂时不可用";
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
    private final Limits limits;

    Api(SecurityAudit audit, Limits limits) {
      this.audit = audit;
      this.limits = limits;
    }

    @ExceptionHandler(WebException.class)
    ResponseEntity<ProblemDetail> web(WebException e, HttpServletRequest request) {
      refused(audit, e, request);
      ProblemDetail p = problem(e.status(), e.code(), e.getMessage());
      if (!e.problems().isEmpty()) {
        p.setProperty("errors", e.problems());
      }
      ResponseEntity.BodyBuilder r = ResponseEntity.status(e.status());
      if (e.retryAfterSeconds() > 0) {
        r.header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
      }
      return r.body(p);
    }

    @ExceptionHandler({
      MissingServletRequestPartException.class,
      MissingServletRequestParameterException.class,
      MultipartException.class,
      MethodArgumentTypeMismatchException.class
    })
    ResponseEntity<ProblemDetail> malformed(Exception e, HttpServletRequest request) {
      return web(ErrorHandling.malformed(e, limits), request);
    }

    @ExceptionHandler(DataAccessException.class)
    ResponseEntity<ProblemDetail> storage(DataAccessException e, HttpServletRequest request) {
      return web(storeFailed(e), request);
    }

    @ExceptionHandler(WorkflowException.class)
    ResponseEntity<ProblemDetail> workflow(WorkflowException e) {
      int status = status(e);
      return ResponseEntity.status(status).body(problem(status, e.code(), e.getMessage()));
    }

    @ExceptionHandler(StoreException.class)
    ResponseEntity<ProblemDetail> store(StoreException e, HttpServletRequest request) {
      return web(storeFailed(e), request);
    }

    static ProblemDetail problem(int status, String code, String detail) {
      ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
      p.setTitle(title(status));
      p.setType(URI.create("urn:jixiao:problem:" + code));
      p.setProperty("code", code);
      return p;
    }
  }

  /**
   * Malformed requests, for the pages before Spring's own problem details (which would answer a
   * page with English JSON); the API's are answered by {@link Api} first.
   */
  @ControllerAdvice
  @Order(Ordered.HIGHEST_PRECEDENCE + 1)
  static class Requests {

    private final Limits limits;
    private final JsonMapper json;

    Requests(Limits limits, JsonMapper json) {
      this.limits = limits;
      this.json = json;
    }

    /**
     * Also reached for an API request whose multipart body was refused before any controller was
     * chosen (a file beyond the limit): that one gets problem details too.
     */
    @ExceptionHandler({
      MissingServletRequestPartException.class,
      MissingServletRequestParameterException.class,
      MultipartException.class,
      MethodArgumentTypeMismatchException.class
    })
    ModelAndView malformed(Exception e, HttpServletRequest request, HttpServletResponse response)
        throws IOException {
      WebException w = ErrorHandling.malformed(e, limits);
      if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
        response.setStatus(w.status());
        response.setContentType("application/problem+json;charset=UTF-8");
        json.writeValue(response.getOutputStream(), Api.problem(w.status(), w.code(),
            w.getMessage()));
        return new ModelAndView();
      }
      return Pages.page(w.status(), w.code(), w.getMessage(), response);
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
      if (e.retryAfterSeconds() > 0) {
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
      }
      return page(e.status(), e.code(), e.getMessage(), response);
    }

    @ExceptionHandler(DataAccessException.class)
    ModelAndView storage(
        DataAccessException e, HttpServletRequest request, HttpServletResponse response) {
      return web(storeFailed(e), request, response);
    }

    @ExceptionHandler(WorkflowException.class)
    ModelAndView workflow(WorkflowException e, HttpServletResponse response) {
      return page(status(e), e.code(), e.getMessage(), response);
    }

    @ExceptionHandler(StoreException.class)
    ModelAndView store(
        StoreException e, HttpServletRequest request, HttpServletResponse response) {
      return web(storeFailed(e), request, response);
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
