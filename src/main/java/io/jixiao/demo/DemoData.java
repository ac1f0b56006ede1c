package io.jixiao.demo;

import io.jixiao.model.Budget;
import io.jixiao.model.BudgetUnit;
import io.jixiao.model.Department;
import io.jixiao.model.DepartmentGoals;
import io.jixiao.model.Indicator;
import io.jixiao.model.Money;
import io.jixiao.model.Percent;
import io.jixiao.model.Project;
import io.jixiao.model.ProjectCode;
import io.jixiao.model.SpendingPlan;
import io.jixiao.model.TargetDocument;
import io.jixiao.model.UnitCode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A demo data set the project owns: the 2024 targets of four departments of the fictional city of
 * 云泽市, each with Part 1 and 9 to 11 target tables, written the way real departments write them —
 * including the typical defects a reviewer must catch (a spending plan short of 100%, a total that
 * is not fiscal + other, a 时效指标 that is a budget execution rate, values that set no target, a
 * unit that does not fit the name, a cost above the budget, one indicator set pasted into three
 * projects, a satisfaction target of 75%, a table without 效益指标, a table without a budget). One
 * department follows the 2021 guideline taxonomy (成本指标 as level 1), the others the classic one.
 * {@link DemoActuals} are the year's actuals of the tables the demo approves and publishes.
 *
 * <p>Generated in code, deterministic: the same documents every time.
 */
public final class DemoData {

  /** The budget year of every demo document. */
  public static final int YEAR = 2024;

  private DemoData() {}

  /** The four demo documents, one per department. */
  public static List<TargetDocument> documents() {
    return List.of(education(), health(), agriculture(), landResources());
  }

  /**
   * Last year's published targets of one department (云泽市教育局, 2023), whose self-evaluation the
   * demo's actuals of 2023 score: what 结果应用 shows beside the 2024 drafts. Five of its tables
   * recur in 2024 under the same names; 中小学校舍维修改造 does badly and asks for more money in 2024.
   */
  public static List<TargetDocument> lastYear() {
    return List.of(education2023());
  }

  /** The names of the demo departments, in the order of {@link #documents()}. */
  public static List<String> departments() {
    return documents().stream().map(d -> d.department().name()).toList();
  }

  // ---------------------------------------------------------------- departments

  private static TargetDocument education() {
    Dept d =
        new Dept(
            1, "云泽市教育局", "demo-yunze-education-2024.txt", false, true,
            List.of("201001 云泽市教育局本级", "201003 云泽市教育技术装备中心"));
    d.table("义务教育学校公用经费补助", "1280.50", "1280.50", null,
        "按生均公用经费标准向全市城乡义务教育学校拨付公用经费，保障学校教学和日常运转",
        "补助学生人数", "≥58000人", "经费拨付准确率", "100%",
        "社会效益指标", "义务教育巩固率", "≥99%", "学生家长");
    d.table("学前教育普惠性幼儿园奖补", "620.00", "620.00", null,
        "对认定的普惠性民办幼儿园按在园幼儿数给予奖补，扩大普惠性学前教育资源",
        "奖补普惠性幼儿园数量", "≥45所", "普惠性幼儿园覆盖率", "≥85%",
        "社会效益指标", "学前三年毛入园率", "≥95%", "幼儿家长");
    d.table("中小学校舍维修改造", "860.00", "800.00", "60.00",
        "对全市32所中小学的屋面、门窗、供暖及消防设施进行维修改造，消除校舍安全隐患",
        "维修改造校舍面积", "≥12000平方米", "工程验收合格率", "100%",
        "社会效益指标", "校舍安全隐患", "有效消除", "师生");
    d.plan(3, 20, 45, 75, 95); // defect: the plan ends at 95%
    d.table("教师培训专项", "185.00", "185.00", null,
        "组织全市中小学教师开展新课标、信息技术应用能力和班主任专题培训",
        "培训教师人次", "≥3200人次", "培训考核合格率", "≥95%",
        "社会效益指标", "教师专业能力", "持续提升", "参训教师");
    d.table("家庭经济困难学生资助", "540.00", "540.00", null,
        "落实家庭经济困难学生生活补助、普通高中国家助学金和免学杂费政策",
        "资助学生人数", "≥6500人", "资助对象认定准确率", "100%",
        "社会效益指标", "因贫失学辍学学生人数", "0人", "受助学生");
    d.table("智慧校园建设", "430.00", "430.00", null,
        "为农村中小学建设智慧教室，配备交互式教学终端和录播设备",
        "建设智慧教室数量", "≥120间", "设备验收合格率", "100%",
        "可持续影响指标", "设备使用年限", "≥5年", "师生");
    d.table("中小学生营养改善计划", "720.00", "720.00", null,
        "为农村义务教育阶段学生提供营养膳食补助，每生每天5元",
        "受益学生人数", "≥21000人", "食品安全事故发生次数", "0次",
        "社会效益指标", "学生营养健康状况", "达到预期目标", "学生家长"); // defect: no target
    d.table("校园安全保卫服务", "310.00", "310.00", null,
        "为全市公办中小学和幼儿园购买专职保安服务，配备安防器材",
        "配备专职保安人数", "≥260人", "校园安全事故发生率", "≤0.5%",
        "社会效益指标", "校园安全稳定", "持续保障", "师生");
    d.table("职业教育实训基地建设", "650.00", "500.00", "150.00",
        "建设智能制造和现代农业两个公共实训基地，购置实训设备",
        "新建实训工位", "≥400个", "实训基地建设达标率", "100%",
        "经济效益指标", "为区域产业发展提供支撑", "为区域产业发展提供支撑", "职校学生"); // defect
    d.table("教育局机关运行保障", "96.40", "96.40", null,
        "保障局机关日常办公、会议、差旅及公务用车运行",
        "保障在职人员人数", "56人", "办公设备完好率", "≥95%",
        "社会效益指标", "机关日常运转", "保障运转", "机关干部");
    DepartmentGoals overall =
        overall(
            "围绕办好人民满意的教育，2024年全面落实义务教育经费保障机制，扩大普惠性学前教育资源，改善办学条件，"
                + "加强教师队伍建设，健全学生资助体系，推动全市教育事业高质量发展。",
            List.of(
                subGoal("巩固义务教育均衡发展成果", "保障城乡义务教育学校正常运转，改善薄弱学校办学条件。",
                    "义务教育巩固率 ≥99%", "校舍维修改造面积 ≥12000平方米"),
                subGoal("扩大普惠性学前教育资源", "提高普惠性幼儿园覆盖率，缓解入园难入园贵。",
                    "普惠性幼儿园覆盖率 ≥85%", "学前三年毛入园率 ≥95%"),
                subGoal("加强教师队伍建设", "开展分层分类培训，提升教师专业能力。", "培训教师 ≥3200人次")),
            List.of(
                measure("完善制度建设", "修订教育专项资金管理办法，明确资金分配、使用和监督责任。"),
                measure("加强支出管理", "严格按预算和用款计划执行，定期通报支出进度。"),
                measure("开展绩效运行监控", "每季度对重点项目绩效目标完成情况和预算执行进度进行“双监控”。"),
                measure("做好绩效自评", "年度终了对全部项目开展绩效自评，自评结果与下年预算安排挂钩。")));
    return d.document(overall);
  }

  private static TargetDocument education2023() {
    Dept d =
        new Dept(
            1, "云泽市教育局", "demo-yunze-education-2023.txt", false, true,
            List.of("201001 云泽市教育局本级", "201003 云泽市教育技术装备中心"), YEAR - 1);
    d.table("义务教育学校公用经费补助", "1250.00", "1250.00", null,
        "按生均公用经费标准向全市城乡义务教育学校拨付公用经费，保障学校教学和日常运转",
        "补助学生人数", "≥57000人", "经费拨付准确率", "100%",
        "社会效益指标", "义务教育巩固率", "≥99%", "学生家长");
    d.table("学前教育普惠性幼儿园奖补", "600.00", "600.00", null,
        "对认定的普惠性民办幼儿园按在园幼儿数给予奖补，扩大普惠性学前教育资源",
        "奖补普惠性幼儿园数量", "≥42所", "普惠性幼儿园覆盖率", "≥82%",
        "社会效益指标", "学前三年毛入园率", "≥94%", "幼儿家长");
    d.table("中小学校舍维修改造", "700.00", "650.00", "50.00",
        "对全市26所中小学的屋面、门窗和供暖设施进行维修改造，消除校舍安全隐患",
        "维修改造校舍面积", "≥10000平方米", "工程验收合格率", "100%",
        "社会效益指标", "校舍安全隐患整改率", "≥95%", "师生");
    d.table("教师培训专项", "185.00", "185.00", null,
        "组织全市中小学教师开展新课标和信息技术应用能力培训",
        "培训教师人次", "≥3000人次", "培训考核合格率", "≥95%",
        "社会效益指标", "参训教师教学能力提升比例", "≥90%", "参训教师");
    d.table("智慧校园建设", "380.00", "380.00", null,
        "为农村中小学建设智慧教室，配备交互式教学终端",
        "建设智慧教室数量", "≥100间", "设备验收合格率", "100%",
        "可持续影响指标", "设备使用年限", "≥5年", "师生");
    DepartmentGoals overall =
        overall(
            "2023年落实义务教育经费保障机制，扩大普惠性学前教育资源，改善办学条件，加强教师队伍建设。",
            List.of(
                subGoal("巩固义务教育均衡发展成果", "保障城乡义务教育学校正常运转。", "义务教育巩固率 ≥99%"),
                subGoal("加强教师队伍建设", "开展分层分类培训。", "培训教师 ≥3000人次")),
            List.of(
                measure("开展绩效运行监控", "每季度对重点项目开展“双监控”。"),
                measure("做好绩效自评", "年度终了对全部项目开展绩效自评。")));
    return d.document(overall);
  }

  private static TargetDocument health() {
    Dept d =
        new Dept(
            2, "云泽市卫生健康委员会", "demo-yunze-health-2024.txt", false, false,
            List.of("305001 云泽市卫生健康委员会本级", "305004 云泽市疾病预防控制中心"));
    d.table("基本公共卫生服务项目", "2350.00", "2350.00", null,
        "按人均标准向基层医疗卫生机构拨付基本公共卫生服务补助资金，免费提供12类基本公共卫生服务",
        "居民电子健康档案建档人数", "≥82万人", "65岁及以上老年人健康管理率", "≥70%",
        "社会效益指标", "居民健康素养水平", "≥28%", "城乡居民");
    d.table("家庭医生签约服务", "460.00", "400.00", "50.00", // defect: 460 ≠ 400 + 50
        "对家庭医生团队按签约人数和服务质量给予补助，推进重点人群签约服务",
        "签约服务人数", "≥35万人", "重点人群签约服务覆盖率", "≥75%",
        "社会效益指标", "居民对签约服务的获得感", "较上年提高", "签约居民");
    d.table("免疫规划疫苗接种", "380.00", "380.00", null,
        "购置免疫规划疫苗及注射器材，补助接种单位开展预防接种服务",
        "免疫规划疫苗接种人次", "≥24万人次", "免疫规划疫苗接种率", "≥95%",
        "社会效益指标", "疫苗可预防传染病发病率", "较上年下降", "儿童家长");
    d.table("重大传染病防控", "290.00", "290.00", null,
        "开展艾滋病、结核病、病毒性肝炎等重大传染病监测、检测和患者管理",
        "艾滋病检测人次", "≥9万人次", "肺结核患者规范管理率", "≥90%",
        "社会效益指标", "重大传染病疫情", "无暴发流行", "患者");
    d.table("卫生应急物资储备", "150.00", "150.00", null,
        "储备防护用品、消杀药械和应急检测试剂，更新到期物资",
        "储备应急物资品种", "≥60种", "物资完好率", "≥98%",
        "社会效益指标", "突发事件应急处置能力", "巩固提升", "应急队伍");
    d.table("基层医疗卫生机构能力提升", "920.00", "920.00", null,
        "为乡镇卫生院和社区卫生服务中心配置DR、彩超、全自动生化分析仪等设备",
        "配置基层医疗设备", "≥180台（套）", "设备配置达标率", "100%",
        "社会效益指标", "基层诊疗量占比", "≥65%", "基层医务人员");
    d.table("妇幼健康服务", "265.00", "265.00", null,
        "开展孕产妇和儿童健康管理、出生缺陷综合防治和两癌筛查",
        "孕产妇健康管理人数", "≥1.2万人", "孕产妇系统管理率", "≥90%",
        "社会效益指标", "孕产妇死亡率", "≤10/10万", "孕产妇");
    d.table("卫生健康信息化建设", "540.00", "540.00", null,
        "建设全民健康信息平台二期，接入全市医疗机构，实现检查检验结果互认",
        "接入医疗机构数量", "≥320家", "系统运行稳定率", "≥99%",
        "可持续影响指标", "信息互联互通水平", "持续", "医疗机构");
    d.costValue(8, "≤600万元"); // defect: cost above the budget of 540
    d.table("医疗卫生人才培养", "130.00", "130.00", null,
        "开展全科医生转岗培训和住院医师规范化培训补助",
        "培养全科医生人数", "≥60人", "结业考核通过率", "≥90%",
        "社会效益指标", "基层全科医生数量", "每万人口≥3.5人", "学员");
    d.satisfaction(9, "≥75%"); // defect: satisfaction below 80%
    DepartmentGoals overall =
        overall(
            "2024年以提升全市人民健康水平为中心，落实基本公共卫生服务，筑牢重大传染病防控网底，"
                + "提升基层医疗卫生服务能力，推进卫生健康信息化建设。",
            List.of(
                subGoal("提升基本公共卫生服务水平", "为城乡居民免费提供基本公共卫生服务。",
                    "居民电子健康档案建档人数 ≥82万人", "65岁及以上老年人健康管理率 ≥70%"),
                subGoal("筑牢疾病预防控制网底", "保持免疫规划疫苗高接种率，防止重大传染病暴发流行。",
                    "免疫规划疫苗接种率 ≥95%"),
                subGoal("提升基层服务能力", "改善基层医疗卫生机构设备条件。", "基层诊疗量占比 ≥65%")),
            List.of(
                measure("完善制度建设", "健全卫生健康专项资金管理和绩效管理制度。"),
                measure("加强支出管理", "按项目进度拨付资金，严禁挤占挪用。"),
                measure("开展绩效运行监控", "对基本公共卫生服务等重点项目实施季度监控。"),
                measure("做好绩效自评", "组织项目单位开展自评，抽查自评结果。")));
    return d.document(overall);
  }

  private static TargetDocument agriculture() {
    Dept d =
        new Dept(
            3, "云泽市农业农村局", "demo-yunze-agriculture-2024.txt", false, true,
            List.of("410001 云泽市农业农村局本级", "410003 云泽市农业技术推广中心"));
    d.table("高标准农田建设", "3200.00", "2800.00", "400.00",
        "在6个乡镇新建高标准农田，实施土地平整、灌溉排水、田间道路和农田防护工程",
        "新建高标准农田面积", "≥4.5万亩", "工程验收合格率", "100%",
        "经济效益指标", "亩均粮食产能提高", "≥100公斤", "项目区农户");
    d.timeliness(1, "田间工程完工时间", YEAR + "年10月底前"); // missed in the demo actuals
    d.table("耕地地力保护补贴", "1860.00", "1860.00", null,
        "按确权耕地面积向种粮农民发放耕地地力保护补贴",
        "补贴耕地面积", "≥62万亩", "补贴资金发放准确率", "100%",
        "经济效益指标", "种粮农民收入", "较上年提高", "种粮农民");
    d.table("农作物病虫害统防统治", "240.00", "240.00", null,
        "购置防控药剂，组织专业化服务组织开展小麦、玉米病虫害统防统治",
        "统防统治面积", "≥30万亩", "病虫危害损失率", "≤5%",
        "经济效益指标", "挽回粮食损失", "≥1.5万吨", "种植户");
    d.table("动物疫病强制免疫", "310.00", "310.00", null,
        "采购强制免疫疫苗，补助村级防疫员开展口蹄疫、禽流感等强制免疫",
        "强制免疫畜禽数量", "≥260万头（只）", "免疫密度", "≥90%",
        "社会效益指标", "重大动物疫情发生次数", "0次", "养殖户");
    d.timeliness(4, "按预算资金完成率", "100%"); // defect: a budget execution measure as 时效
    d.table("农村人居环境整治", "1450.00", "1450.00", null,
        "推进农村户厕改造和生活垃圾收运处置体系建设",
        "完成改厕户数", "≥8000户", "改厕验收合格率", "≥95%",
        "生态效益指标", "农村生活垃圾治理率", "≥95%", "村民");
    for (String[] copied :
        new String[][] {
          {"农业技术推广服务", "180.00", "组织农技人员开展技术指导和示范推广"},
          {"新型职业农民培育", "160.00", "开展新型职业农民和农村实用人才培训"},
          {"农产品质量安全监管", "175.00", "开展农产品质量安全例行监测和执法检查"}
        }) { // defect: one indicator set pasted into three projects
      d.table(copied[0], copied[1], copied[1], null, copied[2],
          "开展培训及服务场次", "≥50场", "服务对象覆盖率", "≥90%",
          "社会效益指标", "农业生产水平", "巩固提升", "服务对象");
      d.costValue(d.size(), "≤200万元");
    }
    d.table("乡村振兴衔接资金项目", "2600.00", "2600.00", null,
        "支持脱贫村发展特色种养、农产品加工和乡村旅游等帮扶产业",
        "扶持帮扶产业项目", "≥45个", "项目竣工验收合格率", "100%",
        "经济效益指标", "脱贫人口人均纯收入增幅", "≥8%", "脱贫群众");
    d.table("农机购置与应用补贴", "980.00", "980.00", null,
        "对购置列入补贴范围农机具的农户和农业生产经营组织给予定额补贴",
        "补贴农机具数量", "≥2600台", "补贴机具核验率", "100%",
        "经济效益指标", "主要农作物耕种收综合机械化率", "≥88%", "购机农户");
    d.table("农业农村局机关运行", "88.60", "88.60", null,
        "保障局机关日常办公和公务运行",
        "保障在职人员人数", "48人", "公用经费控制率", "≤100%",
        null, null, null, "机关干部"); // defect: no 效益指标
    DepartmentGoals overall =
        overall(
            "2024年全力保障粮食安全和重要农产品供给，建设高标准农田，落实强农惠农政策，"
                + "巩固拓展脱贫攻坚成果，扎实推进乡村振兴。",
            List.of(
                subGoal("保障粮食安全", "新建高标准农田，稳定粮食播种面积。", "新建高标准农田面积 ≥4.5万亩"),
                subGoal("巩固拓展脱贫攻坚成果", "发展帮扶产业，促进脱贫人口增收。",
                    "脱贫人口人均纯收入增幅 ≥8%"),
                subGoal("改善农村人居环境", "推进改厕和生活垃圾治理。", "农村生活垃圾治理率 ≥95%")),
            List.of(
                measure("完善制度建设", "制定涉农资金统筹整合使用管理办法。"),
                measure("加强支出管理", "惠农补贴资金通过“一卡通”直接发放到户。"),
                measure("开展绩效运行监控", "对衔接资金项目实行月调度。"),
                measure("做好绩效自评", "委托第三方对重点项目开展绩效评价。")));
    return d.document(overall);
  }

  private static TargetDocument landResources() {
    Dept d =
        new Dept(
            4, "云泽市自然资源和规划局", "demo-yunze-land-2024.txt", true, true,
            List.of("520001 云泽市自然资源和规划局本级", "520002 云泽市不动产登记中心"));
    d.repeatDescriptions(); // defect typical of this department: descriptions repeat the names
    d.table("国土空间总体规划编制", "460.00", "460.00", null,
        "委托技术单位编制云泽市国土空间总体规划（2021—2035年）及专项规划",
        "编制规划成果", "1套", "成果通过专家评审", "通过",
        "社会效益指标", "规划对国土空间开发保护的指导作用", "有效发挥", "相关部门");
    d.table("国土变更调查", "320.00", "320.00", null,
        "开展2024年度国土变更调查，更新全市土地利用现状数据库",
        "完成变更调查图斑", "≥1.8万个", "图斑核查正确率", "≥98%",
        "社会效益指标", "调查成果为自然资源管理提供数据支撑", "为自然资源管理提供支撑", "相关部门");
    d.table("不动产登记信息平台运维", "210.00", "210.00", null,
        "购买不动产登记信息平台和“一窗受理”系统运维服务",
        "系统运维服务时长", "12个月", "系统正常运行率", "≥99%",
        "社会效益指标", "一般登记业务办理时限", "≤5个工作日", "办事群众");
    d.table("地质灾害防治", "380.00", "380.00", null,
        "开展地质灾害隐患点汛期巡查、专业监测和应急处置",
        "地质灾害隐患点巡查", "≥320处", "隐患点监测覆盖率", "100%",
        "社会效益指标", "因地质灾害死亡人数", "0人", "隐患点周边群众");
    d.table("机关办公用房维修", "95.00", "95.00", null,
        "维修局机关办公楼屋面防水和供暖管网",
        "解决办公用房面积（平方米）", "≥85%", "维修工程验收合格率", "100%", // defect: unit
        "社会效益指标", "办公条件", "有效改善", "机关干部");
    d.table("测绘地理信息质量监督检查", "15.00", "15.00", null,
        "对全市测绘资质单位开展质量监督检查",
        "检查测绘资质单位数量", "≥20家", "检查覆盖率", "100%",
        "社会效益指标", "测绘成果质量", "稳步提高", "测绘资质单位");
    d.table("耕地保护动态监测", "260.00", "260.00", null,
        "利用卫星遥感开展耕地和永久基本农田动态监测，核实变化图斑",
        "监测耕地面积", "≥260万亩", "变化图斑核实率", "100%",
        "生态效益指标", "耕地保有量", "不低于上级下达任务", "乡镇政府");
    d.noBudget(7); // defect: no budget printed
    d.table("矿山生态修复", "1150.00", "950.00", "200.00",
        "对历史遗留废弃矿山实施地形整治、土壤重构和植被恢复",
        "修复治理面积", "≥350公顷", "修复工程验收合格率", "100%",
        "生态效益指标", "修复区植被覆盖率", "较修复前提高", "周边群众");
    d.table("林草资源管护", "420.00", "420.00", null,
        "聘用生态护林员开展林地日常巡护和森林防火",
        "管护林地面积", "≥45万亩", "森林火灾受害率", "≤0.9‰",
        "生态效益指标", "森林覆盖率", "≥38%", "护林员");
    DepartmentGoals overall =
        overall(
            "2024年统筹推进国土空间规划、自然资源调查监测、耕地保护和生态修复，"
                + "提升不动产登记服务水平，防范地质灾害风险。",
            List.of(
                subGoal("全民所有自然资源资产所有者职责得以行使", "完成国土变更调查，掌握自然资源家底。",
                    "图斑核查正确率 ≥98%"),
                subGoal("严格耕地保护", "落实耕地保护目标责任，遏制耕地“非农化”。", "变化图斑核实率 100%"),
                subGoal("推进生态修复", "实施历史遗留矿山生态修复。", "修复治理面积 ≥350公顷")),
            List.of(
                measure("完善制度建设", "健全自然资源专项资金管理制度。"),
                measure("加强支出管理", "按合同约定和工程进度支付资金。"),
                measure("开展绩效运行监控", "对重点项目每半年开展一次监控。"),
                measure("做好绩效自评", "年度终了开展自评并公开自评结果。")));
    return d.document(overall);
  }

  // ---------------------------------------------------------------- building blocks

  private static DepartmentGoals overall(
      String summary, List<DepartmentGoals.SubGoal> subGoals, List<DepartmentGoals.Measure> m) {
    return new DepartmentGoals(summary, subGoals, m);
  }

  private static DepartmentGoals.SubGoal subGoal(String title, String goal, String... indicators) {
    return new DepartmentGoals.SubGoal(title, goal, List.of(indicators));
  }

  private static DepartmentGoals.Measure measure(String title, String text) {
    return new DepartmentGoals.Measure(title, text);
  }

  /** The tables of one department while they are written. */
  private static final class Dept {
    private static final int[][] PLANS = {
      {25, 50, 80, 100}, {30, 55, 85, 100}, {20, 45, 75, 100}, {0, 40, 70, 100}, {35, 60, 90, 100}
    };
    private static final String[] BASES = {"年度工作计划", "行业标准", "历史数据", "上级文件要求"};

    private final int number;
    private final String name;
    private final String source;
    private final boolean guideline2021;
    private final boolean withBasis;
    private final List<String> units;
    private final int year;
    private final List<Draft> drafts = new ArrayList<>();
    private boolean repeatDescriptions;

    Dept(
        int number,
        String name,
        String source,
        boolean guideline2021,
        boolean withBasis,
        List<String> units) {
      this(number, name, source, guideline2021, withBasis, units, YEAR);
    }

    Dept(
        int number,
        String name,
        String source,
        boolean guideline2021,
        boolean withBasis,
        List<String> units,
        int year) {
      this.year = year;
      this.number = number;
      this.name = name;
      this.source = source;
      this.guideline2021 = guideline2021;
      this.withBasis = withBasis;
      this.units = units;
    }

    int size() {
      return drafts.size();
    }

    void repeatDescriptions() {
      repeatDescriptions = true;
    }

    void table(
        String projectName,
        String total,
        String fiscal,
        String other,
        String fundUse,
        String quantityName,
        String quantityValue,
        String qualityName,
        String qualityValue,
        String effectLevel2,
        String effectName,
        String effectValue,
        String served) {
      Draft t = new Draft();
      t.name = projectName;
      t.total = total;
      t.fiscal = fiscal;
      t.other = other;
      t.fundUse = fundUse;
      t.quantity = new String[] {quantityName, quantityValue};
      t.quality = new String[] {qualityName, qualityValue};
      t.effect = effectLevel2 == null ? null : new String[] {effectLevel2, effectName, effectValue};
      t.served = served;
      t.plan = PLANS[(drafts.size() + number) % PLANS.length];
      t.cost = "≤" + new BigDecimal(total).stripTrailingZeros().toPlainString() + "万元";
      t.timeliness = new String[] {"任务完成时间", year + "年12月底前"};
      t.satisfaction = "≥90%";
      drafts.add(t);
    }

    void plan(int seq, int mar, int jun, int oct, int dec) {
      drafts.get(seq - 1).plan = new int[] {mar, jun, oct, dec};
    }

    void noBudget(int seq) {
      drafts.get(seq - 1).noBudget = true;
    }

    void costValue(int seq, String value) {
      drafts.get(seq - 1).cost = value;
    }

    void satisfaction(int seq, String value) {
      drafts.get(seq - 1).satisfaction = value;
    }

    void timeliness(int seq, String indicatorName, String value) {
      drafts.get(seq - 1).timeliness = new String[] {indicatorName, value};
    }

    TargetDocument document(DepartmentGoals overall) {
      List<Project> projects = new ArrayList<>();
      for (int i = 0; i < drafts.size(); i++) {
        projects.add(project(i + 1, drafts.get(i)));
      }
      return new TargetDocument(source, new Department(name, year), overall, projects);
    }

    private Project project(int seq, Draft t) {
      BudgetUnit unit = BudgetUnit.parse(units.get(seq % 3 == 0 ? 1 : 0));
      String code =
          String.format("369900%02dP%06d%04d", year % 100, Integer.parseInt(unit.code().value()),
              number * 100 + seq);
      Budget budget =
          t.noBudget
              ? null
              : new Budget(
                  Money.parse(t.total),
                  Money.parse(t.fiscal),
                  t.other == null ? null : Money.parse(t.other));
      SpendingPlan plan =
          new SpendingPlan(
              t.plan[0] == 0 ? null : Percent.of(t.plan[0]),
              Percent.of(t.plan[1]),
              Percent.of(t.plan[2]),
              Percent.of(t.plan[3]));
      List<String> goals =
          List.of(
              t.fundUse + "。",
              "全年完成" + t.quantity[0] + t.quantity[1].replace("≥", "不少于") + "，"
                  + t.quality[0] + "达到" + t.quality[1] + "。");
      return new Project(
          seq,
          t.name + "项目绩效目标表",
          unit,
          new ProjectCode(code),
          t.name,
          budget,
          t.fundUse,
          plan,
          goals,
          indicators(seq, t),
          null);
    }

    private List<Indicator> indicators(int seq, Draft t) {
      List<Indicator> rows = new ArrayList<>();
      rows.add(row(seq, "产出指标", "数量指标", t.quantity[0], t.quantity[1]));
      rows.add(row(seq, "产出指标", "质量指标", t.quality[0], t.quality[1]));
      rows.add(row(seq, "产出指标", "时效指标", t.timeliness[0], t.timeliness[1]));
      if (guideline2021) {
        rows.add(row(seq, "成本指标", "经济成本指标", "项目总成本", t.cost));
      } else {
        rows.add(row(seq, "产出指标", "成本指标", "项目总成本", t.cost));
      }
      if (t.effect != null) {
        rows.add(row(seq, "效益指标", t.effect[0], t.effect[1], t.effect[2]));
      }
      rows.add(row(seq, "满意度指标", "服务对象满意度指标", t.served + "满意度", t.satisfaction));
      return rows;
    }

    private Indicator row(int seq, String l1, String l2, String l3, String value) {
      String description =
          repeatDescriptions ? l3 : describe(l2, l3);
      String basis = withBasis ? BASES[(seq + l3.length()) % BASES.length] : null;
      return new Indicator(l1, l2, l3, description, value, basis);
    }

    private static String describe(String l2, String l3) {
      switch (l2) {
        case "数量指标":
          return "反映项目年度" + l3 + "情况";
        case "质量指标":
          return "反映项目实施" + l3 + "的达标情况";
        case "时效指标":
          return "反映项目按计划完成的及时程度";
        case "成本指标":
        case "经济成本指标":
          return "反映项目成本控制情况，不超过预算数";
        case "服务对象满意度指标":
          return "通过问卷调查反映服务对象对项目实施的满意程度";
        default:
          return "反映项目实施后" + l3 + "的变化情况";
      }
    }
  }

  /** One table while it is written. */
  private static final class Draft {
    String name;
    String total;
    String fiscal;
    String other;
    String fundUse;
    String[] quantity;
    String[] quality;
    String[] timeliness;
    String[] effect;
    String cost;
    String served;
    String satisfaction;
    int[] plan;
    boolean noBudget;
  }
}
