package io.jixiao.web;

import io.jixiao.audit.AuditSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes the client's address the source of every audit entry written while a request is served,
 * before Spring Security's filters run (so refused logins carry it too). The address is the TCP
 * peer's; behind a reverse proxy set {@code server.forward-headers-strategy=native} so that it is
 * the proxy's {@code X-Forwarded-For} (docs/security.md).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditSourceFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    AuditSource.set(request.getRemoteAddr());
    try {
      chain.doFilter(request, response);
    } finally {
      AuditSource.clear();
    }
  }
}
