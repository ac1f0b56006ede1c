package io.jixiao.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may open what. Pages: form login (BCrypt, lockout after 5 failures, CSRF token on every
 * form, 30-minute sessions). API under {@code /api}: the same session, or HTTP Basic for
 * programs; answers 401/403 as problem details and never asks the browser for a password (so a
 * browser never caches Basic credentials, and a request that carries them is not a CSRF risk).
 * Which department a user may see is decided per table by {@link Access}.
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

  private static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; frame-ancestors 'none'; form-action 'self'";

  @Bean
  PasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }

  @Bean
  UserDetailsService userDetailsService(Users users) {
    return username ->
        users
            .find(username)
            .orElseThrow(() -> new UsernameNotFoundException("用户名或密码错误"));
  }

  @Bean
  @Order(1)
  SecurityFilterChain api(HttpSecurity http) throws Exception {
    http.securityMatcher("/api/**", "/v3/api-docs/**")
        .authorizeHttpRequests(
            a ->
                a.requestMatchers("/api/public/**", "/v3/api-docs/**")
                    .permitAll()
                    .requestMatchers("/api/users/**")
                    .hasRole(Role.ADMIN.name())
                    .requestMatchers("/api/audit/**")
                    .hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name())
                    .anyRequest()
                    .authenticated())
        .httpBasic(b -> b.authenticationEntryPoint((req, res, e) -> unauthorized(res, e)))
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint((req, res, ex) -> unauthorized(res, ex))
                    .accessDeniedHandler(
                        (req, res, ex) ->
                            problem(res, 403, "AUTH-FORBIDDEN", "无权访问", "您的角色无权执行此操作")))
        .csrf(c -> c.ignoringRequestMatchers(req -> req.getHeader("Authorization") != null))
        .headers(h -> h.contentSecurityPolicy(p -> p.policyDirectives(CSP)));
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pages(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(
            a ->
                a.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                    .permitAll()
                    .requestMatchers(
                        "/login", "/public", "/public/**", "/css/**", "/js/**", "/webjars/**",
                        "/swagger-ui.html", "/swagger-ui/**", "/error", "/favicon.ico",
                        "/health")
                    .permitAll()
                    .requestMatchers("/admin/**")
                    .hasRole(Role.ADMIN.name())
                    .requestMatchers("/audit/**")
                    .hasAnyRole(Role.AUDITOR.name(), Role.ADMIN.name())
                    .requestMatchers("/upload/**")
                    .hasAnyRole(Role.DEPT_EDITOR.name(), Role.ADMIN.name())
                    .anyRequest()
                    .authenticated())
        .formLogin(
            f ->
                f.loginPage("/login")
                    .loginProcessingUrl("/login")
                    .defaultSuccessUrl("/", false)
                    .failureHandler(
                        (req, res, e) ->
                            res.sendRedirect(
                                req.getContextPath()
                                    + (e instanceof LockedException
                                        ? "/login?locked"
                                        : "/login?error"))))
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
        .headers(h -> h.contentSecurityPolicy(p -> p.policyDirectives(CSP)));
    return http.build();
  }

  private static void unauthorized(HttpServletResponse res, Exception e) throws IOException {
    if (e instanceof LockedException) {
      problem(
          res, 401, "AUTH-LOCKED", "账号已锁定",
          "连续 " + LoginAttempts.MAX_FAILURES + " 次密码错误，账号已锁定 "
              + LoginAttempts.LOCK_TIME.toMinutes() + " 分钟，请稍后再试");
    } else {
      problem(res, 401, "AUTH-REQUIRED", "需要登录", "请先登录（会话或 HTTP Basic 认证）");
    }
  }

  private static void problem(
      HttpServletResponse res, int status, String code, String title, String detail)
      throws IOException {
    res.setStatus(status);
    res.setContentType("application/problem+json");
    res.setCharacterEncoding(StandardCharsets.UTF_8.name());
    res.getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\",\"code\":\"" + code + "\"}");
  }
}
