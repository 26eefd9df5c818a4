/**
 * What a cell's text says — its amount, its level word, its label vocabulary — read at most once
 * per cell. Recognisers ask the same cell the same questions many times (every field of an
 * alignment asks for its amount and whether it is a level word); the answers hang on the cell, so
 * each further question is a property load instead of a lookup by text. Facts are shared by every
 * cell of the same text (one lookup per cell, bounded by `boundedMemo`) and computed lazily,
 * field by field.
 */
import { labelKey, type Level1 } from "../../grammars/labels.js";
import { boundedMemo } from "../bounded-memo.js";
import { canonicalLevel1, canonicalLevel2 } from "../normalize/canonical-level.js";
import { normalizeText } from "../normalize/normalize-text.js";
import { parseAmount, type ParsedAmount } from "../normalize/parse-amount.js";
import { fundsHeaderFieldOf, fundsItemOf, readTraits, type FundsHeaderField, type FundsItem } from "./cell-vocabulary.js";
import type { Cell } from "./model.js";

const UNKNOWN = Symbol("unknown");
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD_CHARACTER = /[A-Za-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

export class TextFacts {
  private amountValue: ParsedAmount | undefined = undefined;
  private level1Value: Level1 | undefined | typeof UNKNOWN = UNKNOWN;
  private level2Value: string | undefined | typeof UNKNOWN = UNKNOWN;
  private labelKeyValue: string | undefined = undefined;
  private traitsValue = -1;
  /** Bit 1: known; bit 2: filler; bit 4: wordy. */
  private shapeBits = 0;
  private fundsItemValue: FundsItem | undefined | typeof UNKNOWN = UNKNOWN;
  private fundsHeaderFieldValue: FundsHeaderField | undefined | typeof UNKNOWN = UNKNOWN;

  constructor(readonly text: string) {}

  get amount(): ParsedAmount {
    return (this.amountValue ??= parseAmount(this.text));
  }

  /** The canonical 一级指标 the text names (canonical-level.ts), if any. */
  get level1(): Level1 | undefined {
    if (this.level1Value === UNKNOWN) this.level1Value = canonicalLevel1(this.text);
    return this.level1Value;
  }

  /** The canonical 二级指标 the text names, if any. */
  get level2(): string | undefined {
    if (this.level2Value === UNKNOWN) this.level2Value = canonicalLevel2(this.text);
    return this.level2Value;
  }

  /** `labelKey(text)`: the text as a label is compared. */
  get labelKey(): string {
    return (this.labelKeyValue ??= labelKey(this.text));
  }

  /** The label-vocabulary trait bits row classification counts (cell-vocabulary.ts). */
  get traits(): number {
    if (this.traitsValue < 0) this.traitsValue = readTraits(this.text);
    return this.traitsValue;
  }

  /** The funds item the text names (`其中：财政拨款` → fiscal), if any. */
  get fundsItem(): FundsItem | undefined {
    if (this.fundsItemValue === UNKNOWN) this.fundsItemValue = fundsItemOf(this.text);
    return this.fundsItemValue;
  }

  /** The funds column the text names (`全年预算数（A）` → budget), if any. */
  get fundsHeaderField(): FundsHeaderField | undefined {
    if (this.fundsHeaderFieldValue === UNKNOWN) this.fundsHeaderFieldValue = fundsHeaderFieldOf(this.text);
    return this.fundsHeaderFieldValue;
  }

  /** Only dots or punctuation (`.....`): no letter or digit anywhere. */
  get filler(): boolean {
    return (this.shapes() & 2) !== 0;
  }

  /** Holds a Latin letter or a CJK ideograph: text that can name something. */
  get wordy(): boolean {
    return (this.shapes() & 4) !== 0;
  }

  private shapes(): number {
    if (this.shapeBits === 0) {
      this.shapeBits = 1 | (LETTER_OR_DIGIT.test(this.text) ? 0 : 2) | (WORD_CHARACTER.test(this.text) ? 4 : 0);
    }
    return this.shapeBits;
  }

  /** A 一级 or 二级 level word. */
  get isLevelWord(): boolean {
    return this.level1 !== undefined || this.level2 !== undefined;
  }
}

/** The facts of a text: one object per distinct text, shared by its cells. */
export const factsOfText = boundedMemo((text) => new TextFacts(text));

/**
 * The facts of a cell as written (`raw`, between TABs), whose `text` is `normalizeText(raw)`: the
 * line reader's one lookup per cell, which both normalises the text and attaches its facts.
 */
export const factsOfRaw = boundedMemo((raw) => new TextFacts(normalizeText(raw)));

/** What a cell holds in `facts` until first asked: a TextFacts, so the field never changes kind. */
export const FACTS_UNREAD: TextFacts = new TextFacts("");

export function factsOf(cell: Cell): TextFacts {
  const facts = cell.facts;
  if (facts !== undefined && facts !== FACTS_UNREAD) return facts;
  return (cell.facts = factsOfText(cell.text));
}

/** `labelKey(cell.text)`, read once per cell. */
export function labelKeyOf(cell: Cell): string {
  return factsOf(cell).labelKey;
}

/** `parseAmount(cell.text)`, read once per cell. */
export function amountOf(cell: Cell): ParsedAmount {
  return factsOf(cell).amount;
}
