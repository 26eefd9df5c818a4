/**
 * What a cell's text says — its amount, its level word, which label of the vocabulary it is —
 * read once per distinct text, when its line is read (whether it is a known label, which only label
 * cells ask, on first asking). Recognisers ask the same cell the same
 * questions many times (every field of an alignment asks for its amount and whether it is a level
 * word): the answers are fields of the cell's facts. Texts repeat heavily (labels on every form,
 * `0`, `-`, `100%`), so facts are shared by every cell of the same text through one memo
 * (memo.ts): the only cache of the parse.
 */
import {
  FUNDS_HEADER_WORDS,
  FUNDS_ITEM_WORDS,
  GOALS_HEADER_WORDS,
  INDICATOR_HEADER_WORDS,
  MANAGEMENT_HEADER_WORDS,
  IDEOGRAPH,
  LEVEL1,
  LEVEL1_VARIANTS,
  LEVEL2,
  LEVEL2_VARIANTS,
  ROW_LABEL_WORDS,
  everyWordingHasIdeograph,
  itemKey,
  hasExactWording,
  isKnownLabel,
  headerKey,
  mayEndTitle,
  TITLE_MAX_LENGTH,
  labelKey,
  lookup,
  type FundsField,
  type FundsItem,
  type GoalsField,
  type IndicatorField,
  type Level1,
  type Level2,
  type ManagementField,
  type RowLabel,
} from "../../grammars/vocabulary/index.js";
import { boundedMemo } from "./memo.js";
import { normalizeText } from "./normalize-text.js";
import { parseAmount, type ParsedAmount } from "./parse-amount.js";
import { level1OfKey, level2OfKey, stripTrailingWeight } from "./read-level.js";

/**
 * Whether a key without an ideograph (a number, a dash, `100%`) can be skipped past every label
 * table: true when each wording and level name the facts look up holds one. Most distinct texts
 * are such values.
 */
const LABELS_NEED_IDEOGRAPH =
  everyWordingHasIdeograph([ROW_LABEL_WORDS, FUNDS_ITEM_WORDS, FUNDS_HEADER_WORDS, INDICATOR_HEADER_WORDS, GOALS_HEADER_WORDS, MANAGEMENT_HEADER_WORDS]) &&
  [...LEVEL1, ...Object.keys(LEVEL2), ...Object.keys(LEVEL1_VARIANTS), ...Object.keys(LEVEL2_VARIANTS)].every((w) => IDEOGRAPH.test(w));

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/**
 * Texts that settle `filler` without LETTER_OR_DIGIT, whose Unicode classes take milliseconds to
 * compile on first use (a one-file run's largest start-up cost in the facts): one with a Latin
 * letter, a digit or an ideograph is no filler; one of only ASCII punctuation and the dots, dashes
 * and ellipses dumps write (none a letter or digit) is one.
 */
const PLAIN_WORD = /[A-Za-z0-9\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const PLAIN_FILLER = /^[\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e\u00b7\u2014\u2026\u3001\u3002\uff0d\uff0e\uff0f]*$/;

/** No letter or digit anywhere. */
function isFiller(text: string): boolean {
  if (PLAIN_WORD.test(text)) return false;
  return PLAIN_FILLER.test(text) || !LETTER_OR_DIGIT.test(text);
}
const WORD_CHARACTER = /[A-Za-z\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
/** `部门:临沧市永德县明朗中学`: a short label, a colon, a value. */
const LABELLED_LINE = /^[^:：]{1,8}[:：]\s*\S/;

/** The funds item a label names: `其中：当年财政拨款` → appropriation. */
export function fundsItemOf(text: string): FundsItem | undefined {
  return fundsItemOfKey(labelKey(text));
}

function fundsItemOfKey(key: string): FundsItem | undefined {
  return lookup(FUNDS_ITEM_WORDS, itemKey(key));
}

/** The funds column a header text names: `全年预算数（A）` → annualBudget. */
export function fundsHeaderOf(text: string): FundsField | undefined {
  return lookup(FUNDS_HEADER_WORDS, headerKey(text));
}

/** Bits naming the sections with a header table, for `CellFacts.exactHeaders`. */
export const HEADER_SECTION = { funds: 1, indicators: 2, goals: 4, management: 8 } as const;

export class CellFacts {
  /** `labelKey(text)`: the text as a label is compared. */
  readonly key: string;
  readonly amount: ParsedAmount;
  /** The canonical 一级指标 / 二级指标 the text names (read-level.ts), if any. */
  readonly level1: Level1 | undefined;
  readonly level2: Level2 | undefined;
  /** Only dots or punctuation (`.....`): no letter or digit anywhere. */
  readonly filler: boolean;
  /** Holds a Latin letter or a CJK ideograph: text that can name something. */
  readonly wordy: boolean;
  /** Ends as a form title may, within a title's length (split-title-row.ts asks it of every row). */
  readonly titleShaped: boolean;
  /** Written `label：value` under a short label, as a labelled line under a title is. */
  readonly labelledLine: boolean;
  /** The part of a form the text labels (vocabulary/row-labels.ts), if any. */
  readonly rowLabel: RowLabel | undefined;
  readonly fundsItem: FundsItem | undefined;
  /** The column each section's header would give the text; `null`: the section's own label. */
  readonly fundsHeader: FundsField | undefined;
  readonly indicatorHeader: IndicatorField | null | undefined;
  readonly goalsHeader: GoalsField | null | undefined;
  readonly managementHeader: ManagementField | undefined;
  /**
   * The sections whose header tables hold the text as a whole wording (bits of HEADER_SECTION):
   * `实际完成情况` is the goals header's own wording, though the indicator header's `实际完成…`
   * prefix matches it too.
   */
  readonly exactHeaders: number;
  /**
   * The text is a word of the vocabulary: a row label, a header word of some section, a funds item
   * or a 一级指标 word. The row classifier passes over the other cells (values, names) at once.
   */
  readonly vocabularyWord: boolean;

  /**
   * Read when first asked: only the cells a recogniser takes as labels ask it (the ledger's check),
   * and it is the dearest of the facts (every partial wording of the vocabulary is tried), so a
   * text of values and names never pays for it.
   */
  #knownLabel: boolean | undefined = undefined;

  constructor(readonly text: string) {
    const key = labelKey(text);
    this.key = key;
    this.amount = parseAmount(text);
    this.filler = isFiller(text);
    this.wordy = WORD_CHARACTER.test(text);
    this.titleShaped = text.length <= TITLE_MAX_LENGTH && mayEndTitle(text);
    this.labelledLine = LABELLED_LINE.test(text);
    if (LABELS_NEED_IDEOGRAPH && !IDEOGRAPH.test(key)) {
      this.level1 = this.level2 = this.rowLabel = this.fundsItem = this.fundsHeader = undefined;
      this.indicatorHeader = this.goalsHeader = this.managementHeader = undefined;
      this.exactHeaders = 0;
      this.vocabularyWord = false;
      return;
    }
    const level = stripTrailingWeight(key).text;
    this.level1 = level1OfKey(level);
    this.level2 = level2OfKey(level);
    // `总分（100分）`: a 总分 label with its weight after it is the 总分 row's (not any label so:
    // a rubric's `绩效目标(6分)` is an indicator, not the goals section).
    this.rowLabel = lookup(ROW_LABEL_WORDS, key) ?? (level !== key && lookup(ROW_LABEL_WORDS, level) === "total" ? "total" : undefined);
    this.fundsItem = fundsItemOfKey(key);
    const header = headerKey(text);
    this.fundsHeader = lookup(FUNDS_HEADER_WORDS, header);
    this.indicatorHeader = lookup(INDICATOR_HEADER_WORDS, header);
    this.goalsHeader = lookup(GOALS_HEADER_WORDS, header);
    this.managementHeader = lookup(MANAGEMENT_HEADER_WORDS, header);
    // A table holds the text whole only where its lookup found a meaning (undefined: none matched).
    this.exactHeaders =
      (this.fundsHeader !== undefined && hasExactWording(FUNDS_HEADER_WORDS, header) ? HEADER_SECTION.funds : 0) |
      (this.indicatorHeader !== undefined && hasExactWording(INDICATOR_HEADER_WORDS, header) ? HEADER_SECTION.indicators : 0) |
      (this.goalsHeader !== undefined && hasExactWording(GOALS_HEADER_WORDS, header) ? HEADER_SECTION.goals : 0) |
      (this.managementHeader !== undefined && hasExactWording(MANAGEMENT_HEADER_WORDS, header) ? HEADER_SECTION.management : 0);
    this.vocabularyWord =
      this.rowLabel !== undefined ||
      this.fundsItem !== undefined ||
      this.fundsHeader !== undefined ||
      this.indicatorHeader !== undefined ||
      this.goalsHeader !== undefined ||
      this.managementHeader !== undefined ||
      this.level1 !== undefined;
  }

  /**
   * Whether the text counts as a header word of `section`: it names one of the section's columns,
   * and no other section claims it as a whole wording when this one matches only a part of it.
   */
  headsColumnOf(section: number): boolean {
    return (this.exactHeaders & section) !== 0 || (this.exactHeaders & ~section) === 0;
  }

  /** The vocabulary knows the text as a label or header wording (vocabulary/known-labels.ts). */
  get knownLabel(): boolean {
    // `总分（100分）` is known as its label without the weight (its rowLabel says so).
    return (this.#knownLabel ??= isKnownLabel(this.text) || (this.rowLabel !== undefined && isKnownLabel(stripTrailingWeight(this.key).text)));
  }

  /** A 一级 or 二级 level word. */
  get isLevelWord(): boolean {
    return this.level1 !== undefined || this.level2 !== undefined;
  }
}

/** The facts of an empty cell, shared by all of them. */
export const EMPTY_FACTS = new CellFacts("");

/**
 * The facts of a cell as written (`raw`, between TABs), whose `text` is `normalizeText(raw)`: the
 * line reader's one lookup per cell, which both normalises the text and reads its facts.
 */
export const factsOfRaw: (raw: string) => CellFacts = boundedMemo((raw) => new CellFacts(normalizeText(raw)));
