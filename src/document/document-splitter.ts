/**
 * Cuts a long dump into documents that parse alone to exactly what the whole would give, so a
 * file is parsed, written and released document by document. A cut falls only where a text line
 * follows a table row: the grammar ends every table, form and list there, and the text lines that
 * follow are the headings of what comes next, so they open the next document. Documents are at
 * least `minChars` long (32 Ki characters: small enough that a document's objects die young, which
 * keeps a 100 MB dump's memory flat); a run with no such place is cut at a page break once it
 * exceeds `maxChars` (a table split there continues as loose rows, reported).
 */

export interface DocumentText {
  readonly text: string;
  /** The 1-based source line of the document's first line. */
  readonly firstLine: number;
}

export class DocumentSplitter {
  private buffer = "";
  private bufferFirstLine = 1;
  /** Scan state over the complete lines of the buffer. */
  private scanAt = 0;
  private scanLine = 1;
  private lastFilledWasTable = false;
  private lastBlankAt = -1;

  constructor(
    private readonly minChars = 1 << 15,
    private readonly maxChars = 16 << 20,
  ) {}

  /** Adds decoded text; returns the documents it completes. */
  push(text: string): DocumentText[] {
    this.buffer += text;
    const out: DocumentText[] = [];
    for (;;) {
      const cut = this.findCut();
      if (cut === undefined) break;
      out.push({ text: this.buffer.slice(0, cut.at), firstLine: this.bufferFirstLine });
      this.buffer = this.buffer.slice(cut.at);
      this.bufferFirstLine = cut.line;
      this.scanAt = 0;
      this.scanLine = cut.line;
      this.lastFilledWasTable = false;
      this.lastBlankAt = -1;
    }
    return out;
  }

  /** Ends the input; returns the last document, if any text is left. */
  end(): DocumentText[] {
    const rest = this.buffer;
    this.buffer = "";
    return rest === "" ? [] : [{ text: rest, firstLine: this.bufferFirstLine }];
  }

  private findCut(): { at: number; line: number } | undefined {
    if (this.buffer.length < this.minChars) return undefined;
    const buffer = this.buffer;
    while (this.scanAt < buffer.length) {
      const end = buffer.indexOf("\n", this.scanAt);
      if (end === -1) return undefined; // the last line is not complete yet
      const start = this.scanAt;
      let blank = true;
      let hasTab = false;
      for (let i = start; i < end; i++) {
        const c = buffer.charCodeAt(i);
        if (c === 9) hasTab = true;
        else if (c !== 32 && c !== 0x3000) blank = false;
      }
      if (hasTab && blank) blank = true;
      if (!blank && !hasTab && this.lastFilledWasTable && start >= this.minChars) return { at: start, line: this.scanLine };
      if (blank && start >= this.maxChars && this.lastBlankAt !== -1) return { at: start, line: this.scanLine };
      if (blank) this.lastBlankAt = start;
      else this.lastFilledWasTable = hasTab;
      this.scanAt = end + 1;
      this.scanLine++;
    }
    return undefined;
  }
}
