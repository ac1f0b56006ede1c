package io.jixiao.review;

import io.jixiao.monitor.MonitoringTable;
import java.util.List;
import java.util.Objects;

/**
 * The monitoring of one target table at a date: its printed number, the project's name, its
 * monitoring table (the figures) and the monitoring rules' findings (alerts).
 */
public record TableMonitoring(
    int seq, String name, MonitoringTable monitoring, List<Finding> findings) {

  public TableMonitoring {
    Objects.requireNonNull(monitoring, "monitoring");
    findings = List.copyOf(findings);
  }
}
