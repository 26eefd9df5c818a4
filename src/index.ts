/** The public API of pe-parse: re-exports only. */
export { parseText, type ParseOptions, type ParseResult } from "./parse-text.js";
export { parseFile, parseBytes, type ParseFileOptions } from "./parse-file.js";
export { parseStream, documentsOf, type StreamOptions, type DocumentPiece } from "./parse-stream.js";
export { decodeBytes, type Decoded } from "./decode/decode-bytes.js";
export { readLines } from "./lines/read-lines.js";
export { buildDocument } from "./document/build-document.js";
export { diagnosticInfo, type Diagnostic, type DiagnosticCode, type Severity } from "./diagnostics/codes.js";
export { RecordSchema, recordJsonSchema, type PeRecord, type RecordKind } from "./schema/record.js";
export { ProjectRecord } from "./schema/project.js";
export { DepartmentRecord } from "./schema/department.js";
export { SummaryRowRecord } from "./schema/summary-row.js";
export { ResultRowRecord } from "./schema/result-row.js";
export { FinalAccountRecord } from "./schema/final-account.js";
