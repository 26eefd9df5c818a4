/**
 * 部门整体支出绩效自评表: a department-wide form, the project form's parts about a department. Its
 * title names it, or it names a unit (部门（单位）名称) and no 项目名称.
 */
export const DEPARTMENT_TITLE_WORDS: readonly string[] = ["部门整体支出", "部门整体绩效", "单位整体支出", "部门整体"];

/** The rows that break a department's funds down: `按收入性质分¦金额¦按支出性质分¦金额`. */
export const FUNDS_BREAKDOWN = { byIncome: "按收入性质分", byExpenditure: "按支出性质分" } as const;
/** The 金额 column beside each breakdown label. */
export const BREAKDOWN_AMOUNT_LABEL = "金额";
