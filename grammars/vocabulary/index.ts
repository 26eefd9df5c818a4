/**
 * The one vocabulary of pe-parse: every Chinese label, synonym, unit word and level name the
 * parser knows, as data, one file per section. The row classifier and the recognisers read the
 * same tables, and the schema's enums are derived from them; a province's new wording is one
 * line in its section's table.
 */
export * from "./wording.js";
export * from "./label-key.js";
export * from "./units.js";
export * from "./titles.js";
export * from "./identity.js";
export * from "./funds.js";
export * from "./management.js";
export * from "./goals.js";
export * from "./indicators.js";
export * from "./lists.js";
export * from "./final-accounts.js";
export * from "./extra.js";
export * from "./department.js";
export * from "./row-labels.js";
export * from "./known-labels.js";
export * from "./layout.js";
export * from "./form-signs.js";
export * from "./prose.js";
export * from "./page-marks.js";
