package io.jixiao.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The filters {@link SecurityConfig} adds to Spring Security's chains. They are not beans, so the
 * servlet container does not run them a second time outside the chains.
 */
final class SecurityFilters {

  private SecurityFilters() {}

  /** True when the request carries HTTP Basic credentials (whether right or wrong). */
  static boolean basic(HttpServletRequest request) {
    String h = request.getHeader("Authorization");
    return h != null && h.regionMatches(true, 0, "Basic ", 0, 6);
  }

  /**
   * Refuses logins from an address {@link LoginThrottle} refuses: the login form is sent back to
   * the one login error message, an HTTP Basic request gets 429 with Retry-After.
   */
  static final class Throttle extends OncePerRequestFilter {
    private final LoginThrottle throttle;

    Throttle(LoginThrottle throttle) {
      this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest req, HttpServletResponse res, FilterChain chain)
        throws ServletException, IOException {
      boolean form = "POST".equals(req.getMethod()) && "/login".equals(path(req));
      if (form || basic(req)) {
        Duration left = throttle.refusedFor(req.getRemoteAddr());
        if (!left.isZero()) {
          if (form) {
            res.sendRedirect(req.getContextPath() + "/login?error");
          } else {
            res.setHeader("Retry-After", Long.toString(Math.max(1, left.toSeconds())));
            SecurityConfig.problem(res, 429, "AUTH-THROTTLED", "登录尝试过多",
                "来自该地址的登录失败次数过多，请 " + Math.max(1, left.toMinutes()) + " 分钟后再试");
          }
          return;
        }
      }
      chain.doFilter(req, res);
    }
  }

  /**
   * A request with HTTP Basic credentials is authenticated by them alone, never by a session
   * cookie it also carries: such requests are exempt from CSRF, so the credentials must be what
   * authenticates them (wrong ones give 401 even beside a valid session).
   */
  static final class BasicOnly extends OncePerRequestFilter {
    @Override
    protected void doFilterInternal(
        HttpServletRequest req, HttpServletResponse res, FilterChain chain)
        throws ServletException, IOException {
      if (basic(req)) {
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
      }
      chain.doFilter(req, res);
    }
  }

  /**
   * A user whose password was set by an administrator or has expired changes it before anything
   * else: pages lead to the password page, the API answers 403 PASSWORD-CHANGE-REQUIRED.
   */
  static final class PasswordChange extends OncePerRequestFilter {
    private static final List<String> OPEN =
        List.of("/account/password", "/api/account/password", "/logout", "/login", "/error",
            "/css/", "/js/", "/webjars/", "/favicon.ico", "/public");

    private final Passwords passwords;

    PasswordChange(Passwords passwords) {
      this.passwords = passwords;
    }

    @Override
    protected void doFilterInternal(
        HttpServletRequest req, HttpServletResponse res, FilterChain chain)
        throws ServletException, IOException {
      Authentication auth = SecurityContextHolder.getContext().getAuthentication();
      if (auth != null && auth.getPrincipal() instanceof Account a
          && passwords.changeRequired(a) && !open(path(req))) {
        if (path(req).startsWith("/api/")) {
          SecurityConfig.problem(res, 403, "PASSWORD-CHANGE-REQUIRED", "须先修改密码",
              "密码由管理员设置或已过期，请先修改密码（POST /api/account/password）");
        } else {
          res.sendRedirect(req.getContextPath() + "/account/password");
        }
        return;
      }
      chain.doFilter(req, res);
    }

    private static boolean open(String path) {
      for (String p : OPEN) {
        if (path.equals(p) || (p.endsWith("/") && path.startsWith(p))
            || path.startsWith(p + "/")) {
          return true;
        }
      }
      return false;
    }
  }

  private static String path(HttpServletRequest req) {
    return req.getRequestURI().substring(req.getContextPath().length());
  }
}
