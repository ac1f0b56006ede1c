package io.jixiao.review;

/**
 * The rules of the review catalog ({@code docs/review-rules.md}), each with its short Chinese title
 * and the citation it rests on. Sources marked [V] were read in the original or official text, [S]
 * are secondary (a local form, a training page), [P] practice seen in real documents.
 *
 * <p>R1 (结果应用) reads last year's self-evaluation outcomes and runs only when the caller passes
 * them ({@link ReviewEngine#review(io.jixiao.model.TargetDocument, LastYear)}). The monitoring
 * rules M1–M4 run on actuals ({@link ReviewEngine#monitor}), never in the draft
 * review. The self-evaluation rules E1–E4 are not review rules: the scoring of {@code
 * io.jixiao.evaluate} reports them with the severities of the pack's {@code evaluation} section
 * ({@link EvaluationPolicy#RULES}).
 */
public enum RuleId {
  S1("产出指标和效益指标齐全", "[S] 各省绩效目标表模板：产出、效益指标为必设指标"),
  S2("对外服务项目设满意度指标", "[P] 种子文档中的实践"),
  S3("二级指标归属正确", "[V] 财预〔2015〕88号附件指标体系；财预〔2021〕101号共性指标框架"),
  S4("产出指标覆盖数量、质量或时效、成本", "[S] 各省绩效目标表模板"),
  S5("表头必填项齐全，绩效目标具体", "[V] 预算管理一体化规范：项目名称、预算数、预算单位、绩效目标为必填项"),
  S6("三级指标不重复", "[P] 种子文档中的实践"),
  B1("预算数等于财政资金加其他资金", "财预〔2015〕88号：绩效目标与预算资金相匹配（适当性审核）"),
  B2("资金支出计划逐期累计并达到100%", "财预〔2015〕88号：绩效目标与预算资金相匹配（适当性审核）"),
  B3("成本指标金额不超过预算数", "财预〔2015〕88号：绩效目标与预算资金相匹配（适当性审核）"),
  B4("成本指标合计不超过预算数", "财预〔2015〕88号：绩效目标与预算资金相匹配（适当性审核）"),
  Q1("指标值可衡量", "[V] 财预〔2015〕88号：绩效指标应细化、量化，难以量化的采用分级分档的定性表述"),
  Q2("绩效指标描述不只重复指标名称", "[V] 预算管理一体化规范：指标解释为必填项"),
  Q3("指标值类型与二级指标相符", "[P] 种子文档中的实践；[S] 省级绩效目标填报说明"),
  Q4("预算执行类指标不作为绩效指标", "[S] 省级绩效自评评分表：预算执行率单独计10分"),
  Q5("计量单位与指标名称相符", "[S] 省级绩效目标填报说明"),
  Q6("比较符号合理", "[S] 省级绩效目标填报说明"),
  Q7("满意度目标不低于阈值并以%表示", "[P] 种子文档中的实践"),
  Q8("日期真实且在预算年度内", "[P] 种子文档中的实践"),
  Q9("指标值不重复名称或描述（列错位）", "[P] 种子文档中的实践"),
  Q10("未残留模板文字", "[P] 种子文档中的实践"),
  Q11("指标性质、指标值、度量单位三列一致", "[S] 四川等地申报表：指标性质、指标值、度量单位分列填写"),
  Q12("疑似扫描识别错误（“≥”读成“2”）", "[S] 扫描件转文本的常见错误（“≥”识别为“2”）；不自动更正"),
  S7("权重合计等于一级指标分值和 100 分", "[S] 省级绩效目标申报表、自评表：指标权重合计 100 分，一级指标分值为其下权重之和"),
  P1("得分不超过权重", "[S] 财预〔2020〕10号 项目支出绩效自评表：各指标得分以其分值为上限"),
  P2("预算执行率等于执行数除以调整后预算", "[S] 省级项目支出绩效自评表：预算执行率 = 执行数 ÷ 全年预算数"),
  P3("总分等于各项得分之和", "[S] 财预〔2020〕10号 项目支出绩效自评表：总分为预算执行和各指标得分合计"),
  X1("多个项目指标完全相同", "[P] 种子文档中的实践"),
  X2("多个项目资金用途或绩效目标相同", "[P] 种子文档中的实践"),
  X3("预算大幅变化而指标与上年相同", "[P] 种子文档中的实践"),
  R1(
      "上年自评为差的项目不增加预算",
      "[S] 财预〔2020〕10号《项目支出绩效评价管理办法》及地方办法：评价结果与预算安排挂钩，结果为“差”的项目压减或取消预算"),
  M1("支出进度不落后于资金支出计划", "[S] 财预〔2019〕136号 绩效运行监控：对照资金支出计划监控预算执行进度"),
  M2("指标完成进度与预算执行进度相符", "[S] 省级绩效运行监控通知：预算执行进度与绩效目标实现程度“双监控”"),
  M3("支出进度不低于本地区进度要求", "[S] 地区预算执行进度要求（由规则包设定）"),
  M4("不超预算支出", "[S] 《中华人民共和国预算法》第十三条：各部门、各单位的支出必须以经批准的预算为依据；预算调整按法定程序进行"),
  E1("自评填报全年执行数和实际完成值", "[S] 财预〔2020〕10号《项目支出绩效评价管理办法》附项目支出绩效自评表（据地方转载）"),
  E2("预算执行率偏低须说明原因", "[S] 省级项目支出绩效自评表：预算执行率未达 90% 的应说明原因"),
  E3("未完成的指标须作偏差原因分析", "[S] 财预〔2020〕10号 项目支出绩效自评表：偏差原因分析及改进措施"),
  E4("实际完成值可与指标值比较", "[S] 省级绩效自评填报说明：实际完成值与年度指标值口径一致");

  private final String title;
  private final String citation;

  RuleId(String title, String citation) {
    this.title = title;
    this.citation = citation;
  }

  /** What the rule checks, in a few Chinese words. */
  public String title() {
    return title;
  }

  /** The citation findings of this rule carry. */
  public String citation() {
    return citation;
  }

  /** The rule with this id ({@code Q7}), or null. */
  public static RuleId of(String id) {
    for (RuleId r : values()) {
      if (r.name().equals(id)) {
        return r;
      }
    }
    return null;
  }
}
