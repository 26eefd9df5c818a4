// One cell per line → rows: a region is found by its header words, its rows rebuilt to the
// header's width, each cell keeping its source line; an ordinary TAB dump passes unchanged.
import { describe, expect, it } from "vitest";
import type { Line } from "../../src/lines/model.js";
import { readLines } from "../../src/lines/read-lines.js";
import { rebuildRows } from "../../src/lines/rebuild-rows.js";

/** Each table line as its cells joined by `¦`, text lines as `text:…`. */
function shape(lines: readonly Line[]): string[] {
  return lines.map((l) => (l.kind === "table" ? l.row.cells.map((c) => c.text).join("¦") : l.kind === "text" ? `text:${l.text}` : "blank"));
}

const CASES: Array<{ name: string; text: string; rows: string[]; codes: string[] }> = [
  {
    name: "rows ended by lines of TABs (09a)",
    text: "一级指标\t\n二级指标\t\n三级指标\t\n年度指标值\t\n实际完成值\t\n分值\t\n得分\t\n\t\t\t\t\t\t\n产出指标\t\n数量指标\t\n体检人数\t\n≥8000人\t\n8350人\t\n30\t\n30\t\n\t\t\t\t\t\t\n总分\t\n100\t\n95.50\t",
    rows: ["一级指标¦二级指标¦三级指标¦年度指标值¦实际完成值¦分值¦得分", "产出指标¦数量指标¦体检人数¦≥8000人¦8350人¦30¦30", "总分¦¦¦¦¦100¦95.50"],
    codes: ["rows-rebuilt"],
  },
  {
    name: "no TABs, no row ends and a header word split over two lines (09b)",
    text: "项目名称\n种植基地补助\n一级指标\n二级指标\n三级指标\n年度\n指标值\n实际\n完成值\n分值\n得分\n产出指标\n数量指标\n基地面积\n≥3000亩\n3200亩\n40\n40\n效益指标\n经济效益指标\n农户增收\n≥1500元/户\n1380元/户\n30\n25",
    rows: [
      "项目名称¦种植基地补助",
      "一级指标¦二级指标¦三级指标¦年度指标值¦实际完成值¦分值¦得分",
      "产出指标¦数量指标¦基地面积¦≥3000亩¦3200亩¦40¦40",
      "效益指标¦经济效益指标¦农户增收¦≥1500元/户¦1380元/户¦30¦25",
    ],
    codes: ["rows-rebuilt"],
  },
  {
    name: "a row whose 一级指标 was merged into the row above starts at its 二级指标",
    text: "一级指标\t\n二级指标\t\n指标名称\t\n目标值\t\n实际完成值\t\n产出指标\t\n数量指标\t\n人数\t\n100\t\n120\t\n质量指标\t\n合格率\t\n95%\t\n97%\t",
    rows: ["一级指标¦二级指标¦指标名称¦目标值¦实际完成值", "产出指标¦数量指标¦人数¦100¦120", "¦质量指标¦合格率¦95%¦97%"],
    codes: ["rows-rebuilt"],
  },
  {
    name: "a 部门决算 table in paragraphs: halves, column heads, 栏次 and rows of six (04)",
    text: "公开01表\t\n部门:某中心\t\n收入\t\n支出\t\n项目\t\n行次\t\n金额\t\n项目\t\n行次\t\n金额\t\n栏次\t\n1\t\n栏次\t\n2\t\n一、财政拨款收入\t\n1\t\n440.55\t\n一、一般公共服务支出\t\n29\t\n423.20\t",
    rows: [
      "text:公开01表",
      "text:部门:某中心",
      "收入¦¦¦支出¦¦",
      "项目¦行次¦金额¦项目¦行次¦金额",
      "栏次¦¦1¦栏次¦¦2",
      "一、财政拨款收入¦1¦440.55¦一、一般公共服务支出¦29¦423.20",
    ],
    codes: ["rows-rebuilt"],
  },
  {
    name: "a funds table and 年度总体目标 one cell per line, an empty cell's line after the label",
    text: "项目资金（万元）\t\n\t\n年初预算数\t\n全年预算数\t\n全年执行数\t\n分值\t\n执行率\t\n得分\t\n\t\n年度资金总额\t\n10\t\n10\t\n9.5\t\n10\t\n95%\t\n9.5\t\n\t\n年度总体目标\t\n预期目标\t\n实际完成情况\t\n\t\n开展活动50次\t\n开展活动52次\t",
    rows: [
      "项目资金（万元）¦年初预算数¦全年预算数¦全年执行数¦分值¦执行率¦得分",
      "年度资金总额¦10¦10¦9.5¦10¦95%¦9.5",
      "年度总体目标¦预期目标¦实际完成情况",
      "¦开展活动50次¦开展活动52次",
    ],
    codes: ["rows-rebuilt", "rows-rebuilt"],
  },
  {
    name: "a funds table with part rows and no TABs, ended by the goals label",
    text: "资金情况（万元）\n年初预算\n调整预算\n实际支出\n年度资金总额\n120\n100\n90\n其中：财政拨款\n120\n100\n90\n年度绩效目标\n预期目标\n实际完成情况\n完成绿化养护\n已完成",
    rows: [
      "资金情况（万元）¦年初预算¦调整预算¦实际支出",
      "年度资金总额¦120¦100¦90",
      "其中：财政拨款¦120¦100¦90",
      "年度绩效目标¦预期目标¦实际完成情况",
      "¦完成绿化养护¦已完成",
    ],
    codes: ["rows-rebuilt", "rows-rebuilt"],
  },
  {
    name: "a funds table whose total is 合计, then the form's 总分 right after it (no indicators)",
    text: "项目资金（万元）\t\n年初预算数\t\n全年预算数\t\n全年执行数\t\n分值\t\n执行率\t\n得分\t\n\t\n合计\t\n800\t\n800\t\n760\t\n10\t\n95%\t\n9.5\t\n\t\n1.财政拨款\t\n800\t\n800\t\n760\t\n\t\n总分\t\n100\t\n98\t",
    rows: [
      "项目资金（万元）¦年初预算数¦全年预算数¦全年执行数¦分值¦执行率¦得分",
      "合计¦800¦800¦760¦10¦95%¦9.5",
      "1.财政拨款¦800¦800¦760",
      "总分¦100¦98",
    ],
    codes: ["rows-rebuilt"],
  },
  {
    name: "an indicator table whose 总分 row is labelled 自评得分",
    text: "一级指标\n二级指标\n三级指标\n分值\n指标值\n实际值\n得分\n产出指标\n数量指标\n新增绿地\n30\n2万平方米\n2.1万平方米\n30\n自评得分\n100\n99",
    rows: ["一级指标¦二级指标¦三级指标¦分值¦指标值¦实际值¦得分", "产出指标¦数量指标¦新增绿地¦30¦2万平方米¦2.1万平方米¦30", "自评得分¦¦¦100¦¦¦99"],
    codes: ["rows-rebuilt"],
  },
  {
    name: "a labelled line of the form's own (项目负责人 / 张三) before a rebuilt table, paired as identity is",
    text: "项目名称\t\n道路建设\t\n项目负责人\t\n张三\t\n\t\n一级指标\t\n二级指标\t\n三级指标\t\n分值\t\n得分\t\n\t\n产出指标\t\n数量指标\t\n里程\t\n40\t\n38\t",
    rows: ["项目名称¦道路建设", "项目负责人¦张三", "blank", "一级指标¦二级指标¦三级指标¦分值¦得分", "产出指标¦数量指标¦里程¦40¦38"],
    codes: ["rows-rebuilt"],
  },
  {
    name: "a 年度主要任务 table: its label, its headings, then each task's cells",
    text: "年度主要任务\t\n任务名称\t\n主要内容\t\n预算金额（万元）\t\n\t\n农民培训\t\n开展高素质农民培训\t\n500\t\n\t\n农田建设\t\n建设高标准农田\t\n300\t\n\t\n年度总体目标\t",
    rows: ["年度主要任务¦任务名称¦主要内容¦预算金额（万元）", "¦农民培训¦开展高素质农民培训¦500", "¦农田建设¦建设高标准农田¦300", "text:年度总体目标"],
    codes: ["rows-rebuilt"],
  },
  {
    name: "a 资金管理情况 table, rows ended by lines of TABs, a sentence in a cell (003 lines 817–821 one cell per line)",
    text: "资金管理情况\t\n情况说明\t\n分值\t\n得分\t\n存在问题和改进措施\t\n\t\n安排科学性\t\n按照部门预算编制和资金管理方法的要求,对该项目进行了项目论证、评审、立项等程序。\t\n5\t\n4\t\n开展一次鉴定活动所需费用约为两万元,存在资金不足的情况。\t\n\t\n拨付合规性\t\n严格按照国库集中支付制度有关规定支付资金。\t\n5\t\n5\t\n\t\n年度总体目标\t",
    rows: [
      "资金管理情况¦情况说明¦分值¦得分¦存在问题和改进措施",
      "安排科学性¦按照部门预算编制和资金管理方法的要求,对该项目进行了项目论证、评审、立项等程序。¦5¦4¦开展一次鉴定活动所需费用约为两万元,存在资金不足的情况。",
      "拨付合规性¦严格按照国库集中支付制度有关规定支付资金。¦5¦5",
      "text:年度总体目标",
    ],
    codes: ["rows-rebuilt"],
  },
  {
    name: "a 资金管理情况 table with no row ends, its items headed 管理内容 / 评价要点: rows as wide as the heads",
    text: "资金管理情况\n评价要点\n分值\n得分\n存在问题\n使用规范性\n未出现截留、挤占、挪用等问题。\n5\n5\n无\n预算绩效管理情况\n开展了绩效监控。\n5\n4\n监控不够及时\n一级指标\n二级指标\n三级指标\n分值\n产出指标\n数量指标\n人数\n40",
    rows: [
      "资金管理情况¦评价要点¦分值¦得分¦存在问题",
      "使用规范性¦未出现截留、挤占、挪用等问题。¦5¦5¦无",
      "预算绩效管理情况¦开展了绩效监控。¦5¦4¦监控不够及时",
      "一级指标¦二级指标¦三级指标¦分值",
      "产出指标¦数量指标¦人数¦40",
    ],
    codes: ["rows-rebuilt", "rows-rebuilt"],
  },
  {
    name: "a funds table whose rows, ended by lines of TABs, hold a value the heads lack (003 lines 811–815 one cell per line)",
    text: "项目资金(万元)\t\n年初预算数\t\n全年预算数\t\n全年执行数\t\n分值\t\n执行率 %\t\n得分\t\n\t\n年度资金总额(万元):\t\n7\t\n6\t\n6\t\n6\t\n10\t\n100\t\n10\t\n\t\n单位资金\t\n0\t\n0\t\n0\t\n0\t\n-\t\n0\t\n-\t\n\t",
    rows: ["项目资金(万元)¦年初预算数¦全年预算数¦全年执行数¦分值¦执行率%¦得分", "年度资金总额(万元):¦7¦6¦6¦6¦10¦100¦10", "单位资金¦0¦0¦0¦0¦-¦0¦-"],
    codes: ["rows-rebuilt"],
  },
  {
    name: "a funds table whose rows end at lines of TABs, the items' rows shorter than the heads",
    text: "资金来源\t\n年初预算数\t\n全年预算数\t\n全年执行数\t\n分值\t\n执行率\t\n得分\t\n\t\n资金总额\t\n100\t\n100\t\n95\t\n10\t\n95%\t\n9.5\t\n\t\n其中：财政拨款\t\n100\t\n100\t\n95\t\n\t\n自筹资金\t\n0\t\n\t",
    rows: ["资金来源¦年初预算数¦全年预算数¦全年执行数¦分值¦执行率¦得分", "资金总额¦100¦100¦95¦10¦95%¦9.5", "其中：财政拨款¦100¦100¦95", "自筹资金¦0"],
    codes: ["rows-rebuilt"],
  },
  {
    name: "an indicator table going on over a page break with its first column's merged cell again (003 lines 883–886: `绩效指标` at the new page's head)",
    text: "一级指标\t\n二级指标\t\n三级指标\t\n分值\t\n得分\t\n\t\n成本指标\t\n经济成本指标\t\n免学费标准\t\n5\t\n5\t\n\t\n\n绩效指标\t\n社会成本指标\t\n\t\n产出指标\t\n数量指标\t\n补助学生人数\t\n5\t\n4.53\t\n\t",
    rows: ["一级指标¦二级指标¦三级指标¦分值¦得分", "成本指标¦经济成本指标¦免学费标准¦5¦5", "绩效指标¦社会成本指标", "产出指标¦数量指标¦补助学生人数¦5¦4.53"],
    codes: ["rows-rebuilt"],
  },
  {
    name: "an indicator table with no row ends going on over a page break at 绩效指标",
    text: "一级指标\n二级指标\n三级指标\n分值\n得分\n产出指标\n数量指标\n培训人次\n20\n20\n\n绩效指标\n质量指标\n合格率\n20\n18\n效益指标\n社会效益指标\n就业率\n30\n30",
    rows: ["一级指标¦二级指标¦三级指标¦分值¦得分", "产出指标¦数量指标¦培训人次¦20¦20", "绩效指标¦质量指标¦合格率¦20¦18", "效益指标¦社会效益指标¦就业率¦30¦30"],
    codes: ["rows-rebuilt"],
  },
  {
    name: "a 资金管理情况 table going on over a page break (003 lines 1429–1431)",
    text: "资金管理情况\t\n情况说明\t\n分值\t\n得分\t\n存在问题和改进措施\t\n\t\n使用规范性\t\n严格按照文件归档进行审核，严禁超范围发放\t\n5\t\n5\t\n\t\n\n预算绩效管理情况\t\n基本达到预期绩效目标\t\n5\t\n4\t\n\t\n年度总体目标\t",
    rows: ["资金管理情况¦情况说明¦分值¦得分¦存在问题和改进措施", "使用规范性¦严格按照文件归档进行审核，严禁超范围发放¦5¦5", "预算绩效管理情况¦基本达到预期绩效目标¦5¦4", "text:年度总体目标"],
    codes: ["rows-rebuilt"],
  },
  {
    name: "a 资金管理情况 table with no row ends going on over two blank lines",
    text: "资金管理情况\n评价要点\n分值\n得分\n存在问题\n拨付合规性\n按进度拨付。\n5\n5\n无\n\n\n使用规范性\n专款专用。\n5\n5\n无\n年度总体目标",
    rows: ["资金管理情况¦评价要点¦分值¦得分¦存在问题", "拨付合规性¦按进度拨付。¦5¦5¦无", "使用规范性¦专款专用。¦5¦5¦无", "text:年度总体目标"],
    codes: ["rows-rebuilt"],
  },
  {
    name: "a 资金管理情况 table whose heads end a page, the label written again beside the first row on the next (003 lines 1191–1193)",
    text: "资金管理情况\t\n情况说明\t\n分值\t\n得分\t\n存在问题和改进措施\t\n\t\n\n资金管理情况\t\n安排科学性\t\n按照部门预算编制的要求。\t\n5\t\n5\t\n无\t\n\t\n拨付合规性\t\n按进度拨付。\t\n5\t\n5\t\n\t",
    rows: ["资金管理情况¦情况说明¦分值¦得分¦存在问题和改进措施", "资金管理情况¦安排科学性¦按照部门预算编制的要求。¦5¦5¦无", "拨付合规性¦按进度拨付。¦5¦5"],
    codes: ["rows-rebuilt"],
  },
  {
    name: "a 资金管理情况 table with no row ends, its label again after a page break",
    text: "资金管理情况\n评价要点\n分值\n得分\n存在问题\n\n资金管理情况\n使用规范性\n专款专用。\n5\n5\n年度总体目标",
    rows: ["资金管理情况¦评价要点¦分值¦得分¦存在问题", "资金管理情况¦使用规范性¦专款专用。¦5¦5", "text:年度总体目标"],
    codes: ["rows-rebuilt"],
  },
  {
    name: "a target that names a level word, right after its row's name, stays the row's (001 line 25 one cell per line, no row ends)",
    text: "一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n效益指标\n社会效益指标\n办公服务质量\n提升\n提升\n10\n10\n满意度\n服务对象满意度指标\n: 服务对象满意度\n服务对象满意度\n95%\n10\n10\n总分\n100\n100",
    rows: [
      "一级指标¦二级指标¦三级指标¦年度指标值¦实际完成值¦分值¦得分",
      "效益指标¦社会效益指标¦办公服务质量¦提升¦提升¦10¦10",
      "满意度¦服务对象满意度指标¦:服务对象满意度¦服务对象满意度¦95%¦10¦10",
      "总分¦¦¦¦¦100¦100",
    ],
    codes: ["rows-rebuilt"],
  },
  {
    name: "a target that names a level word (社会效益), rows ended by lines of TABs",
    text: "一级指标\t\n二级指标\t\n三级指标\t\n年度指标值\t\n实际完成值\t\n分值\t\n得分\t\n\t\n效益指标\t\n社会效益指标\t\n带动就业\t\n社会效益\t\n显著\t\n10\t\n10\t\n\t\n总分\t\n100\t\n100\t",
    rows: ["一级指标¦二级指标¦三级指标¦年度指标值¦实际完成值¦分值¦得分", "效益指标¦社会效益指标¦带动就业¦社会效益¦显著¦10¦10", "总分¦¦¦¦¦100¦100"],
    codes: ["rows-rebuilt"],
  },
  {
    name: "a name that restates its row's 二级指标 (服务对象满意度指标 → 服务对象满意度) stays the row's name (003 line 953, no row ends)",
    text: "一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n效益指标\n生态效益指标\n满意度指标\n服务对象满意度指标\n服务对象满意度\n≥95%\n98%\n5\n5\n总分\n100\n94.7",
    rows: ["一级指标¦二级指标¦三级指标¦年度指标值¦实际完成值¦分值¦得分", "效益指标¦生态效益指标", "满意度指标¦服务对象满意度指标¦服务对象满意度¦≥95%¦98%¦5¦5", "总分¦¦¦¦¦100¦94.7"],
    codes: ["rows-rebuilt"],
  },
  {
    name: "a name that restates its row's 二级指标 (社会效益指标 → 社会效益), rows ended by lines of TABs",
    text: "一级指标\t\n二级指标\t\n三级指标\t\n分值\t\n得分\t\n\t\n效益指标\t\n社会效益指标\t\n社会效益\t\n20\t\n18\t\n\t",
    rows: ["一级指标¦二级指标¦三级指标¦分值¦得分", "效益指标¦社会效益指标¦社会效益¦20¦18"],
    codes: ["rows-rebuilt"],
  },
  {
    name: "no row ends, a 偏差度 column: a row whose level cells were merged starts at its name, told from a 偏差原因 by what follows (003 lines 946–948, no TABs)",
    text: "一级指标\n二级指标\n三级指标\n年度指标值\n实际完成值\n分值\n得分\n偏差度 %\n偏差原因分析及改进措施\n产出指标\n数量指标\n培训次数\n≥1次\n12次\n3\n1.8\n1070.00%\n指标值设置偏低\n邮寄函\n≥900人次\n80人次\n3\n0.27\n-91.11%\n小马帮忙热线\n4条\n300条\n3\n1.8\n7370.00%\n指标值设置偏低\n总分\n100\n94.7",
    rows: [
      "一级指标¦二级指标¦三级指标¦年度指标值¦实际完成值¦分值¦得分¦偏差度%¦偏差原因分析及改进措施",
      "产出指标¦数量指标¦培训次数¦≥1次¦12次¦3¦1.8¦1070.00%¦指标值设置偏低",
      "¦¦邮寄函¦≥900人次¦80人次¦3¦0.27¦-91.11%",
      "¦¦小马帮忙热线¦4条¦300条¦3¦1.8¦7370.00%¦指标值设置偏低",
      "总分¦¦¦¦¦100¦94.7¦¦",
    ],
    codes: ["rows-rebuilt"],
  },
  {
    name: "no row ends, a 偏差率 column: rows with no 偏差原因, the next starting at its name",
    text: "一级指标\n二级指标\n三级指标\n指标值\n完成值\n分值\n得分\n偏差率\n未完成原因分析\n效益指标\n社会效益指标\n政策知晓率\n≥90%\n95%\n10\n10\n0.00%\n群众满意度\n≥90%\n98%\n10\n10\n0.00%\n总分\n100\n100",
    rows: [
      "一级指标¦二级指标¦三级指标¦指标值¦完成值¦分值¦得分¦偏差率¦未完成原因分析",
      "效益指标¦社会效益指标¦政策知晓率¦≥90%¦95%¦10¦10¦0.00%",
      "¦¦群众满意度¦≥90%¦98%¦10¦10¦0.00%",
      "总分¦¦¦¦¦100¦100¦¦",
    ],
    codes: ["rows-rebuilt"],
  },
  {
    name: "a level word after a row of level cells alone (an empty slot) still opens the next row",
    text: "一级指标\n二级指标\n三级指标\n指标值\n分值\n得分\n成本指标\n经济成本指标\n成本控制率\n≤100%\n10\n10\n社会成本指标\n生态环境成本指标\n满意度指标\n服务对象满意度指标\n群众满意度\n≥90%\n20\n20",
    rows: [
      "一级指标¦二级指标¦三级指标¦指标值¦分值¦得分",
      "成本指标¦经济成本指标¦成本控制率¦≤100%¦10¦10",
      "¦社会成本指标",
      "¦生态环境成本指标",
      "满意度指标¦服务对象满意度指标¦群众满意度¦≥90%¦20¦20",
    ],
    codes: ["rows-rebuilt"],
  },
  {
    name: "a 资金管理情况 table with no row ends whose items leave 存在问题 empty: an item's text after a 得分, a text and a number after it, opens the next row (003 lines 817–821, no TABs)",
    text: "资金管理情况\n情况说明\n分值\n得分\n存在问题和改进措施\n安排科学性\n对该项目进行了项目论证、评审、立项等程序。\n5\n4\n开展一次鉴定活动所需费用约为两万元,存在资金不足的情况。\n拨付合规性\n按照支付申请拨付资金\n5\n5\n使用规范性\n严格按照下达预算的科目和项目执行。\n5\n5\n无\n年度总体目标",
    rows: [
      "资金管理情况¦情况说明¦分值¦得分¦存在问题和改进措施",
      "安排科学性¦对该项目进行了项目论证、评审、立项等程序。¦5¦4¦开展一次鉴定活动所需费用约为两万元,存在资金不足的情况。",
      "拨付合规性¦按照支付申请拨付资金¦5¦5",
      "使用规范性¦严格按照下达预算的科目和项目执行。¦5¦5¦无",
      "text:年度总体目标",
    ],
    codes: ["rows-rebuilt"],
  },
  {
    name: "a 资金管理情况 table with no row ends, no item's 存在问题 written, headed 管理事项 / 情况描述",
    text: "资金管理情况\n情况描述\n分值\n得分\n存在问题\n资金到位\n资金及时到位。\n10\n10\n资金使用\n专款专用。\n10\n9\n年度总体目标",
    rows: ["资金管理情况¦情况描述¦分值¦得分¦存在问题", "资金到位¦资金及时到位。¦10¦10", "资金使用¦专款专用。¦10¦9", "text:年度总体目标"],
    codes: ["rows-rebuilt"],
  },
  {
    name: "a funds label with no heads (a target table): the label opens the first item's row",
    text: "项目资金（万元）\n年度资金总额\n300\n其中：财政拨款\n300\n一级指标\n二级指标\n三级指标\n指标值\n分值\n产出指标\n数量指标\n受益人数\n5000人\n30",
    rows: ["项目资金（万元）¦年度资金总额¦300", "¦其中：财政拨款¦300", "一级指标¦二级指标¦三级指标¦指标值¦分值", "产出指标¦数量指标¦受益人数¦5000人¦30"],
    codes: ["rows-rebuilt", "rows-rebuilt"],
  },
  {
    name: "a department's breakdown after its funds lines: one item per side in each row",
    text: "年度预算资金（万元）\n年初预算数\n全年预算数\n全年执行数\n年度资金总额\n800\n900\n850\n按收入性质分\n按支出性质分\n其中：一般公共预算\n700\n其中：基本支出\n300\n政府性基金预算\n100\n项目支出\n550",
    rows: [
      "年度预算资金（万元）¦年初预算数¦全年预算数¦全年执行数",
      "年度资金总额¦800¦900¦850",
      "按收入性质分¦按支出性质分",
      "其中：一般公共预算¦700¦其中：基本支出¦300",
      "政府性基金预算¦100¦项目支出¦550",
    ],
    codes: ["rows-rebuilt"],
  },
  {
    name: "an indicator table ended by the score stated in prose under it",
    text: "一级指标\n二级指标\n三级指标\n指标值\n完成值\n产出指标\n数量指标\n新建供水工程\n5处\n5处\n综合评价得分98.5分，评价等级为优。",
    rows: ["一级指标¦二级指标¦三级指标¦指标值¦完成值", "产出指标¦数量指标¦新建供水工程¦5处¦5处", "text:综合评价得分98.5分，评价等级为优。"],
    codes: ["rows-rebuilt"],
  },
  {
    name: "a result list one cell per line, a group heading ended by a line of TABs",
    text: "序号\t\n项目名称\t\n主管部门\t\n预算金额（万元）\t\n自评得分\t\n自评等级\t\n\t\n一、县教育局\t\n\t\n1\t\n校舍维修\t\n县教育局\t\n100\t\n96\t\n优\t\n\t",
    rows: ["序号¦项目名称¦主管部门¦预算金额（万元）¦自评得分¦自评等级", "一、县教育局", "1¦校舍维修¦县教育局¦100¦96¦优"],
    codes: ["rows-rebuilt"],
  },
  {
    name: "a result list with no row ends, a row that lost a cell cut at the next 序号",
    text: "序号\n项目名称\n主管部门\n预算金额\n自评得分\n自评等级\n1\n校舍维修\n县教育局\n96\n优\n2\n营养餐\n县教育局\n300\n92\n优",
    rows: ["序号¦项目名称¦主管部门¦预算金额¦自评得分¦自评等级", "1¦校舍维修¦县教育局¦96¦优", "2¦营养餐¦县教育局¦300¦92¦优"],
    codes: ["rows-rebuilt"],
  },
  {
    name: "identity labels left without values and a rule stay rows of the form, not headings (001 one cell per line)",
    text: "某项目支出绩效自评表\n项目名称\t\n劳动仲裁工作经费\t\n\t\n------\t\n\t\n主管部门\t\n实施单位\t\n\t\n一级指标\t\n二级指标\t\n三级指标\t\n分值\t\n得分\t\n\t\n产出指标\t\n数量指标\t\n仲裁案件\t\n40\t\n38\t",
    rows: ["text:某项目支出绩效自评表", "项目名称¦劳动仲裁工作经费", "blank", "------¦", "blank", "主管部门¦", "实施单位¦", "blank", "一级指标¦二级指标¦三级指标¦分值¦得分", "产出指标¦数量指标¦仲裁案件¦40¦38"],
    codes: ["rows-rebuilt"],
  },
  {
    name: "a label written with its value is a line of text and takes no value from the next line; a bare label pairs",
    text: "项目名称\t\n校舍维修\t\n实施单位：某中心\t\n本年度安排资金56.8万元。\t\n一级指标\t\n二级指标\t\n三级指标\t\n分值\t\n得分\t\n\t\n产出指标\t\n数量指标\t\n维修面积\t\n40\t\n38\t",
    rows: ["项目名称¦校舍维修", "text:实施单位：某中心", "text:本年度安排资金56.8万元。", "一级指标¦二级指标¦三级指标¦分值¦得分", "产出指标¦数量指标¦维修面积¦40¦38"],
    codes: ["rows-rebuilt"],
  },
  {
    name: "a group label on a line of text over labelled pairs becomes a row (the Sichuan 项目基本情况, no TABs)",
    text: "项目名称\n城区幼儿园补助\n项目基本情况\n项目属性\n新增项目\n项目期限\n2024年1月至12月\n一级指标\n二级指标\n三级指标\n分值\n得分\n产出指标\n数量指标\n补助人数\n30\n27",
    rows: ["项目名称¦城区幼儿园补助", "项目基本情况", "项目属性¦新增项目", "项目期限¦2024年1月至12月", "一级指标¦二级指标¦三级指标¦分值¦得分", "产出指标¦数量指标¦补助人数¦30¦27"],
    codes: ["rows-rebuilt"],
  },
  {
    name: "an indicator row whose level cells were merged above starts at its name; a numbered heading after the last row ends the table",
    text: "一级指标\n二级指标\n三级指标\n目标值\n实际完成值\n产出指标\n数量指标\n改造小区数量\n8个\n8个\n惠及居民户数\n≥1200户\n1260户\n质量指标\n验收合格率\n100%\n100%\n三、自评结论\n经综合评价，该项目得分92.5分。",
    rows: [
      "一级指标¦二级指标¦三级指标¦目标值¦实际完成值",
      "产出指标¦数量指标¦改造小区数量¦8个¦8个",
      "¦¦惠及居民户数¦≥1200户¦1260户",
      "¦质量指标¦验收合格率¦100%¦100%",
      "text:三、自评结论",
      "text:经综合评价，该项目得分92.5分。",
    ],
    codes: ["rows-rebuilt"],
  },
  {
    name: "a target table's funds written across (items over one row of amounts) and a 年度总体目标 with no heads",
    text: "项目资金（万元）\t\n年度资金总额\t\n其中：财政拨款\t\n其他资金\t\n420.00\t\n420.00\t\n0.00\t\n年度总体目标\t\n开发公益性岗位350个。\t\n一级指标\t\n二级指标\t\n三级指标\t\n指标值\t\n分值\t\n产出指标\t\n数量指标\t\n岗位数量\t\n≥350个\t\n20\t",
    rows: ["项目资金（万元）¦年度资金总额¦其中：财政拨款¦其他资金", "¦420.00¦420.00¦0.00", "年度总体目标¦开发公益性岗位350个。", "一级指标¦二级指标¦三级指标¦指标值¦分值", "产出指标¦数量指标¦岗位数量¦≥350个¦20"],
    codes: ["rows-rebuilt", "rows-rebuilt", "rows-rebuilt"],
  },
  {
    name: "a funds table of two heads, a funds item right after them",
    text: "资金情况\t\n全年预算数（万元）\t\n分值\t\n年度资金总额\t\n680.00\t\n10\t\n一级指标\t\n二级指标\t\n三级指标\t\n权重\t\n年度指标值\t\n产出指标\t\n数量指标\t\n维修学校数量\t\n20\t\n12所\t",
    rows: ["资金情况¦全年预算数（万元）¦分值", "年度资金总额¦680.00¦10", "一级指标¦二级指标¦三级指标¦权重¦年度指标值", "产出指标¦数量指标¦维修学校数量¦20¦12所"],
    codes: ["rows-rebuilt", "rows-rebuilt"],
  },
  {
    name: "a scoring rubric with no row ends: its own level words, an often empty 扣分原因 column",
    text: "一级指标\n二级指标\n三级指标\n权重\n评分标准\n得分\n扣分原因\n决策（15）\n目标设定（8）\n绩效目标合理性\n4\n目标合理得4分。\n4\n绩效指标明确性\n4\n指标明确得4分。\n3\n2项指标未量化\n预算配置（7）\n在职人员控制率\n3\n不超编制得3分。\n3\n过程（35）\n预算执行（20）\n预算完成率\n10\n按完成比例得分。\n9.5",
    rows: [
      "一级指标¦二级指标¦三级指标¦权重¦评分标准¦得分¦扣分原因",
      "决策（15）¦目标设定（8）¦绩效目标合理性¦4¦目标合理得4分。¦4",
      "¦¦绩效指标明确性¦4¦指标明确得4分。¦3¦2项指标未量化",
      "¦预算配置（7）¦在职人员控制率¦3¦不超编制得3分。¦3",
      "过程（35）¦预算执行（20）¦预算完成率¦10¦按完成比例得分。¦9.5",
    ],
    codes: ["rows-rebuilt"],
  },
  {
    name: "a funds table and an indicator table going on over page breaks",
    text: "项目资金\t\n年初预算数\t\n全年预算数\t\n全年执行数\t\n\t\n\n(万元)\t\n年度资金总额\t\n500\t\n500\t\n439.67\t\n\t\n一级指标\t\n二级指标\t\n三级指标\t\n分值\t\n得分\t\n\t\n产出指标\t\n数量指标\t\n人数\t\n\n40\t\n38\t\n\t\n\n质量指标\t\n合格率\t\n30\t\n30\t",
    rows: [
      "项目资金¦年初预算数¦全年预算数¦全年执行数",
      "(万元)",
      "年度资金总额¦500¦500¦439.67",
      "一级指标¦二级指标¦三级指标¦分值¦得分",
      "产出指标¦数量指标¦人数¦40¦38",
      "¦质量指标¦合格率¦30¦30",
    ],
    codes: ["rows-rebuilt", "rows-rebuilt"],
  },
  {
    name: "年度总体目标 whose goals are paragraphs longer than a cell",
    text: `年度总体目标\n预期目标\n实际完成情况\n${"按照上级要求及时发放失业动态监测联络员的工作补贴，".repeat(3)}\n${"按时完成退休人员的社会化管理工作，".repeat(3)}\n一级指标\n二级指标\n三级指标\n分值\n得分\n产出指标\n数量指标\n人数\n40\n38`,
    rows: [
      "年度总体目标¦预期目标¦实际完成情况",
      `¦${"按照上级要求及时发放失业动态监测联络员的工作补贴，".repeat(3)}¦${"按时完成退休人员的社会化管理工作，".repeat(3)}`,
      "一级指标¦二级指标¦三级指标¦分值¦得分",
      "产出指标¦数量指标¦人数¦40¦38",
    ],
    codes: ["rows-rebuilt", "rows-rebuilt"],
  },
  {
    name: "a 部门决算 table whose header rows end in lines of TABs and whose rows lost an empty amount",
    text: "收入\t\n支出\t\n\t\n项目\t\n行次\t\n金额\t\n项目\t\n行次\t\n金额\t\n\t\n一、财政拨款收入\t\n1\t\n1,234.56\t\n一、一般公共服务支出\t\n31\t\n\t\n二、上级补助收入\t\n2\t\n12.00\t\n二、教育支出\t\n32\t\n1,200.00\t\n\t",
    rows: ["收入¦¦¦支出¦¦", "项目¦行次¦金额¦项目¦行次¦金额", "一、财政拨款收入¦1¦1,234.56¦一、一般公共服务支出¦31¦", "二、上级补助收入¦2¦12.00¦二、教育支出¦32¦1,200.00"],
    codes: ["rows-rebuilt"],
  },
  {
    name: "an ordinary TAB dump, its padding lines of TABs included, is left as it is",
    text: "项目名称\t\t社保经费\n\t\t\t\t\n一级指标\t二级指标\t三级指标\t年度指标值\n产出指标\t数量指标\t人数\t100",
    rows: ["项目名称¦¦社保经费", "blank", "一级指标¦二级指标¦三级指标¦年度指标值", "产出指标¦数量指标¦人数¦100"],
    codes: [],
  },
];

describe("rebuildRows", () => {
  it.each(CASES)("rebuilds $name", ({ text, rows, codes }) => {
    const result = rebuildRows(readLines(text));
    expect(shape(result.lines)).toEqual(rows);
    expect(result.diagnostics.map((d) => d.code)).toEqual(codes);
  });

  it("keeps each rebuilt cell's source line and gives the row its first cell's line", () => {
    const text = "一级指标\t\n二级指标\t\n三级指标\t\n产出指标\t\n数量指标\t\n人数\t";
    const { lines, diagnostics } = rebuildRows(readLines(text));
    const row = lines[1];
    expect(row?.kind === "table" && row.row.cells.map((c) => c.line)).toEqual([4, 5, 6]);
    expect(row?.line).toBe(4);
    expect(diagnostics[0]).toMatchObject({ code: "rows-rebuilt", severity: "info", line: 1 });
    expect(diagnostics[0]?.message).toContain("lines 1–6");
    expect(diagnostics[0]?.message).toContain("of 3 cells");
  });

  it("reads a line of only TABs as an empty row, not a page break", () => {
    const [line] = readLines("\t\t\t\t\t\t");
    expect(line).toEqual({ kind: "blank", line: 1, emptyRow: true });
    expect(readLines("\n")[0]).toEqual({ kind: "blank", line: 1 });
  });
});
