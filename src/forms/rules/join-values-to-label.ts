/**
 * Repair `values-joined`: funds labels and their values on different rows, where the scrape lost
 * the merged cells (rowspans) that held them side by side. The values may stand on the row above
 * their label (synthetic 08a) or below it (real 02, an HTML table rendered cell by cell):
 *   `¦86.40¦86.40¦82.08¦10¦95.00%¦9.50` + `年度资金总额`  →  年度资金总额 86.40 / 86.40 / 82.08, 10, 95%, 9.50
 *   `…¦得分¦年度资金总额` + `387664.62¦387664.62¦10¦100%¦10¦其中:当年财政 拨款` → 年度资金总额 387664.62 / 387664.62, 10, 100%, 10
 * Decision: in the funds section, labels and runs of value-only rows (amounts, rates, dashes) are
 * read in order. Each run is paired with the label after it (values above their label) or with
 * the label before it (values below it): the pairing that leaves fewer runs without a label and
 * fewer lone labels without values wins. When both leave as many, neither is taken: the values
 * stay unplaced and `funds-values-ambiguous` says so, rather than a number being misread.
 * Effect: a paired run's cells are read as its label's values (after any of its own); each join
 * is reported.
 */
import type { CellLedger } from "../../diagnostics/cell-ledger.js";
import type { Cell, Row } from "../../lines/model.js";

/** A row of values only (amounts, rates, dashes): values whose label stands on another row. */
export function isValuesOnly(row: Row): boolean {
  let values = 0;
  for (const c of row.cells) {
    if (c.text === "") continue;
    if (c.facts.amount.kind === "text") return false;
    values++;
  }
  return values > 0;
}

type Item = { kind: "label"; row: Row; alone: boolean } | { kind: "run"; rows: Row[] };

/** Rows in reading order: by line, then by where their first filled cell stands (a glued line's pieces). */
function order(row: Row): number {
  const first = row.cells.find((c) => c.text !== "");
  return row.line * 4096 + (first?.col ?? 0);
}

export interface JoinedValues {
  /** Each label row's values from other rows, in reading order. */
  readonly values: Map<Row, Cell[]>;
  /** The value-only rows read (paired or not): no header continuation. */
  readonly valueRows: Set<Row>;
}

/**
 * `labels`: the funds rows with an item label; `alone(row)`: whether a label row holds no value of
 * its own; `continuation`: the other rows of the funds section.
 */
export function joinValuesToLabel(
  labels: readonly Row[],
  alone: (row: Row) => boolean,
  continuation: readonly Row[],
  ledger: CellLedger,
): JoinedValues {
  const valueRows = new Set(continuation.filter(isValuesOnly));
  const values = new Map<Row, Cell[]>();
  if (valueRows.size === 0) return { values, valueRows };
  const rows = [...labels, ...valueRows].sort((a, b) => order(a) - order(b));
  const items: Item[] = [];
  for (const row of rows) {
    const last = items[items.length - 1];
    if (valueRows.has(row)) {
      if (last?.kind === "run") last.rows.push(row);
      else items.push({ kind: "run", rows: [row] });
    } else items.push({ kind: "label", row, alone: alone(row) });
  }
  // Values above their label: a run takes the lone label right after it.
  const above = pairings(items, (i) => items[i + 1], (label) => label.alone);
  // Values below their label: a run takes the label right before it (a label with values of its
  // own takes the run as the rest of its row).
  const below = pairings(items, (i) => items[i - 1], () => true);
  const left = (p: Pairing): number => p.orphanRuns + p.emptyLabels;
  if (above.pairs.length === 0 && below.pairs.length === 0) return { values, valueRows };
  if (left(above) === left(below)) {
    const runs = items.filter((it): it is Extract<Item, { kind: "run" }> => it.kind === "run");
    ledger.report("funds-values-ambiguous", { lines: runs.map((r) => r.rows.map((x) => x.line).join("、")).join("; ") }, runs[0]?.rows[0]?.line);
    for (const run of runs) for (const row of run.rows) for (const cell of row.cells) ledger.listCovered(cell);
    return { values, valueRows };
  }
  const chosen = left(above) < left(below) ? above : below;
  for (const [label, run] of chosen.pairs) {
    const cells = run.flatMap((r) => r.cells.filter((c) => c.text !== ""));
    values.set(label, cells);
    const labelText = label.cells.find((c) => c.text !== "" && c.facts.fundsItem !== undefined)?.text ?? "";
    ledger.report("values-joined", { label: labelText, from: run.map((r) => r.line).filter((l, i, a) => a.indexOf(l) === i).join("、"), where: chosen === above ? "above" : "below" }, label.line);
  }
  return { values, valueRows };
}

interface Pairing {
  readonly pairs: Array<[Row, Row[]]>;
  readonly orphanRuns: number;
  readonly emptyLabels: number;
}

function pairings(items: readonly Item[], neighbour: (i: number) => Item | undefined, takes: (label: Extract<Item, { kind: "label" }>) => boolean): Pairing {
  const pairs: Array<[Row, Row[]]> = [];
  const paired = new Set<Row>();
  let orphanRuns = 0;
  items.forEach((item, i) => {
    if (item.kind !== "run") return;
    const n = neighbour(i);
    if (n?.kind === "label" && takes(n) && !paired.has(n.row)) {
      pairs.push([n.row, item.rows]);
      paired.add(n.row);
    } else orphanRuns++;
  });
  let emptyLabels = 0;
  for (const item of items) if (item.kind === "label" && item.alone && !paired.has(item.row)) emptyLabels++;
  return { pairs, orphanRuns, emptyLabels };
}
