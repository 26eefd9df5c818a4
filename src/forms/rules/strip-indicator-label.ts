/**
 * Removes the slot label a template leaves in front of an indicator name (the SPEC's `name` is
 * written without it, so this is no repair and reports nothing):
 *   `指标 1: 发放人数，按人数发放率` → `发放人数，按人数发放率`   `指标1：满意率` → `满意率`
 *   `: 服务对象满意度` → `服务对象满意度`   `指标 2:` → `` (an empty template slot)
 *   `指标 1 在全县机关事业单位统一部署` → `在全县机关事业单位统一部署`
 */
import { SLOT_NUMERALS, SLOT_WORD } from "../../../grammars/vocabulary/index.js";

const SLOT_LABEL = new RegExp(`^(?:${SLOT_WORD}\\s*[${SLOT_NUMERALS}]{1,2}\\s*[:：.、]?|[:：])\\s*`);

export function stripIndicatorLabel(name: string): string {
  return name.replace(SLOT_LABEL, "").trim();
}
