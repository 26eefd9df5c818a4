/**
 * The document grammar, over row tokens: a dump is a sequence of project forms, list tables
 * (summary and result lists), 部门决算 tables, other tables, text lines and page breaks. A project
 * form is its identity rows, then its funds, 资金管理情况, goals and indicator sections and 总分 in
 * any order, each optional, so a form cut off, missing a part or laid out differently still
 * parses. Page breaks may fall between any two rows. The parser only recognises; `src/document/build-document.ts` gives meaning.
 */
import type { CstNode, IToken } from "chevrotain";
import { chevrotain } from "./chevrotain.js";
import * as T from "./row-tokens.js";

export class DocumentParser extends chevrotain.CstParser {
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

  public document = this.RULE("document", () => {
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.projectForm) },
        { ALT: () => this.SUBRULE(this.listTable) },
        { ALT: () => this.SUBRULE(this.accountTable) },
        { ALT: () => this.SUBRULE(this.looseTable) },
        // A table code is also text; the accountTable alternative, tried first, takes it.
        { ALT: () => this.CONSUME(T.Text, { LABEL: "text" }), IGNORE_AMBIGUITIES: true },
        { ALT: () => this.CONSUME(T.PageBreak, { LABEL: "pageBreak" }) },
      ]);
    });
  });

  // ---- project forms ----------------------------------------------------------------------

  /** Identity rows, then the sections in whatever order the province prints them. */
  private projectForm = this.RULE("projectForm", () => {
    this.SUBRULE(this.identitySection);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.fundsSection) },
        { ALT: () => this.SUBRULE(this.managementSection) },
        { ALT: () => this.SUBRULE(this.goalsSection) },
        { ALT: () => this.SUBRULE(this.indicatorSection) },
        { ALT: () => this.CONSUME(T.TotalRow, { LABEL: "total" }) },
      ]);
    });
  });

  private identitySection = this.RULE("identitySection", () => {
    this.OR([
      { ALT: () => this.CONSUME(T.ProjectNameRow, { LABEL: "identity" }) },
      { ALT: () => this.CONSUME(T.IdentityRow, { LABEL: "identity" }) },
    ]);
    this.MANY(() => {
      this.OR2([
        { ALT: () => this.CONSUME2(T.IdentityRow, { LABEL: "identity" }) },
        { ALT: () => this.CONSUME(T.RuleRow, { LABEL: "rule" }) },
        { ALT: () => this.CONSUME(T.PageBreak, { LABEL: "pageBreak" }) },
      ]);
    });
  });

  private fundsSection = this.RULE("fundsSection", () => {
    this.OR([
      { ALT: () => this.CONSUME(T.FundsHeaderRow, { LABEL: "header" }) },
      { ALT: () => this.CONSUME(T.FundsRow, { LABEL: "funds" }) },
    ]);
    this.MANY(() => {
      this.OR2([
        { ALT: () => this.CONSUME2(T.FundsHeaderRow, { LABEL: "header" }) },
        { ALT: () => this.CONSUME2(T.FundsRow, { LABEL: "funds" }) },
        { ALT: () => this.CONSUME(T.DataRow, { LABEL: "continuation" }) },
        { ALT: () => this.CONSUME(T.PageBreak, { LABEL: "pageBreak" }) },
      ]);
    });
  });

  private managementSection = this.RULE("managementSection", () => {
    this.CONSUME(T.ManagementHeaderRow, { LABEL: "header" });
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME2(T.ManagementHeaderRow, { LABEL: "header" }) },
        { ALT: () => this.CONSUME(T.DataRow, { LABEL: "item" }) },
        { ALT: () => this.CONSUME(T.PageBreak, { LABEL: "pageBreak" }) },
      ]);
    });
  });

  private goalsSection = this.RULE("goalsSection", () => {
    this.CONSUME(T.GoalsHeaderRow, { LABEL: "header" });
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.DataRow, { LABEL: "goal" }) },
        { ALT: () => this.CONSUME(T.PageBreak, { LABEL: "pageBreak" }) },
      ]);
    });
  });

  private indicatorSection = this.RULE("indicatorSection", () => {
    this.OR1([
      { ALT: () => this.CONSUME(T.IndicatorHeaderRow, { LABEL: "header" }) },
      { ALT: () => this.CONSUME(T.IndicatorLabelRow, { LABEL: "indicator" }) },
    ]);
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME2(T.IndicatorHeaderRow, { LABEL: "header" }) },
        { ALT: () => this.CONSUME2(T.IndicatorLabelRow, { LABEL: "indicator" }) },
        { ALT: () => this.CONSUME(T.DataRow, { LABEL: "indicator" }) },
        { ALT: () => this.CONSUME(T.PageBreak, { LABEL: "pageBreak" }) },
      ]);
    });
  });

  // ---- list and account tables ------------------------------------------------------------

  private listTable = this.RULE("listTable", () => {
    this.CONSUME(T.ListHeaderRow, { LABEL: "header" });
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE(this.looseRow, { LABEL: "row" }) },
        { ALT: () => this.CONSUME(T.PageBreak, { LABEL: "pageBreak" }) },
      ]);
    });
  });

  private accountTable = this.RULE("accountTable", () => {
    this.CONSUME(T.TableCode, { LABEL: "code" });
    this.MANY(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.Text, { LABEL: "meta" }) },
        { ALT: () => this.CONSUME(T.PageBreak, { LABEL: "pageBreak" }) },
      ]);
    });
    this.MANY2(() => {
      this.OR2([
        { ALT: () => this.SUBRULE(this.looseRow, { LABEL: "row" }) },
        { ALT: () => this.CONSUME2(T.PageBreak, { LABEL: "pageBreak" }) },
      ]);
    });
  });

  /** Rows outside any recognised form or list: their cells go to the document's `unmapped`. */
  private looseTable = this.RULE("looseTable", () => {
    this.SUBRULE(this.looseRow, { LABEL: "row" });
    this.MANY(() => {
      this.OR([
        { ALT: () => this.SUBRULE2(this.looseRow, { LABEL: "row" }) },
        { ALT: () => this.CONSUME(T.PageBreak, { LABEL: "pageBreak" }) },
      ]);
    });
  });

  /** Any table row that does not open a form or a list. */
  private looseRow = this.RULE("looseRow", () => {
    this.OR([
      { ALT: () => this.CONSUME(T.DataRow, { LABEL: "cells" }) },
      { ALT: () => this.CONSUME(T.FundsHeaderRow, { LABEL: "cells" }) },
      { ALT: () => this.CONSUME(T.FundsRow, { LABEL: "cells" }) },
      { ALT: () => this.CONSUME(T.ManagementHeaderRow, { LABEL: "cells" }) },
      { ALT: () => this.CONSUME(T.GoalsHeaderRow, { LABEL: "cells" }) },
      { ALT: () => this.CONSUME(T.IndicatorHeaderRow, { LABEL: "cells" }) },
      { ALT: () => this.CONSUME(T.IndicatorLabelRow, { LABEL: "cells" }) },
      { ALT: () => this.CONSUME(T.TotalRow, { LABEL: "cells" }) },
      { ALT: () => this.CONSUME(T.RuleRow, { LABEL: "cells" }) },
    ]);
  });

  /** Parses a row-token vector; returns the CST and whether any row could not be placed. */
  parse(tokens: IToken[]): { cst: CstNode; errors: number } {
    this.input = tokens;
    const cst = this.document();
    return { cst, errors: this.errors.length };
  }
}

let instance: DocumentParser | undefined;

/** The parser is built once per process: `performSelfAnalysis` is costly. */
export function documentParser(): DocumentParser {
  instance ??= new DocumentParser();
  return instance;
}
