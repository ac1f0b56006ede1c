package io.jixiao.review;

/**
 * A rule run on a table's actuals (双监控), only by {@link ReviewEngine#monitor}; never in the draft
 * review. The {@link TableContext} carries the table's {@link io.jixiao.monitor.MonitoringTable}.
 */
interface MonitoringRule extends ReviewRule {

  void check(TableContext table, Findings out);
}
