/**
 * The stages composed: text → lines → document → recognised records → validated records.
 * Never throws on bad input: every problem is a diagnostic on the record it concerns, or on the
 * document when no record claims it.
 */
import { buildDocument, rowsOfBlock, type Block } from "./document/build-document.js";
import { enforceLimits, type Limits } from "./document/enforce-limits.js";
import { readLines } from "./document/read-lines.js";
import { diagnostic, type Diagnostic } from "./diagnostics/codes.js";
import { readProjectForm } from "./forms/project-form.js";
import { readListTable } from "./forms/list-table.js";
import { readFinalAccount } from "./forms/final-account.js";
import { validateRecord } from "./schema/validate-record.js";
import type { PeRecord } from "./schema/record.js";
import type { UnmappedCell } from "./schema/common.js";

export interface ParseOptions {
  /** The file name written into each record's `source.file`. */
  readonly file?: string;
  /** The encoding the text was decoded from, written into `source.encoding`. */
  readonly encoding?: string;
  /** Line length and cells-per-row limits; see enforce-limits.ts. */
  readonly limits?: Limits;
}

export interface ParseResult {
  readonly records: PeRecord[];
  /** Diagnostics that concern no single record (unrecognised tables, decoding). */
  readonly diagnostics: Diagnostic[];
  /** Filled cells of tables no recogniser claimed. */
  readonly unmapped: UnmappedCell[];
}

type Draft = Omit<PeRecord, "source"> & { source: { startLine: number; endLine: number } };

function draftsOf(block: Block): Draft[] {
  switch (block.kind) {
    case "form":
      return [readProjectForm(block)];
    case "list":
      return readListTable(block);
    case "account":
      return [readFinalAccount(block)];
    default:
      return [];
  }
}

export function parseText(text: string, options: ParseOptions = {}): ParseResult {
  const file = options.file ?? "<text>";
  const limited = enforceLimits(text, options.limits);
  const document = buildDocument(readLines(limited.text));
  const records: PeRecord[] = [];
  const diagnostics: Diagnostic[] = [...limited.diagnostics];
  const unmapped: UnmappedCell[] = [];
  const leftover = (rows: ReturnType<typeof rowsOfBlock>): void => {
    for (const row of rows) for (const cell of row.cells) if (cell.text !== "") unmapped.push({ line: cell.line, text: cell.text });
  };
  for (const block of document.blocks) {
    if (block.kind === "table") {
      diagnostics.push(diagnostic("table-unrecognised", { rows: block.rows.length }, block.rows[0]?.line));
      leftover(block.rows);
      continue;
    }
    const drafts = draftsOf(block);
    if (drafts.length === 0) leftover(rowsOfBlock(block));
    for (const draft of drafts) {
      const source = { file, ...draft.source, ...(options.encoding ? { encoding: options.encoding } : {}) };
      records.push(validateRecord({ ...draft, source } as PeRecord));
    }
  }
  leftover(document.strayRows);
  return { records, diagnostics, unmapped };
}
