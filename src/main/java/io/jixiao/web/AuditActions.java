package io.jixiao.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The Chinese names of the audit log's action codes ({@link io.jixiao.audit.AuditEntry#action()}),
 * as the change tables and the audit page show them ({@code ${@auditActions.label(e.action())}}):
 * the codes stay stable in the database and the API, people read 填报执行数据. The workflow steps are
 * named as their buttons are ({@link WorkflowSteps.Step#label()}).
 */
@Component("auditActions")
class AuditActions {

  private static final Map<String, String> LABELS = labels();

  private static Map<String, String> labels() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("IMPORT", "导入绩效文本");
    m.put("EDIT", "修改绩效目标");
    for (WorkflowSteps.Step step : WorkflowSteps.Step.values()) {
      m.put(step.name(), step.label());
    }
    m.put("APPROVE_OVERRIDE", "有错误仍批复");
    m.put("ANSWER", "说明审核发现");
    m.put("COMMENT", "填写审核意见");
    m.put("DEADLINE", "设置截止时间");
    m.put("REMIND", "催办");
    m.put("ACTUALS", "填报执行数据");
    m.put("ACTUALS_IMPORT", "上传执行数据");
    m.put("DEMO", "演示数据");
    m.put("USER_CREATE", "新建用户");
    m.put("USER_UPDATE", "修改用户");
    m.put("LOCKOUT", "锁定账户");
    m.put("LOGIN", "登录");
    m.put("LOGIN_FAILED", "登录失败");
    m.put("LOGIN_THROTTLED", "限制登录");
    m.put("LOGOUT", "退出登录");
    m.put("PASSWORD_CHANGE", "修改密码");
    m.put("ACCESS_DENIED", "拒绝访问");
    m.put("CSRF_DENIED", "拒绝请求（CSRF）");
    m.put("SETTING", "修改安全设置");
    m.put("AUDIT_EXPORT", "导出审计日志");
    m.put("AUDIT_VERIFY", "校验审计日志");
    return Map.copyOf(m);
  }

  /** The Chinese name of an entry's outcome ({@link io.jixiao.audit.AuditEntry#outcome()}). */
  public String outcome(String code) {
    if (code == null) {
      return "";
    }
    switch (code) {
      case "SUCCESS":
        return "成功";
      case "FAILURE":
        return "失败";
      case "DENIED":
        return "拒绝";
      default:
        return code;
    }
  }

  /** The Chinese name of {@code code}; the code itself when it has none. */
  public String label(String code) {
    return LABELS.getOrDefault(code, code);
  }

  /** Every code with a name. */
  static Map<String, String> all() {
    return LABELS;
  }
}
