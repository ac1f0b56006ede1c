package io.jixiao.web;

import io.jixiao.audit.AuditLog;
import io.jixiao.document.DocumentReader;
import io.jixiao.evaluate.Evaluator;
import io.jixiao.limits.Limits;
import io.jixiao.store.ActualsStore;
import io.jixiao.store.Database;
import io.jixiao.store.TargetStore;
import io.jixiao.workflow.ApprovalPolicy;
import io.jixiao.workflow.Deadlines;
import io.jixiao.workflow.Dialogue;
import io.jixiao.workflow.EditTable;
import io.jixiao.workflow.Messages;
import io.jixiao.workflow.WorkQueue;
import io.jixiao.workflow.ImportDocument;
import io.jixiao.workflow.RecordActuals;
import io.jixiao.workflow.TakeWorkflowStep;
import io.jixiao.workflow.ProjectWorkflows;
import java.time.Clock;
import javax.sql.DataSource;
import io.jixiao.results.LastYearResults;
import io.jixiao.review.ReviewEngine;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database (opened and migrated by {@link Database}, H2 file by default, PostgreSQL with
 * {@code --db}) and the plain-Java modules the web uses.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig {

  @Bean(destroyMethod = "close")
  Database database(@Value("${jixiao.db:}") String url) {
    return Database.open(url == null || url.isBlank() ? Database.DEFAULT_URL : url);
  }

  @Bean
  DataSource dataSource(Database database) {
    return database.dataSource();
  }

  @Bean
  TargetStore targetStore(DataSource dataSource) {
    return new TargetStore(dataSource);
  }

  @Bean
  io.jixiao.store.TableReviews tableReviews(DataSource dataSource) {
    return new io.jixiao.store.TableReviews(dataSource);
  }

  @Bean
  io.jixiao.store.MonitoredDepartments monitoredDepartments(DataSource dataSource) {
    return new io.jixiao.store.MonitoredDepartments(dataSource);
  }

  @Bean
  io.jixiao.store.TargetQueries targetQueries(DataSource dataSource) {
    return new io.jixiao.store.TargetQueries(dataSource);
  }

  @Bean
  ActualsStore actualsStore(DataSource dataSource) {
    return new ActualsStore(dataSource);
  }

  @Bean
  ProjectWorkflows targets(DataSource dataSource) {
    return new ProjectWorkflows(dataSource);
  }

  @Bean
  ImportDocument importDocument(DataSource dataSource, Clock clock) {
    return new ImportDocument(dataSource, clock);
  }

  @Bean
  EditTable editTable(DataSource dataSource, Clock clock) {
    return new EditTable(dataSource, clock);
  }

  /** 批复 asks the review how many 错误 a table has and follows the rule pack's setting. */
  @Bean
  TakeWorkflowStep takeWorkflowStep(
      DataSource dataSource, Clock clock, Catalog catalog, ReviewEngine engine) {
    return new TakeWorkflowStep(dataSource, clock, catalog::openErrors,
        ApprovalPolicy.of(engine.pack().approveWithErrors()));
  }

  @Bean
  Messages messages(DataSource dataSource) {
    return new Messages(dataSource);
  }

  @Bean
  WorkQueue workQueue(DataSource dataSource) {
    return new WorkQueue(dataSource);
  }

  @Bean
  Deadlines deadlines(DataSource dataSource, Clock clock) {
    return new Deadlines(dataSource, clock);
  }

  @Bean
  Dialogue dialogue(DataSource dataSource, Clock clock) {
    return new Dialogue(dataSource, clock);
  }

  @Bean
  RecordActuals recordActuals(DataSource dataSource, Clock clock) {
    return new RecordActuals(dataSource, clock);
  }

  @Bean
  AuditLog auditLog(DataSource dataSource) {
    return new AuditLog(dataSource);
  }

  @Bean
  DocumentReader documentReader(Limits limits) {
    return new DocumentReader(limits);
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  TransactionTemplate transactionTemplate(PlatformTransactionManager transactions) {
    return new TransactionTemplate(transactions);
  }

  /** The review engine with the default rule pack: reviews, monitoring rules, spending floors. */
  @Bean
  ReviewEngine reviewEngine() {
    return new ReviewEngine();
  }

  @Bean
  TargetReview targetReview(ReviewEngine engine) {
    return new EngineReview(engine);
  }

  @Bean
  Evaluator evaluator(ReviewEngine engine) {
    return new Evaluator(engine.pack().evaluation());
  }

  @Bean
  LastYearResults lastYearResults(TargetStore targets, ActualsStore actuals, ReviewEngine engine) {
    return new LastYearResults(targets, actuals, engine.pack().evaluation());
  }
}
