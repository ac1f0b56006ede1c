package io.jixiao.web;

import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /health}, without login, for a load balancer or a monitoring probe: 200 when the
 * database can be read and written, else 503. It reads a table and updates a row in a transaction
 * that is rolled back, so the row's CHECK constraints are evaluated (the failure of issue 12 showed
 * on writes only) and nothing changes. The body says UP or DOWN and nothing about the cause, which
 * is logged.
 */
@RestController
class HealthController {

  private static final Logger LOG = LoggerFactory.getLogger(HealthController.class);

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;

  HealthController(DataSource dataSource, TransactionTemplate transaction) {
    this.jdbc = JdbcClient.create(dataSource);
    this.transaction = transaction;
  }

  @GetMapping(path = "/health", produces = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<Map<String, String>> health() {
    try {
      transaction.executeWithoutResult(
          status -> {
            jdbc.sql("SELECT COUNT(*) FROM target").query(Long.class).single();
            jdbc.sql(
                    "UPDATE app_user SET user_role = user_role"
                        + " WHERE id = (SELECT MIN(id) FROM app_user)")
                .update();
            status.setRollbackOnly();
          });
      return ResponseEntity.ok(Map.of("status", "UP"));
    } catch (RuntimeException e) {
      LOG.error("Health check: the database cannot be read or written", e);
      return ResponseEntity.status(503).body(Map.of("status", "DOWN", "detail", "数据库不可读写"));
    }
  }
}
