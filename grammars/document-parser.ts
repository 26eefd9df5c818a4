/**
 * The document grammar, over row tokens: a dump is a sequence of project forms, list tables
 * (summary and result lists), 部门决算 tables, other tables, text lines and page breaks. A project
 * form is its identity rows, then its funds, 资金管理情况, goals and indicator sections and 总分 in
 * any order, each optional, so a form cut off, missing a part or laid out differently still
 * parses. Page breaks may fall between any two rows. The parser only recognises; `src/document/build-document.ts` gives meaning.
 */
import type { IOrAlt, IToken } from "chevrotain";
import { chevrotain } from "./chevrotain.js";
import * as T from "./row-tokens.js";

type Alternatives = Array<IOrAlt<unknown>>;

/** Whether a data row (`row`) among a form's identity rows is the form's own. */
export type FormRowTest = (row: IToken) => boolean;

/** The part of a project form a row belongs to. */
export type FormPart =
  | "identity"
  | "layout"
  | "fundsHeader"
  | "funds"
  | "fundsContinuation"
  | "managementHeader"
  | "management"
  | "goalsHeader"
  | "goals"
  | "indicatorHeader"
  | "indicators"
  | "total"
  | "extra"
  | "heading";

/**
 * What the parser recognised, in source order, as row tokens: each block as the rule that read it
 * (page breaks left out). Built by the rules' actions as they consume, rather than as a syntax
 * tree walked afterwards: a dump has hundreds of thousands of rows.
 */
export type ParsedBlock =
  | { readonly kind: "form"; readonly rows: Array<{ readonly part: FormPart; readonly token: IToken }> }
  | { readonly kind: "list"; readonly header: IToken; readonly rows: IToken[] }
  | { readonly kind: "account"; readonly code: IToken; readonly meta: IToken[]; readonly rows: IToken[] }
  | { readonly kind: "table"; readonly rows: IToken[] }
  | { readonly kind: "text"; readonly token: IToken };

export class DocumentParser extends chevrotain.EmbeddedActionsParser {
  /** The blocks of the parse under way; a block is added when its rule starts, so a parse that
   *  stops early keeps what it read. */
  private blocks: ParsedBlock[] = [];
  /** The rows of the form, list or table being read. */
  private formRows: Array<{ part: FormPart; token: IToken }> = [];
  private tableRows: IToken[] = [];
  /** The metadata lines of the 部门决算 table being read. */
  private accountMeta: IToken[] = [];
  // Each choice's alternatives, built on first use and kept: chevrotain's DSL would otherwise
  // allocate the array and its closures again at every row.
  private documentBlocks?: Alternatives;
  private formOpenings?: Alternatives;
  private formSections?: Alternatives;
  private headlessFirst?: Alternatives;
  private headlessSections?: Alternatives;
  private identityFirst?: Alternatives;
  private identityRest?: Alternatives;
  private identityAfterExtra?: Alternatives;
  /** The parse's test of a data row among identity rows (parse's argument). */
  private isFormRow: FormRowTest = () => false;
  private fundsFirst?: Alternatives;
  private fundsRest?: Alternatives;
  private managementRest?: Alternatives;
  private extraRest?: Alternatives;
  private goalsRest?: Alternatives;
  private indicatorFirst?: Alternatives;
  private indicatorRest?: Alternatives;
  private accountMetaLines?: Alternatives;
  private accountRows?: Alternatives;
  private looseRows?: Alternatives;
  private looseRowKinds?: Alternatives;

  /**
   * `validate` runs chevrotain's grammar checks (ambiguities, left recursion); the test suite does,
   * the command skips them, which halves the parser's construction time at start-up.
   */
  constructor(options: { validate?: boolean } = {}) {
    // LL(1): every choice is made on the next row token (the validating test proves it), which also
    // keeps the self-analysis at start-up small.
    super(T.rowTokens, { maxLookahead: 1, recoveryEnabled: false, skipValidations: options.validate !== true });
    this.performSelfAnalysis();
  }

  /** A row of the form being read, as ACTION would add it (no rows while the grammar is recorded). */
  private part(part: FormPart, token: IToken): void {
    if (!this.RECORDING_PHASE) this.formRows.push({ part, token });
  }

  public document = this.RULE("document", () => {
    this.MANY(() => {
      this.OR((this.documentBlocks ??= [
        { ALT: () => this.SUBRULE(this.formOrLabelledRows), IGNORE_AMBIGUITIES: true },
        // A form's sections without its identity rows (the tail of the previous page's form, a
        // result publication): tried before a loose table, which also starts with such rows.
        { ALT: () => this.SUBRULE(this.headlessForm), IGNORE_AMBIGUITIES: true },
        { ALT: () => this.SUBRULE(this.listTable) },
        { ALT: () => this.SUBRULE(this.accountTable) },
        { ALT: () => this.SUBRULE(this.looseTable) },
        // A table code is also text; the accountTable alternative, tried first, takes it.
        {
          ALT: () => {
            const token = this.CONSUME(T.Text);
            this.ACTION(() => this.blocks.push({ kind: "text", token }));
          },
          IGNORE_AMBIGUITIES: true,
        },
        { ALT: () => this.CONSUME(T.PageBreak) },
      ]));
    });
  });

  /**
   * A block that opens as a form does. A form may open with labelled rows (项目负责人, 联系电话)
   * before its identity rows; rows of that kind followed by anything else are a loose table. The
   * choice needs a gate, and it is made here rather than among the document's blocks: chevrotain
   * answers a choice with a gate by trying every alternative in turn, one without by one table
   * lookup, and the document's choice is made at every text line and page break.
   */
  private formOrLabelledRows = this.RULE("formOrLabelledRows", () => {
    this.OR((this.formOpenings ??= [
      { GATE: () => this.LA(1).tokenType !== T.ExtraRow || this.extraRowsOpenForm(), ALT: () => this.SUBRULE(this.projectForm), IGNORE_AMBIGUITIES: true },
      { ALT: () => this.SUBRULE(this.labelledRowsTable) },
    ]));
  });

  /** A loose table that opens with labelled rows (looseTable, from an ExtraRow). */
  private labelledRowsTable = this.RULE("labelledRowsTable", () => {
    this.ACTION(() => {
      this.tableRows = [];
      this.blocks.push({ kind: "table", rows: this.tableRows });
    });
    const token = this.CONSUME(T.ExtraRow);
    this.ACTION(() => this.tableRows.push(token));
    this.SUBRULE(this.looseRowsAndBreaks);
  });

  // ---- project forms ----------------------------------------------------------------------

  /** Identity rows, then the sections in whatever order the province prints them. */
  private projectForm = this.RULE("projectForm", () => {
    this.ACTION(() => {
      this.formRows = [];
      this.blocks.push({ kind: "form", rows: this.formRows });
    });
    this.SUBRULE(this.identitySection);
    this.MANY(() => {
      this.OR((this.formSections ??= [
        { ALT: () => this.SUBRULE(this.fundsSection) },
        { ALT: () => this.SUBRULE(this.managementSection) },
        { ALT: () => this.SUBRULE(this.goalsSection) },
        { ALT: () => this.SUBRULE(this.indicatorSection) },
        { ALT: () => this.part("total", this.CONSUME(T.TotalRow)) },
        { ALT: () => this.SUBRULE(this.extraSection) },
        { ALT: () => this.part("heading", this.CONSUME(T.PartHeading)) },
        // A page break between two parts of the form (`合计` at a page's foot, 评价结论 on the next).
        { ALT: () => this.CONSUME(T.PageBreak) },
      ]));
    });
  });

  private headlessForm = this.RULE("headlessForm", () => {
    this.ACTION(() => {
      this.formRows = [];
      this.blocks.push({ kind: "form", rows: this.formRows });
    });
    // It opens with a section's header (a lone 总分 or labelled row opens nothing), or a heading right above one.
    this.OPTION(() => this.part("heading", this.CONSUME(T.PartHeading)));
    this.OR((this.headlessFirst ??= [
      { ALT: () => this.SUBRULE(this.fundsSection) },
      { ALT: () => this.SUBRULE(this.managementSection) },
      { ALT: () => this.SUBRULE(this.goalsSection) },
      { ALT: () => this.SUBRULE(this.indicatorSection) },
    ]));
    this.MANY(() => {
      this.OR2((this.headlessSections ??= [
        { ALT: () => this.SUBRULE2(this.fundsSection) },
        { ALT: () => this.SUBRULE2(this.managementSection) },
        { ALT: () => this.SUBRULE2(this.goalsSection) },
        { ALT: () => this.SUBRULE2(this.indicatorSection) },
        { ALT: () => this.part("total", this.CONSUME(T.TotalRow)) },
        { ALT: () => this.SUBRULE(this.extraSection) },
        { ALT: () => this.part("heading", this.CONSUME2(T.PartHeading)) },
        { ALT: () => this.CONSUME(T.PageBreak) },
      ]));
    });
  });

  private identitySection = this.RULE("identitySection", () => {
    this.OR((this.identityFirst ??= [
      { ALT: () => this.part("identity", this.CONSUME(T.ProjectNameRow)) },
      { ALT: () => this.part("identity", this.CONSUME(T.IdentityRow)) },
      {
        // Labelled rows above the identity rows (the document's choice checked that identity rows follow).
        ALT: () => {
          this.SUBRULE2(this.extraSection);
          this.OR3((this.identityAfterExtra ??= [
            { ALT: () => this.part("identity", this.CONSUME2(T.ProjectNameRow)) },
            { ALT: () => this.part("identity", this.CONSUME3(T.IdentityRow)) },
          ]));
        },
      },
    ]));
    // A data row the caller takes for the form's own (a labelled row no vocabulary word names,
    // `项目类别¦民生类`) among the identity rows is read as an extra row, a heading spanning the table
    // (`项目概况¦`) comes as a PartHeading; any other data row ends the rows (the gate stands on the
    // loop, whose choice of going on is made before the alternatives').
    this.MANY({
      GATE: () => this.LA(1).tokenType !== T.DataRow || this.isFormRow(this.LA(1)),
      DEF: () => {
        this.OR2((this.identityRest ??= [
          { ALT: () => this.part("identity", this.CONSUME2(T.IdentityRow)) },
          { ALT: () => this.SUBRULE(this.extraSection) },
          { ALT: () => this.part("extra", this.CONSUME(T.DataRow)) },
          { ALT: () => this.part("layout", this.CONSUME(T.RuleRow)) },
          { ALT: () => this.part("heading", this.CONSUME(T.PartHeading)) },
          { ALT: () => this.CONSUME(T.PageBreak) },
        ]));
      },
    });
  });

  private fundsSection = this.RULE("fundsSection", () => {
    this.OR((this.fundsFirst ??= [
      { ALT: () => this.part("fundsHeader", this.CONSUME(T.FundsHeaderRow)) },
      { ALT: () => this.part("funds", this.CONSUME(T.FundsRow)) },
    ]));
    this.MANY(() => {
      this.OR2((this.fundsRest ??= [
        { ALT: () => this.part("fundsHeader", this.CONSUME2(T.FundsHeaderRow)) },
        { ALT: () => this.part("funds", this.CONSUME2(T.FundsRow)) },
        { ALT: () => this.part("fundsContinuation", this.CONSUME(T.DataRow)) },
        { ALT: () => this.CONSUME(T.PageBreak) },
      ]));
    });
  });

  /** Labelled-value rows (评价结论 …, 项目基本情况 …) and the rows that continue them. */
  private extraSection = this.RULE("extraSection", () => {
    this.part("extra", this.CONSUME(T.ExtraRow));
    this.MANY(() => {
      this.OR((this.extraRest ??= [
        { ALT: () => this.part("extra", this.CONSUME2(T.ExtraRow)) },
        { ALT: () => this.part("extra", this.CONSUME(T.DataRow)) },
        { ALT: () => this.CONSUME(T.PageBreak) },
      ]));
    });
  });

  private managementSection = this.RULE("managementSection", () => {
    this.part("managementHeader", this.CONSUME(T.ManagementHeaderRow));
    this.MANY(() => {
      this.OR((this.managementRest ??= [
        { ALT: () => this.part("managementHeader", this.CONSUME2(T.ManagementHeaderRow)) },
        { ALT: () => this.part("management", this.CONSUME(T.DataRow)) },
        { ALT: () => this.CONSUME(T.PageBreak) },
      ]));
    });
  });

  private goalsSection = this.RULE("goalsSection", () => {
    this.part("goalsHeader", this.CONSUME(T.GoalsHeaderRow));
    this.MANY(() => {
      this.OR((this.goalsRest ??= [
        { ALT: () => this.part("goals", this.CONSUME(T.DataRow)) },
        { ALT: () => this.CONSUME(T.PageBreak) },
      ]));
    });
  });

  private indicatorSection = this.RULE("indicatorSection", () => {
    this.OR1((this.indicatorFirst ??= [
      { ALT: () => this.part("indicatorHeader", this.CONSUME(T.IndicatorHeaderRow)) },
      { ALT: () => this.part("indicators", this.CONSUME(T.IndicatorLabelRow)) },
    ]));
    this.MANY(() => {
      this.OR((this.indicatorRest ??= [
        { ALT: () => this.part("indicatorHeader", this.CONSUME2(T.IndicatorHeaderRow)) },
        { ALT: () => this.part("indicators", this.CONSUME2(T.IndicatorLabelRow)) },
        { ALT: () => this.part("indicators", this.CONSUME(T.DataRow)) },
        { ALT: () => this.CONSUME(T.PageBreak) },
      ]));
    });
  });

  // ---- list and account tables ------------------------------------------------------------

  private listTable = this.RULE("listTable", () => {
    const header = this.CONSUME(T.ListHeaderRow);
    this.ACTION(() => {
      this.tableRows = [];
      this.blocks.push({ kind: "list", header, rows: this.tableRows });
    });
    this.SUBRULE(this.looseRowsAndBreaks);
  });

  private accountTable = this.RULE("accountTable", () => {
    const code = this.CONSUME(T.TableCode);
    this.ACTION(() => {
      this.tableRows = [];
      this.accountMeta = [];
      this.blocks.push({ kind: "account", code, meta: this.accountMeta, rows: this.tableRows });
    });
    this.MANY(() => {
      this.OR((this.accountMetaLines ??= [
        {
          ALT: () => {
            const line = this.CONSUME(T.Text);
            this.ACTION(() => this.accountMeta.push(line));
          },
        },
        { ALT: () => this.CONSUME(T.PageBreak) },
      ]));
    });
    this.MANY2(() => {
      this.OR2((this.accountRows ??= [
        { ALT: () => this.SUBRULE(this.looseRow) },
        // `编制单位:…¦¦2023年度¦¦金额单位:万元`: the table's labelled lines, written as a row.
        {
          ALT: () => {
            const token = this.CONSUME(T.IdentityRow);
            this.ACTION(() => this.tableRows.push(token));
          },
        },
        { ALT: () => this.CONSUME2(T.PageBreak) },
      ]));
    });
  });

  /** Rows outside any recognised form or list: their cells go to the document's `unmapped`. */
  private looseTable = this.RULE("looseTable", () => {
    this.ACTION(() => {
      this.tableRows = [];
      this.blocks.push({ kind: "table", rows: this.tableRows });
    });
    this.SUBRULE(this.looseRow);
    this.SUBRULE(this.looseRowsAndBreaks);
  });

  /** Loose rows and page breaks, after a table's first row (or a list's header). */
  private looseRowsAndBreaks = this.RULE("looseRowsAndBreaks", () => {
    this.MANY(() => {
      this.OR((this.looseRows ??= [{ ALT: () => this.SUBRULE(this.looseRow) }, { ALT: () => this.CONSUME(T.PageBreak) }]));
    });
  });

  /** Any table row that does not open a form or a list. */
  private looseRow = this.RULE("looseRow", () => {
    const token = this.OR((this.looseRowKinds ??= [
      { ALT: () => this.CONSUME(T.DataRow) },
      { ALT: () => this.CONSUME(T.FundsHeaderRow) },
      { ALT: () => this.CONSUME(T.FundsRow) },
      { ALT: () => this.CONSUME(T.ManagementHeaderRow) },
      { ALT: () => this.CONSUME(T.GoalsHeaderRow) },
      { ALT: () => this.CONSUME(T.IndicatorHeaderRow) },
      { ALT: () => this.CONSUME(T.IndicatorLabelRow) },
      { ALT: () => this.CONSUME(T.TotalRow) },
      { ALT: () => this.CONSUME(T.ExtraRow) },
      { ALT: () => this.CONSUME(T.RuleRow) },
    ]));
    this.ACTION(() => this.tableRows.push(token as IToken));
  });

  /** Whether the labelled rows ahead (and the rows and page breaks among them) are followed by a form's identity rows. */
  private extraRowsOpenForm(): boolean {
    for (let k = 1; ; k++) {
      const type = this.LA(k).tokenType;
      if (type === T.ProjectNameRow || type === T.IdentityRow) return true;
      if (type !== T.ExtraRow && type !== T.DataRow && type !== T.PageBreak) return false;
    }
  }

  /**
   * Parses a row-token vector; returns its blocks and whether any row could not be placed.
   * `isFormRow`: whether a data row among a form's identity rows is the form's own (the caller
   * reads its cells).
   */
  parse(tokens: IToken[], isFormRow: FormRowTest = () => false): { blocks: ParsedBlock[]; errors: number } {
    this.isFormRow = isFormRow;
    this.input = tokens;
    this.blocks = [];
    this.document();
    const blocks = this.blocks;
    this.blocks = [];
    this.formRows = [];
    this.tableRows = [];
    this.accountMeta = [];
    return { blocks, errors: this.errors.length };
  }
}

let instance: DocumentParser | undefined;

/** The parser is built once per process: `performSelfAnalysis` is costly. */
export function documentParser(): DocumentParser {
  instance ??= new DocumentParser();
  return instance;
}
