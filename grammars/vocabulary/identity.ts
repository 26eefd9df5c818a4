/**
 * The identity rows of a form: `项目名称¦社保工作专项经费`, `主管部门¦…¦实施单位¦…`. A label's value is
 * the next filled cell or the rest of its own cell (`实施单位 济源市社会劳动保障管理局`).
 */
export const IDENTITY_LABEL = {
  name: "项目名称",
  department: "主管部门",
  implementer: "实施单位",
} as const;
export type IdentityField = keyof typeof IDENTITY_LABEL;
