/**
 * `pe-parse explain FILE --html OUT`: one self-contained page — the dump's lines, cell by cell,
 * beside the records made from them. A record's lines are tinted, the cells its fields came from
 * underlined, repaired cells outlined with the repair's number, unmapped cells in their own
 * colour. Inline CSS and JS only, and a Content-Security-Policy that forbids loading anything, so
 * the page works offline and can be mailed as it is. All dump text is escaped.
 */
import type { Diagnostic } from "../diagnostics/codes.js";
import { cellKey, marksByCell, repairsOfCell, type CellMarks, type ExplainedRecord } from "./explain-model.js";
import type { DumpCells } from "./provenance.js";

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

const CSS = `
:root{--rec:#eef4ff;--rec2:#f3fbef;--sel:#fff4c2;--field:#1f7a3a;--repair:#d9480f;--unmapped:#9c36b5;--muted:#666}
*{box-sizing:border-box}body{margin:0;font:13px/1.45 system-ui,"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:#222}
header{padding:8px 14px;border-bottom:1px solid #ccc;background:#fafafa}h1{font-size:15px;margin:0 0 4px}
.legend span{margin-right:14px}.legend .cell{display:inline-block}
main{display:grid;grid-template-columns:minmax(0,3fr) minmax(0,2fr);height:calc(100vh - 62px)}
#dump,#records{overflow:auto;padding:6px 10px}#dump{border-right:1px solid #ccc}
table.lines{border-collapse:collapse;width:100%}
.lines th{font-weight:normal;color:var(--muted);text-align:right;padding:1px 6px;vertical-align:top;width:3.5em;user-select:none}
.lines td{padding:1px 0;white-space:nowrap}
tr.in-record.odd td,tr.in-record.odd th{background:var(--rec)}tr.in-record.even td,tr.in-record.even th{background:var(--rec2)}
tr.selected td,tr.selected th{background:var(--sel)!important}
.cell{display:inline-block;min-width:1.2em;min-height:1.3em;padding:0 4px;margin:1px 2px 1px 0;border:1px solid #d0d0d0;border-radius:2px;background:#fff;vertical-align:top;white-space:pre}
.cell.empty{border-style:dotted;background:transparent}
.cell.field{border-bottom:2px solid var(--field)}
.cell.repaired{outline:2px solid var(--repair);outline-offset:-1px;background:#fff0e6}
.cell.unmapped{background:#f6e6fb;border-color:var(--unmapped);color:var(--unmapped)}
.cell.focus{box-shadow:0 0 0 3px #ffd43b}
.badge{font-size:10px;color:#fff;background:var(--repair);border-radius:6px;padding:0 4px;margin-left:3px;vertical-align:super}
.line-badge{background:#e8590c}
article.record{border:1px solid #ccc;border-radius:4px;margin:0 0 10px;padding:6px 8px;cursor:pointer}
article.record.selected{border-color:#f08c00;box-shadow:0 0 0 2px #ffe066}
article h2{font-size:14px;margin:0 0 4px}article h3{font-size:12px;margin:6px 0 2px;color:var(--muted)}
table.fields{border-collapse:collapse;width:100%}.fields td{border-top:1px solid #eee;padding:1px 4px;vertical-align:top}
.fields td.path{font-family:ui-monospace,monospace;font-size:12px;color:#333}.fields td.value{font-weight:600}
.fields tr.repaired td{background:#fff0e6}.fields .from{color:var(--muted)}
.diag{margin:2px 0}.sev-warning{color:#b35c00}.sev-error{color:#c92a2a}.sev-info{color:#1864ab}
.unmapped-list li{color:var(--unmapped)}ol,ul{margin:2px 0;padding-left:22px}
a{color:inherit}
`;

// Clicking a record selects its lines and scrolls the dump to them; clicking a line selects its
// record; pointing at a field or repair lights up its cells.
const JS = `
(function(){
var dump=document.getElementById('dump'),recs=document.getElementById('records');
function sel(n,scrollDump,scrollRec){
 document.querySelectorAll('.selected').forEach(function(e){e.classList.remove('selected')});
 var a=document.getElementById('record-'+n);if(!a)return;a.classList.add('selected');
 var first=null;document.querySelectorAll('tr[data-record="'+n+'"]').forEach(function(tr){tr.classList.add('selected');if(!first)first=tr});
 if(scrollDump&&first)dump.scrollTop=first.offsetTop-40;if(scrollRec)recs.scrollTop=a.offsetTop-recs.offsetTop-6;
}
function focus(ids,on){(ids||'').split(' ').forEach(function(id){var c=id&&document.getElementById(id);if(c)c.classList.toggle('focus',on)})}
recs.addEventListener('click',function(e){var a=e.target.closest('article.record');if(a)sel(a.dataset.number,true,false)});
dump.addEventListener('click',function(e){var tr=e.target.closest('tr[data-record]');if(tr)sel(tr.dataset.record,false,true)});
recs.addEventListener('mouseover',function(e){var t=e.target.closest('[data-cells]');if(t)focus(t.dataset.cells,true)});
recs.addEventListener('mouseout',function(e){var t=e.target.closest('[data-cells]');if(t)focus(t.dataset.cells,false)});
})();
`;

const cellId = (line: number, col: number): string => `c${line}-${col}`;
const show = (v: string | number | boolean): string => (typeof v === "string" ? v : JSON.stringify(v));
const diagText = (d: Diagnostic): string => `${d.severity}[${d.code}]: ${d.message}`;

function cellHtml(raw: string, line: number, col: number, marks: CellMarks | undefined, explained: readonly ExplainedRecord[]): string {
  const classes = ["cell"];
  if (raw.trim() === "") classes.push("empty");
  const titles: string[] = [];
  let badges = "";
  if (marks) {
    if (marks.fields.length > 0) {
      classes.push("field");
      titles.push(`→ ${marks.fields.join(", ")}`);
    }
    if (marks.unmapped) {
      classes.push("unmapped");
      titles.push("unmapped: no field took this cell");
    }
    if (marks.repairs.length > 0) {
      classes.push("repaired");
      const e = explained[(marks.record as number) - 1] as ExplainedRecord;
      for (const i of marks.repairs) {
        titles.push(diagText((e.provenance.repairs[i] as { diagnostic: Diagnostic }).diagnostic));
        badges += `<span class="badge">${marks.record}.${i + 1}</span>`;
      }
    }
  }
  const title = titles.length > 0 ? ` title="${escapeHtml(titles.join("\n"))}"` : "";
  return `<span class="${classes.join(" ")}" id="${cellId(line, col)}"${title}>${escapeHtml(raw)}</span>${badges}`;
}

function dumpHtml(text: string, cells: DumpCells, explained: readonly ExplainedRecord[]): string {
  const marks = marksByCell(explained);
  const recordOfLine = new Map<number, number>();
  // Repairs of a line as a whole (an arithmetic check): a badge at the end of the line.
  const lineRepairs = new Map<number, string[]>();
  for (const e of explained) {
    for (let n = e.record.source.startLine; n <= e.record.source.endLine; n++) if (!recordOfLine.has(n)) recordOfLine.set(n, e.number);
    e.provenance.repairs.forEach((r, i) => {
      if (r.cells.length > 0) return;
      const n = r.diagnostic.line as number;
      lineRepairs.set(n, [...(lineRepairs.get(n) ?? []), `<span class="badge line-badge" title="${escapeHtml(diagText(r.diagnostic))}">${e.number}.${i + 1}</span>`]);
    });
  }
  const count = text.split("\n").length - (text.endsWith("\n") ? 1 : 0);
  const rows: string[] = [];
  for (let n = 1; n <= count; n++) {
    const record = recordOfLine.get(n);
    const attrs = record === undefined ? "" : ` class="in-record ${record % 2 === 1 ? "odd" : "even"}" data-record="${record}"`;
    const body = (cells.get(n) ?? []).map((c) => cellHtml(c.raw, n, c.col, marks.get(cellKey(c)), explained)).join("");
    rows.push(`<tr id="line-${n}"${attrs}><th>${n}</th><td>${body}${(lineRepairs.get(n) ?? []).join("")}</td></tr>`);
  }
  return `<table class="lines">${rows.join("\n")}</table>`;
}

function recordHtml(e: ExplainedRecord, cells: DumpCells): string {
  const { source } = e.record;
  const ref = (line: number, col: number): string => cellId(line, col);
  const fieldRows = e.provenance.fields.map((f) => {
    const repairs = repairsOfCell(e, f.cell);
    const from = f.cell
      ? `<a href="#line-${f.cell.line}">${f.cell.line}:${f.cell.col + 1}</a> 「${escapeHtml(cells.get(f.cell.line)?.[f.cell.col]?.text ?? "")}」`
      : "—";
    const data = f.cell ? ` data-cells="${ref(f.cell.line, f.cell.col)}"` : "";
    const why = repairs.map((d) => `<div class="diag sev-${d.severity}">${escapeHtml(diagText(d))}</div>`).join("");
    return `<tr${data}${repairs.length > 0 ? ' class="repaired"' : ""}><td class="path">${escapeHtml(f.path)}</td><td class="value">${escapeHtml(show(f.value))}</td><td class="from">${from}${why}</td></tr>`;
  });
  const repairs = e.provenance.repairs.map((r, i) => {
    const data = r.cells.map((c) => ref(c.line, c.col)).join(" ");
    return `<li class="diag sev-${r.diagnostic.severity}" data-cells="${data}" data-repair="${e.number}.${i + 1}"><span class="badge">${e.number}.${i + 1}</span> <a href="#line-${r.diagnostic.line}">line ${r.diagnostic.line}</a>: ${escapeHtml(diagText(r.diagnostic))}</li>`;
  });
  const unmapped = e.provenance.unmapped.map((u) => {
    const data = u.cell ? ` data-cells="${ref(u.cell.line, u.cell.col)}"` : "";
    return `<li${data}><a href="#line-${u.line}">line ${u.line}</a>: 「${escapeHtml(u.text)}」</li>`;
  });
  return [
    `<article class="record" id="record-${e.number}" data-number="${e.number}" data-kind="${escapeHtml(e.record.kind)}">`,
    `<h2>${e.number}. ${escapeHtml(e.label)} <a href="#line-${source.startLine}">lines ${source.startLine}–${source.endLine}</a></h2>`,
    `<table class="fields">${fieldRows.join("")}</table>`,
    repairs.length > 0 ? `<h3>Repairs and checks</h3><ol class="repairs">${repairs.join("")}</ol>` : "",
    unmapped.length > 0 ? `<h3>Unmapped cells</h3><ul class="unmapped-list">${unmapped.join("")}</ul>` : "",
    `</article>`,
  ].join("\n");
}

export function explainHtml(file: string, text: string, explained: readonly ExplainedRecord[], cells: DumpCells): string {
  const repairs = explained.reduce((n, e) => n + e.provenance.repairs.length, 0);
  const unmapped = explained.reduce((n, e) => n + e.provenance.unmapped.length, 0);
  return `<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>pe-parse explain: ${escapeHtml(file)}</title>
<style>${CSS}</style>
</head>
<body>
<header>
<h1>${escapeHtml(file)} — ${explained.length} record${explained.length === 1 ? "" : "s"}, ${repairs} repairs and checks, ${unmapped} unmapped cells</h1>
<div class="legend"><span><span class="cell field">cell</span> a field's source</span><span><span class="cell repaired">cell</span><span class="badge">1.2</span> repaired (record 1, repair 2; point at it for the message)</span><span><span class="cell unmapped">cell</span> unmapped</span><span>click a record or a line to select it</span></div>
</header>
<main>
<section id="dump" aria-label="the dump">${dumpHtml(text, cells, explained)}</section>
<section id="records" aria-label="the records">${explained.length === 0 ? "<p>No records.</p>" : explained.map((e) => recordHtml(e, cells)).join("\n")}</section>
</main>
<script>${JS}</script>
</body>
</html>
`;
}
