package io.jixiao.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Who may open what. Pages: form login (BCrypt, lockout after 5 failures, per-address throttling,
 * one message for every refused login, CSRF token on every form, 30-minute sessions). API under
 * {@code /api}: the same session, or HTTP Basic for programs; answers 401/403 as problem details
 * and never asks the browser for a password. Only a request that authenticates with HTTP Basic is
 * exempt from CSRF ({@link SecurityFilters.BasicOnly}). 三员分立: the user pages are the 系统管理员's
 * and the 安全管理员's, the audit log the 审计管理员's ({@link Role}); which department a user may
 * see is decided per table by {@link Access}. Every response carries CSP, Referrer-Policy,
 * Permissions-Policy, and over TLS HSTS (docs/security.md).
 */
@Configuration
@EnableWebSecurity
class SecurityConfig {

  private static final String CSP =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline';"
          + " img-src 'self' data:; frame-ancestors 'none'; form-action 'self'";

  /** No page uses these browser features. */
  static final String PERMISSIONS_POLICY =
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

  /** The one answer to every refused login, whatever the reason. */
  static final String LOGIN_FAILED = "用户名或密码错误，或账号已被暂时锁定，请稍后再试";

  private static final String[] USER_ADMINS = {Role.SYSTEM_ADMIN.name(), Role.SECURITY_ADMIN.name()};

  /**
   * BCrypt, which reads 72 bytes: a longer password given at login is simply wrong (no password
   * set under {@link PasswordPolicy} is longer), never an exception and a 500.
   */
  @Bean
  PasswordEncoder passwordEncoder() {
    PasswordEncoder bcrypt = new BCryptPasswordEncoder();
    return new PasswordEncoder() {
      @Override
      public String encode(CharSequence raw) {
        return bcrypt.encode(raw);
      }

      @Override
      public boolean matches(CharSequence raw, String encoded) {
        return raw != null
            && raw.toString().getBytes(StandardCharsets.UTF_8).length <= PasswordPolicy.MAX_BYTES
            && bcrypt.matches(raw, encoded);
      }

      @Override
      public boolean upgradeEncoding(String encoded) {
        return bcrypt.upgradeEncoding(encoded);
      }
    };
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
  SecurityFilterChain api(
      HttpSecurity http, LoginThrottle throttle, Passwords passwords, SecurityAudit audit)
      throws Exception {
    http.securityMatcher("/api/**", "/v3/api-docs/**")
        .authorizeHttpRequests(
            a ->
                a.requestMatchers("/api/public/**", "/v3/api-docs/**")
                    .permitAll()
                    .requestMatchers("/api/users/**")
                    .hasAnyRole(USER_ADMINS)
                    .requestMatchers("/api/audit/**")
                    .hasRole(Role.AUDIT_ADMIN.name())
                    .anyRequest()
                    .authenticated())
        .httpBasic(b -> b.authenticationEntryPoint((req, res, e) -> unauthorized(res, e)))
        .exceptionHandling(
            e ->
                e.authenticationEntryPoint((req, res, ex) -> unauthorized(res, ex))
                    .accessDeniedHandler(
                        (req, res, ex) -> {
                          denied(audit, req, ex);
                          problem(res, 403, "AUTH-FORBIDDEN", "无权访问", "您的角色无权执行此操作");
                        }))
        .csrf(c -> c.ignoringRequestMatchers(SecurityFilters::basic))
        .addFilterBefore(new SecurityFilters.Throttle(throttle), BasicAuthenticationFilter.class)
        .addFilterBefore(new SecurityFilters.BasicOnly(), BasicAuthenticationFilter.class)
        .addFilterAfter(new SecurityFilters.PasswordChange(passwords), AuthorizationFilter.class)
        .headers(SecurityConfig::headers);
    return http.build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain pages(
      HttpSecurity http, LoginThrottle throttle, Passwords passwords, SecurityAudit audit)
      throws Exception {
    AccessDeniedHandler page = new AccessDeniedHandlerImpl();
    http.authorizeHttpRequests(
            a ->
                a.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                    .permitAll()
                    .requestMatchers(
                        "/login", "/public", "/public/**", "/css/**", "/js/**", "/webjars/**",
                        "/swagger-ui.html", "/swagger-ui/**", "/error", "/favicon.ico")
                    .permitAll()
                    .requestMatchers("/admin/**")
                    .hasAnyRole(USER_ADMINS)
                    .requestMatchers("/audit/**")
                    .hasRole(Role.AUDIT_ADMIN.name())
                    .requestMatchers("/upload/**")
                    .hasRole(Role.DEPT_EDITOR.name())
                    .anyRequest()
                    .authenticated())
        .formLogin(
            f ->
                f.loginPage("/login")
                    .loginProcessingUrl("/login")
                    .defaultSuccessUrl("/", false)
                    .failureHandler(
                        (req, res, e) -> res.sendRedirect(req.getContextPath() + "/login?error")))
        .logout(
            l ->
                l.logoutUrl("/logout")
                    .logoutSuccessUrl("/login?logout")
                    .addLogoutHandler(
                        (req, res, auth) -> {
                          if (auth != null) {
                            audit.logout(auth.getName());
                          }
                        }))
        .exceptionHandling(
            e ->
                e.accessDeniedHandler(
                    (req, res, ex) -> {
                      denied(audit, req, ex);
                      page.handle(req, res, ex);
                    }))
        .addFilterBefore(
            new SecurityFilters.Throttle(throttle), UsernamePasswordAuthenticationFilter.class)
        .addFilterAfter(new SecurityFilters.PasswordChange(passwords), AuthorizationFilter.class)
        .headers(SecurityConfig::headers);
    return http.build();
  }

  /** The headers of every response; HSTS only where the request came over TLS. */
  private static void headers(HeadersConfigurer<HttpSecurity> h) {
    h.contentSecurityPolicy(p -> p.policyDirectives(CSP))
        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
        .httpStrictTransportSecurity(
            s -> s.maxAgeInSeconds(31_536_000).includeSubDomains(true))
        .frameOptions(Customizer.withDefaults());
  }

  private static void denied(SecurityAudit audit, HttpServletRequest req, AccessDeniedException e) {
    if (e instanceof CsrfException) {
      audit.csrfDenied(req);
    } else {
      audit.denied(req, 403, "角色无权访问");
    }
  }

  private static void unauthorized(HttpServletResponse res, Exception e) throws IOException {
    if (e instanceof org.springframework.security.authentication.InsufficientAuthenticationException) {
      problem(res, 401, "AUTH-REQUIRED", "需要登录", "请先登录（会话或 HTTP Basic 认证）");
    } else {
      problem(res, 401, "AUTH-FAILED", "登录失败", LOGIN_FAILED);
    }
  }

  static void problem(
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
