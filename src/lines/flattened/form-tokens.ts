/**
 * The tokens of a form scrambled onto one line (PDF text, cells separated by spaces, out of order),
 * with the books of which ones a reader took: what no reader takes is listed unmapped, never dropped.
 */
import { isPageMarkLine } from "../../../grammars/vocabulary/index.js";
import type { CellFacts } from "../cell-facts.js";
import { piece } from "../layout-lines.js";

export class FormTokens {
  private readonly used: boolean[];
  private readonly factsOf: CellFacts[] = [];

  constructor(readonly texts: readonly string[]) {
    this.used = texts.map(() => false);
  }

  get length(): number {
    return this.texts.length;
  }

  text(i: number): string {
    return this.texts[i] ?? "";
  }

  facts(i: number): CellFacts {
    return (this.factsOf[i] ??= piece(this.text(i), 0).facts);
  }

  /** Marks tokens as read (a value placed, a label used). */
  take(...indices: number[]): void {
    for (const i of indices) if (i >= 0 && i < this.used.length) this.used[i] = true;
  }

  isTaken(i: number): boolean {
    return this.used[i] === true;
  }

  /** A page's mark (`- 2 -`, `第3页`, `续表`): layout, not content. */
  isPageMark(i: number): boolean {
    return isPageMarkLine(this.text(i));
  }

  /** The first token from `from` on that `test` accepts, or -1. */
  find(test: (text: string, i: number) => boolean, from = 0): number {
    for (let i = Math.max(0, from); i < this.texts.length; i++) if (test(this.text(i), i)) return i;
    return -1;
  }

  /** The tokens no reader took (page marks are layout, not content). */
  unread(): Array<{ index: number; text: string }> {
    const out: Array<{ index: number; text: string }> = [];
    this.texts.forEach((text, index) => {
      if (!this.used[index] && text !== "" && !this.isPageMark(index)) out.push({ index, text });
    });
    return out;
  }
}
