/**
 * The identity rows of a form: `项目名称¦社保工作专项经费`, `主管部门¦…¦实施单位¦…`. A label's value is
 * the next filled cell or the rest of its own cell (`实施单位 济源市社会劳动保障管理局`).
 */
export const IDENTITY_LABEL = {
  name: "项目名称",
  department: "主管部门",
  implementer: "实施单位",
} as const;

/** Every wording of the project's name label (`项目全称¦…`): a ProjectNameRow, the form's 项目名称. */
export const PROJECT_NAME_WORDS: readonly string[] = [IDENTITY_LABEL.name, "项目全称"];

/** `owner`: the unit a form is about or filed by (`部门（单位）名称`, `编制单位:`) — a department-wide
 *  form's department, a project form's extra. */
export type IdentityField = keyof typeof IDENTITY_LABEL | "owner";

/**
 * Every wording of an identity label, by its text with white space removed, tried in order; the
 * label may carry its value after it in the same cell (`实施单位 济源…`, `编制单位：…`).
 */
export const IDENTITY_WORDS: ReadonlyArray<readonly [label: string, field: IdentityField]> = [
  ...PROJECT_NAME_WORDS.map((w) => [w, "name"] as const),
  [IDENTITY_LABEL.department, "department"],
  [IDENTITY_LABEL.implementer, "implementer"],
  // The national template's `主管部门及代码¦[101]某县交通局`: the label, not a value `及代码`.
  ["主管部门及代码", "department"],
  ["实施单位及代码", "implementer"],
  ["项目单位", "implementer"],
  ["项目实施单位", "implementer"],
  // Other provinces' wordings of the same two labels.
  ["项目主管部门", "department"],
  ["主管单位", "department"],
  ["项目执行单位", "implementer"],
  ["执行单位", "implementer"],
  ["资金使用单位", "implementer"],
  ["使用单位", "implementer"],
  ["用款单位", "implementer"],
  ["项目承担单位", "implementer"],
  ["承担单位", "implementer"],
  ["项目负责单位", "implementer"],
  ["实施部门", "implementer"],
  ["预算单位", "implementer"],
  ["预算部门", "department"],
  ["部门（单位）名称", "owner"],
  ["部门(单位)名称", "owner"],
  ["部门名称", "owner"],
  ["单位名称", "owner"],
  ["编制单位", "owner"],
  ["填报单位", "owner"],
  ["被评价单位", "owner"],
  ["被评价部门", "owner"],
  ["评价对象", "owner"],
  ["部门", "owner"],
  ["单位", "owner"],
];

/** The owner labels that open an identity row by themselves, by label key (`单位：万元` opens none). */
export const OWNER_ROW_WORDS: readonly string[] = ["部门(单位)名称", "部门名称", "单位名称", "部门", "单位", "部门(单位)", "被评价单位", "被评价部门", "评价对象"];
