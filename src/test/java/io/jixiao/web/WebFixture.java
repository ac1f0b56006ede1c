package io.jixiao.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import io.jixiao.demo.DemoData;
import io.jixiao.workflow.ProjectSummary;
import io.jixiao.workflow.ProjectWorkflows;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The demo tables and users of a test application, by department and position. */
final class WebFixture {

  static final int EDUCATION = 0;
  static final int HEALTH = 1;
  static final int AGRICULTURE = 2;
  static final int LAND = 3;

  private final ProjectWorkflows targets;
  private final Users users;

  WebFixture(ProjectWorkflows targets, Users users) {
    this.targets = targets;
    this.users = users;
  }

  /** The table at {@code position} (1-based) of demo department {@code department}. */
  ProjectSummary table(int department, int position) {
    String source = DemoData.documents().get(department).source();
    return targets.ofSource(source).get(position - 1);
  }

  long id(int department, int position) {
    return table(department, position).id();
  }

  Account account(String username) {
    return users.find(username).orElseThrow();
  }

  /** Logged in as the demo user {@code username}. */
  RequestPostProcessor as(String username) {
    return user(account(username));
  }
}
