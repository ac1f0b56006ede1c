package io.jixiao.web;

import io.jixiao.audit.AuditEntry;
import io.jixiao.audit.AuditLog;
import io.jixiao.demo.DemoActuals;
import io.jixiao.demo.DemoData;
import io.jixiao.monitor.ActualsEntry;
import io.jixiao.store.ActualsStore;
import io.jixiao.store.StoredActuals;
import io.jixiao.model.TargetDocument;
import io.jixiao.workflow.Actor;
import io.jixiao.workflow.ImportDocument;
import io.jixiao.workflow.ProjectWorkflow;
import io.jixiao.workflow.ProjectState;
import io.jixiao.workflow.ProjectSummary;
import io.jixiao.workflow.ProjectWorkflows;
import io.jixiao.workflow.Transition;
import java.io.PrintWriter;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When the server has started: catches up the workflow rows of documents stored by older builds
 * ({@link ImportDocument#catchUp()}),
 * loads the demo data set and users with {@code --demo}, creates a first administrator (with a
 * random password, printed once) in an empty database, and prints the address.
 */
@Component
class Startup implements ApplicationRunner {

  /** The demo users: user name, password, display name, role, department index or -1. */
  static final List<String[]> DEMO_USERS =
      List.of(
          new String[] {"admin", "Admin#2024demo", "信息中心 系统管理员", "SYSTEM_ADMIN", "-1"},
          new String[] {"secadmin", "Secure#2024demo", "信息中心 安全管理员", "SECURITY_ADMIN", "-1"},
          new String[] {"auditadmin", "Trail#2024demo", "信息中心 审计管理员", "AUDIT_ADMIN", "-1"},
          new String[] {"reviewer", "Review#2024demo", "财政局 王审核", "FINANCE_REVIEWER", "-1"},
          new String[] {"auditor", "Audit#2024demo", "审计局 赵审计", "AUDITOR", "-1"},
          new String[] {"edu", "Edu#2024demo", "教育局 李填报", "DEPT_EDITOR", "0"},
          new String[] {"health", "Health#2024demo", "卫健委 张填报", "DEPT_EDITOR", "1"},
          new String[] {"agri", "Agri#2024demo", "农业农村局 刘填报", "DEPT_EDITOR", "2"},
          new String[] {"land", "Land#2024demo", "自然资源和规划局 陈填报", "DEPT_EDITOR", "3"});

  private final Catalog catalog;
  private final ImportDocument importing;
  private final ActualsStore actuals;
  private final ProjectWorkflows targets;
  private final Users users;
  private final AuditLog audit;
  private final PasswordEncoder encoder;
  private final TransactionTemplate transaction;
  private final Clock clock;
  private final Environment environment;
  private final PrintWriter out;
  private final boolean demo;
  private final boolean demoActuals;

  Startup(
      Catalog catalog,
      ImportDocument importing,
      ActualsStore actuals,
      ProjectWorkflows targets,
      Users users,
      AuditLog audit,
      PasswordEncoder encoder,
      TransactionTemplate transaction,
      Clock clock,
      Environment environment,
      ObjectProvider<PrintWriter> consoleOut,
      @Value("${jixiao.demo:false}") boolean demo,
      @Value("${jixiao.demo.actuals:true}") boolean demoActuals) {
    this.catalog = catalog;
    this.importing = importing;
    this.actuals = actuals;
    this.targets = targets;
    this.users = users;
    this.audit = audit;
    this.encoder = encoder;
    this.transaction = transaction;
    this.clock = clock;
    this.environment = environment;
    this.out = consoleOut.getIfAvailable(() -> new PrintWriter(System.out, true));
    this.demo = demo;
    this.demoActuals = demoActuals;
  }

  @Override
  public void run(ApplicationArguments args) {
    importing.catchUp();
    catalog.resultsChanged();
    if (demo) {
      loadDemo();
    }
    createAdministrators();
    String port = environment.getProperty("local.server.port", "8080");
    boolean tls = environment.getProperty("server.ssl.enabled", Boolean.class, false);
    String bind = environment.getProperty("server.address", "127.0.0.1");
    String host = bind.equals("127.0.0.1") || bind.equals("0.0.0.0") ? "localhost" : bind;
    out.println("绩效目标管理系统已启动：" + (tls ? "https" : "http") + "://" + host + ":" + port
        + "/  （公开页面：/public，接口文档：/swagger-ui.html）"
        + (bind.equals("127.0.0.1") ? "；只接受本机访问（--bind 0.0.0.0 对外提供服务）" : ""));
    out.flush();
  }

  /**
   * Stores the demo documents, creates the demo users, moves some tables along the workflow and
   * stores the year's actuals of the approved and published ones.
   */
  void loadDemo() {
    List<TargetDocument> documents = DemoData.documents();
    List<TargetDocument> lastYear = DemoData.lastYear();
    List<TargetDocument> all = new ArrayList<>(lastYear);
    all.addAll(documents);
    for (TargetDocument d : all) {
      importing.run(d.source(), d, Actor.SYSTEM);
    }
    catalog.resultsChanged();
    List<String> departments = DemoData.departments();
    for (String[] u : DEMO_USERS) {
      if (users.find(u[0]).isEmpty()) {
        int dept = Integer.parseInt(u[4]);
        users.create(u[0], encoder.encode(u[1]), u[2], Role.valueOf(u[3]),
            dept < 0 ? null : departments.get(dept), false, clock.instant());
      }
    }
    advance(documents.get(0), "edu", new int[] {1, 2}, new int[] {5}, new int[] {4}, new int[] {3});
    advance(
        documents.get(1), "health", new int[] {3}, new int[] {1, 4, 9}, new int[] {2}, new int[] {});
    advance(documents.get(2), "agri", new int[] {1, 2}, new int[] {3, 5, 6, 7, 8},
        new int[] {4, 9}, new int[] {});
    advance(documents.get(3), "land", new int[] {4}, new int[] {1, 2, 3, 7, 8, 9}, new int[] {},
        new int[] {5});
    for (TargetDocument d : lastYear) {
      int[] every = java.util.stream.IntStream.rangeClosed(1, d.projects().size()).toArray();
      advance(d, "edu", every, new int[] {}, new int[] {}, new int[] {});
    }
    if (demoActuals) {
      loadDemoActuals(lastYear, DemoActuals.LAST_YEAR_FILE, DemoActuals.lastYearEntries(),
          (DemoData.YEAR - 1) + "年1—12月");
      loadDemoActuals(
          documents, DemoActuals.FILE, DemoActuals.entries(), DemoData.YEAR + "年1—12月");
    }
    out.println("已加载演示数据：" + documents.size() + " 个部门（" + String.join("、", departments) + "）");
    out.println("演示用户（用户名 / 密码 / 角色）：");
    for (String[] u : DEMO_USERS) {
      int dept = Integer.parseInt(u[4]);
      out.printf("  %-11s %-16s %s%s%n", u[0], u[1], Role.valueOf(u[3]).label(),
          dept < 0 ? "" : "（" + departments.get(dept) + "）");
    }
  }

  /**
   * 三员分立: each of the three administrators' roles is held by an account; one that is missing
   * (an empty database, or one upgraded from the single administrator of before) is created with a
   * random initial password, printed once, to be changed at the first login.
   */
  void createAdministrators() {
    String[][] admins = {
      {"admin", "系统管理员", "SYSTEM_ADMIN"},
      {"secadmin", "安全管理员", "SECURITY_ADMIN"},
      {"auditadmin", "审计管理员", "AUDIT_ADMIN"}
    };
    for (String[] a : admins) {
      Role role = Role.valueOf(a[2]);
      if (users.count(role) > 0) {
        continue;
      }
      if (users.find(a[0]).isPresent()) {
        out.println("没有" + role.label() + "账号，且用户名 " + a[0] + " 已被占用：未创建" + role.label());
        continue;
      }
      String password = randomPassword();
      users.create(a[0], encoder.encode(password), a[1], role, null, true, clock.instant());
      out.println("已创建" + role.label() + "账号：" + a[0] + "，初始密码：" + password + "（首次登录须修改）");
    }
  }

  /** Stores the demo actuals once: a database that has actuals of a demo document keeps them. */
  private void loadDemoActuals(
      List<TargetDocument> documents, String file, List<ActualsEntry> entries, String months) {
    for (TargetDocument d : documents) {
      if (!actuals.entries(d.source()).isEmpty()) {
        return;
      }
    }
    StoredActuals stored = actuals.save(file, entries);
    audit.append(
        AuditEntry.of(clock.instant(), "system", "DEMO", "执行数据 " + file, null,
            "执行数据", null, "导入 " + stored.created() + " 条（" + months + "）"));
    catalog.resultsChanged();
  }

  /**
   * Moves fresh demo tables (positions, 1-based) along the workflow: published, approved,
   * submitted, returned. Tables that have been touched already are left alone.
   */
  private void advance(
      TargetDocument doc,
      String editor,
      int[] published,
      int[] approved,
      int[] submitted,
      int[] returned) {
    for (ProjectSummary t : targets.ofSource(doc.source())) {
      if (t.revision() != 1 || t.state() != ProjectState.DRAFT) {
        continue;
      }
      int p = t.position();
      int steps = contains(published, p) ? 3 : contains(approved, p) ? 2
          : contains(submitted, p) ? 1 : contains(returned, p) ? -1 : 0;
      if (steps == 0) {
        continue;
      }
      transaction.executeWithoutResult(
          s -> {
            ProjectWorkflow target = targets.lock(t.id()).orElseThrow();
            step(target, target.submit(editor, clock.instant()));
            target = targets.lock(t.id()).orElseThrow();
            if (steps < 0) {
              step(target, target.returnForRevision("reviewer", clock.instant(),
                  "资金支出计划12月底应达到100%，请调整后重新提交"));
              return;
            }
            if (steps >= 2) {
              step(target, target.approve("reviewer", clock.instant()));
              target = targets.lock(t.id()).orElseThrow();
            }
            if (steps >= 3) {
              step(target, target.publish("reviewer", clock.instant()));
            }
          });
    }
  }

  private void step(ProjectWorkflow target, Transition t) {
    targets.record(target, t);
    audit.append(
        AuditEntry.of(t.at(), t.actor(), "DEMO", "项目 #" + target.id(), target.id(), "状态",
            t.from().label(), t.to().label() + (t.note() == null ? "" : "（意见：" + t.note() + "）")));
  }

  private static boolean contains(int[] a, int v) {
    for (int x : a) {
      if (x == v) {
        return true;
      }
    }
    return false;
  }

  /** 16 random letters and digits that pass {@link PasswordPolicy}. */
  private static String randomPassword() {
    String chars = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    SecureRandom r = new SecureRandom();
    while (true) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < 16; i++) {
        b.append(chars.charAt(r.nextInt(chars.length())));
      }
      if (PasswordPolicy.problems(null, b.toString()).isEmpty()) {
        return b.toString();
      }
    }
  }
}
