package io.jixiao.generate;

/**
 * The parts generated names are built from: place names, the sectors of a local government with
 * their bureaus, subordinate units, project subjects and the people they serve (every one of whom
 * the review's S2 recognises as outside the unit), and the words of values, descriptions and
 * goals. Written for the generator; no table of the seeds is copied.
 */
final class Vocabulary {

  private Vocabulary() {}

  /** One sector: the bureau, its subordinate units, project subjects and whom they serve. */
  record Sector(String bureau, String[] units, String[] subjects, String[] served) {}

  static final String[] PLACE_FIRST = {
    "云", "青", "临", "安", "永", "宁", "长", "平", "新", "清", "泰", "和", "嘉", "兴", "丰", "阳",
    "东", "南", "西", "北", "金", "玉", "龙", "凤", "白", "石", "松", "桂", "梅", "柳"
  };
  static final String[] PLACE_SECOND = {
    "泽", "川", "江", "河", "山", "州", "源", "岭", "城", "阳", "溪", "湖", "原", "峰", "林", "水"
  };
  static final String[] CITY_SUFFIX = {"市"};
  static final String[] COUNTY_SUFFIX = {"县", "区"};

  static final Sector[] SECTORS = {
    new Sector(
        "教育局",
        new String[] {"本级", "教育技术装备中心", "教师发展中心", "学生资助管理中心"},
        new String[] {
          "义务教育学校公用经费", "普惠性幼儿园", "中小学校舍", "教师培训", "家庭经济困难学生资助",
          "智慧校园", "职业教育实训基地", "校园安全", "学生营养改善", "特殊教育"
        },
        new String[] {"学生家长", "在校学生", "受助学生", "学生"}),
    new Sector(
        "卫生健康委员会",
        new String[] {"本级", "疾病预防控制中心", "卫生健康综合监督执法队", "妇幼保健院"},
        new String[] {
          "基本公共卫生服务", "家庭医生签约服务", "免疫规划", "重大传染病防控", "卫生应急物资储备",
          "基层医疗卫生机构", "妇幼健康服务", "全民健康信息平台", "医疗卫生人才培养", "老年健康服务"
        },
        new String[] {"城乡居民", "患者", "签约居民", "就诊患者"}),
    new Sector(
        "自然资源和规划局",
        new String[] {"本级", "不动产登记中心", "测绘院", "土地储备中心"},
        new String[] {
          "国土变更调查", "不动产登记", "基础测绘", "地质灾害隐患点监测", "耕地保护",
          "国土空间规划编制", "矿产资源监管", "自然资源确权登记", "测量标志维护", "地理信息公共服务"
        },
        new String[] {"办事群众", "企业", "社会公众", "不动产登记申请人"}),
    new Sector(
        "生态环境局",
        new String[] {"本级", "生态环境监测中心", "生态环境保护综合行政执法支队"},
        new String[] {
          "大气污染防治", "水环境质量监测", "土壤污染状况调查", "生态环境执法", "固体废物处置",
          "噪声监测", "环境应急", "碳排放核查", "饮用水水源地保护", "农村生活污水治理"
        },
        new String[] {"周边居民", "企业", "社会公众", "周边群众"}),
    new Sector(
        "农业农村局",
        new String[] {"本级", "农业技术推广中心", "动物疫病预防控制中心", "农产品质量安全检测站"},
        new String[] {
          "高标准农田建设", "动物疫病防控", "农产品质量安全检测", "农机购置补贴", "农村人居环境整治",
          "种业振兴", "农业技术推广", "耕地地力保护", "农民教育培训", "农村集体经济"
        },
        new String[] {"农民", "养殖企业", "村民", "农业企业"}),
    new Sector(
        "交通运输局",
        new String[] {"本级", "公路事业发展中心", "交通运输综合行政执法支队"},
        new String[] {
          "农村公路养护", "城乡公交运营补贴", "桥梁定期检测", "交通运输执法", "客运站运营",
          "公路安全生命防护工程", "农村物流体系", "道路运输监管", "公路养护机械购置", "交通运输信息化"
        },
        new String[] {"出行群众", "沿线群众", "运输企业", "沿线村民"}),
    new Sector(
        "水务局",
        new String[] {"本级", "水利工程管理站", "水文水资源勘测站"},
        new String[] {
          "中小河流治理", "农村饮水安全", "小型水库除险加固", "防汛物资储备", "水资源监测",
          "城市排水管网维护", "灌区节水改造", "河湖长制", "水土保持治理", "山洪灾害防治"
        },
        new String[] {"沿河村民", "沿河群众", "用水居民", "居民"}),
    new Sector(
        "民政局",
        new String[] {"本级", "社会福利院", "救助管理站", "殡葬管理所"},
        new String[] {
          "城乡最低生活保障", "特困人员救助供养", "居家养老服务", "儿童福利", "城乡社区治理",
          "惠民殡葬", "社会组织培育", "残疾人两项补贴", "临时救助", "养老机构运营补贴"
        },
        new String[] {"困难群众", "服务对象", "受助群众", "社区居民"}),
    new Sector(
        "文化和旅游局",
        new String[] {"本级", "图书馆", "文化馆", "博物馆"},
        new String[] {
          "公共图书馆免费开放", "文化惠民演出", "文物保护修缮", "旅游宣传推广", "非遗传承保护",
          "全民阅读推广", "景区安全监管", "公共文化设施运行", "乡村文化振兴", "文化市场综合执法"
        },
        new String[] {"群众", "游客", "参观群众", "社会公众"}),
    new Sector(
        "住房和城乡建设局",
        new String[] {"本级", "住房保障服务中心", "市政设施管理处", "园林绿化中心"},
        new String[] {
          "老旧小区改造", "保障性住房运营", "城镇燃气安全检查", "建筑市场监管", "市政道路维护",
          "城市园林绿化养护", "城市排水防涝", "农村危房改造", "物业管理服务", "建筑工程质量监督"
        },
        new String[] {"小区居民", "居民", "市民", "建筑企业"}),
    new Sector(
        "应急管理局",
        new String[] {"本级", "应急救援指挥中心", "安全生产执法大队"},
        new String[] {
          "安全生产执法检查", "应急救援队伍建设", "森林防灭火", "救灾物资储备", "防灾减灾宣传",
          "危险化学品监管", "应急指挥平台运行", "自然灾害救助", "安全生产培训", "地震监测"
        },
        new String[] {"生产经营企业", "受灾群众", "社会公众", "居民"}),
    new Sector(
        "市场监督管理局",
        new String[] {"本级", "食品药品检验所", "特种设备检验所", "计量检定测试所"},
        new String[] {
          "食品安全抽检", "特种设备检验", "计量器具检定", "药品安全监管", "市场主体登记服务",
          "知识产权保护", "产品质量监督抽查", "消费维权", "价格监督检查", "广告监测"
        },
        new String[] {"企业", "办事群众", "经营企业", "社会公众"}),
  };

  /** What a project does with its subject; with the subject the project's name. */
  static final String[] ACTIONS = {
    "专项", "补助", "建设", "运行维护", "能力提升", "保障经费", "改造提升", "购买服务", "宣传培训",
    "信息化建设", "监督检查", "工作经费"
  };

  static final String[] PHASES = {"（一期）", "（二期）", "（三期）", "（续建）", "（新建）"};

  /** Suffixes of indicator names, by what the value measures. */
  static final String[] COUNT_NAMES = {"数量", "完成数量", "个数", "项目数"};
  static final String[] PERSON_NAMES = {"受益人数", "服务人数", "覆盖人数"};
  static final String[] TIMES_NAMES = {"开展次数", "检查次数", "组织次数"};
  static final String[] REPORT_NAMES = {"报告数量", "成果数量", "方案数量"};
  static final String[] DEVICE_NAMES = {"设备数量", "购置数量", "配备数量"};
  static final String[] AREA_NAMES = {"面积", "覆盖面积", "治理面积"};
  static final String[] LENGTH_NAMES = {"长度", "里程", "治理长度"};
  static final String[] TIME_NAMES = {"办理时限", "工作周期", "响应时间"};
  static final String[] RATE_QUANTITY = {"覆盖率", "完成率", "任务完成率"};
  static final String[] RATE_QUALITY = {"合格率", "达标率", "准确率", "验收合格率"};
  static final String[] RATE_TIMELINESS = {"完成及时率", "按时完成率", "办结及时率"};
  static final String[] RATE_EFFECT = {"知晓率", "使用率", "改善率", "受益覆盖率"};
  static final String[] COST_NAMES = {"项目成本", "经费支出", "实施成本", "运行成本"};
  static final String[] DEADLINE_NAMES = {"完成时限", "完成时间", "实施期限"};
  static final String[] QUALITY_NAMES = {"成果质量", "工作质量", "服务质量"};
  static final String[] SOCIAL_NAMES = {"服务水平", "保障能力", "社会效益", "群众获得感"};
  static final String[] ECONOMIC_NAMES = {"带动相关产业发展", "经济效益", "降低群众负担"};
  static final String[] ECOLOGY_NAMES = {"生态环境改善", "资源节约利用", "环境质量"};
  static final String[] SUSTAINABLE_NAMES = {"长效管理机制", "可持续运行", "持续发挥作用"};

  /** Short graded levels: targets the review accepts (Q1's graded levels). */
  static final String[] GRADED = {
    "巩固提升", "持续提升", "有效保障", "合格", "良好", "明显改善", "稳定运行", "逐步完善", "达标",
    "显著提升", "持续发挥作用", "有效提升"
  };

  /** Values that set no target (Q1). */
  static final String[] VAGUE = {
    "达到预期目标", "达到既定目标", "取得一定效果", "按项目要求完成", "为相关工作提供支撑"
  };

  static final String[] RELATIVE = {"≥上年", "较上年提高", "与上年持平", "较上年有所提升", "不低于上年"};

  static final String[] STANDARDS = {"技术规范", "质量标准", "检验规程", "建设标准"};

  static final String[] BASES = {
    "年度工作计划", "行业标准", "历史数据", "财政预算批复文件", "相关政策文件", "项目实施方案"
  };

  static final String[] GOAL_EFFECTS = {
    "提升公共服务水平", "保障工作有序开展", "改善群众生产生活条件", "推动相关领域高质量发展",
    "筑牢安全底线", "提高资金使用效益"
  };

  static final String[] OVERALL_MEASURES = {
    "完善制度建设", "加强支出管理", "开展绩效运行监控", "做好绩效自评", "强化结果应用"
  };

  static final String[] SHORTFALL_NOTES = {
    "合同签订时间晚于计划，资金支付相应延后",
    "受天气影响施工进度滞后，已调整工期安排",
    "部分采购项目流标后重新组织，支出进度偏慢",
    "项目按进度分期支付，尾款待验收后支付",
    "实际需求少于年初预计，结余资金按规定收回"
  };

  static final String[] MISSED_NOTES = {
    "受客观条件影响未全部完成，剩余任务转入下年度",
    "服务对象需求变化，实际完成量低于计划",
    "部分工作因上级政策调整暂缓实施"
  };
}
