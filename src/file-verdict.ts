/**
 * The verdict on a whole file, over its documents: a file whose text shows form vocabulary but
 * gave no record of a known kind (only `table` records, or none) gets `no-form-recognised`,
 * naming what it saw; a file with text but no record at all and no form word gets `no-table`, so
 * no file with content comes out silent. A long file is parsed document by document, on several threads, so each
 * document reports its evidence and the verdict is taken once the file's last document is in.
 * Light on purpose (no parser): the command's main thread imports it.
 */
import { diagnostic, type Diagnostic } from "./diagnostics/codes.js";
import type { FormSign } from "./document/form-signs.js";

export interface FormEvidence {
  /** Records of a known kind (every kind but `table`). */
  readonly forms: number;
  /** `table` records. */
  readonly tables: number;
  /** Form vocabulary seen, first line of each word, in line order (documents without forms only). */
  readonly signs: readonly FormSign[];
  /** Lines that are not blank (counted only in documents that gave no record). */
  readonly textLines?: number;
}

/** The words named in a verdict; the rest are left out. */
const NAMED = 4;

/** Collects the evidence of one file's documents, in order. */
export class FileVerdict {
  private forms = 0;
  private tables = 0;
  private textLines = 0;
  private readonly signs = new Map<string, number>();

  add(evidence: FormEvidence | undefined): void {
    if (!evidence) return;
    this.forms += evidence.forms;
    this.tables += evidence.tables;
    this.textLines += evidence.textLines ?? 0;
    for (const s of evidence.signs) if (!this.signs.has(s.word)) this.signs.set(s.word, s.line);
  }

  /** The evidence so far, as one document's (a worker that read a whole file sends it on). */
  evidence(): FormEvidence {
    return { forms: this.forms, tables: this.tables, textLines: this.textLines, signs: [...this.signs].map(([word, line]) => ({ word, line })) };
  }

  /** The file's `no-form-recognised` or `no-table`, if it has one. */
  verdict(): Diagnostic | undefined {
    if (this.forms > 0) return undefined;
    if (this.signs.size === 0) {
      return this.tables === 0 && this.textLines > 0 ? diagnostic("no-table", { lines: this.textLines }) : undefined;
    }
    const signs = [...this.signs].sort((a, b) => a[1] - b[1]);
    const saw = signs
      .slice(0, NAMED)
      .map(([word, line]) => `${word} (line ${line})`)
      .join(", ");
    const kept = this.tables === 0 ? "no table either" : this.tables === 1 ? "1 table record" : `${this.tables} table records`;
    return diagnostic("no-form-recognised", { saw: signs.length > NAMED ? `${saw} …` : saw, kept }, signs[0]?.[1]);
  }
}

/** The verdict of a file parsed in one piece. */
export function verdictOf(evidence: FormEvidence | undefined): Diagnostic | undefined {
  const v = new FileVerdict();
  v.add(evidence);
  return v.verdict();
}
