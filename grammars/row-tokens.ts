/**
 * The row-level vocabulary the document parser reads. Each line of a dump becomes one of these
 * after its cells are matched against the label vocabulary (`src/document/classify-row.ts`).
 * They have no pattern of their own: they are categories assigned to whole rows.
 */
import type { TokenType } from "chevrotain";
import { chevrotain } from "./chevrotain.js";

const { createToken, Lexer } = chevrotain;

const row = (name: string, categories: TokenType[] = []): TokenType =>
  createToken({ name, pattern: Lexer.NA, categories });

// ---- text lines -------------------------------------------------------------------------

/** Any line without TAB. */
export const Text = row("Text");
/** A form title: `社保工作专项经费项目支出绩效自评表`, `项目单位自评表`. */
export const FormTitle = row("FormTitle", [Text]);
/** A year line: `（2024 年度）`. */
export const Year = row("Year", [Text]);
/** A 部门决算 table code: `公开01表`. */
export const TableCode = row("TableCode", [Text]);
/** One or more empty lines: where the original had a page break. */
export const PageBreak = row("PageBreak");

// ---- table rows ---------------------------------------------------------------------------

/** Any line with TAB. */
export const TableRow = row("TableRow");
/** Cells of dashes under a short row: `------\t----------`. */
export const RuleRow = row("RuleRow", [TableRow]);
/** `项目名称\t\t社保工作专项经费\t…` */
export const ProjectNameRow = row("ProjectNameRow", [TableRow]);
/** `主管部门\t\t承德县人力资源和社会保障局\t\t\t实施单位\t承德县社会保险事业管理局` */
export const IdentityRow = row("IdentityRow", [TableRow]);
/** `项目资金 (万元)\t\t\t年初预算数\t全年预算\t全年执行\t分值\t执行率\t得分` */
export const FundsHeaderRow = row("FundsHeaderRow", [TableRow]);
/** `\t年度资金总额\t\t8.89\t8.89\t3.49\t10 分\t39.25%\t3.9` */
export const FundsRow = row("FundsRow", [TableRow]);
/** `资金管理情况\t\t情况说明\t\t分值\t得分\t存在问题和改进措施` */
export const ManagementHeaderRow = row("ManagementHeaderRow", [TableRow]);
/** `年度 总体 目标\t预期目标\t\t\t\t实际完成情况` */
export const GoalsHeaderRow = row("GoalsHeaderRow", [TableRow]);
/** `绩效 指标\t一级指标\t二级指标\t三级指标\t年度 指标值\t…` */
export const IndicatorHeaderRow = row("IndicatorHeaderRow", [TableRow]);
/** An indicator row carrying the section label, where no header row precedes it (003 line 1683):
 *  `绩效指标\t成本指标\t经济成本指标\t鉴定补贴标准\t100-380元\t181元\t10\t10\t0.00%` */
export const IndicatorLabelRow = row("IndicatorLabelRow", [TableRow]);
/** `总分\t\t\t\t\t100\t93.9` */
export const TotalRow = row("TotalRow", [TableRow]);
/** `评价结论\t项目完成年度目标…`, `项目负责人：刘建国\t联系电话：…`: labelled values of the form (its `extra`). */
export const ExtraRow = row("ExtraRow", [TableRow]);
/** `序号\t项目名称\t项目实施单位\t预算数（调整后）\t…` — the header of a summary or result list. */
export const ListHeaderRow = row("ListHeaderRow", [TableRow]);
/** Any other table row: values, continuation rows, sub-headers. */
export const DataRow = row("DataRow", [TableRow]);
/**
 * A heading between two parts of a form, a line of its own or a row of one cell (a cell spanning
 * the table): `三、绩效指标完成情况`, `二、绩效目标完成情况¦¦` (src/document/part-heading.ts). It heads
 * what follows and holds no value.
 */
export const PartHeading = row("PartHeading");

export const rowTokens: TokenType[] = [
  Text,
  FormTitle,
  Year,
  TableCode,
  PageBreak,
  TableRow,
  RuleRow,
  ProjectNameRow,
  IdentityRow,
  FundsHeaderRow,
  FundsRow,
  ManagementHeaderRow,
  GoalsHeaderRow,
  IndicatorHeaderRow,
  IndicatorLabelRow,
  TotalRow,
  ExtraRow,
  ListHeaderRow,
  DataRow,
  PartHeading,
];
