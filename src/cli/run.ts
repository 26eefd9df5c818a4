/**
 * The command line: `run(argv, io)` parses the flags with commander, maps them into normalised
 * options, runs the command and returns the exit code. Nothing here calls `process.exit`.
 */
import { Command, CommanderError, Option } from "commander";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { CSV_HEADER_LANGUAGES, CSV_TABLES } from "../emit/csv-tables.js";
import { escapeControls, escapeLines } from "./format-diagnostic.js";
import type { CliIo } from "./io.js";
import { FORMATS, optionErrors, ParseRunOptions } from "./options.js";
import { EXIT, parseCommand } from "./parse-command.js";

function version(): string {
  try {
    const path = createRequire(import.meta.url).resolve("pe-parse/package.json");
    const pkg = JSON.parse(readFileSync(path, "utf8")) as { version: string };
    return pkg.version;
  } catch {
    return "unknown";
  }
}

const EXAMPLES = `
Examples:
  pe-parse fixtures/004_9b7fb85721d44591.txt           records of one dump as JSON
  pe-parse --format ndjson downloads/ > records.ndjson    every *.txt below a folder
  pe-parse --format csv --table indicators --bom dumps/ -o indicators.csv
  pe-parse -f csv -t summary --headers zh --bom notices/ -o summary.csv   Chinese headers
  pe-parse --out-dir out --split notice.txt              one JSON file per record
  cat notice.txt | pe-parse --format ndjson -            read standard input
  pe-parse schema > records.schema.json                  the JSON Schema of the records
  pe-parse render records.json > canonical.txt           records back to a dump
  pe-parse explain notice.txt --html notice.html         which cell each value came from
  pe-parse dumps/ -o records.ndjson --diagnostics issues.csv --bom   every diagnostic as a table
  pe-parse dumps/ -o out.json --ignore cell-unplaced --max-warnings 50   a CI budget for warnings
  pe-parse check fixtures                                golden files round trip
  pe-parse check --add fixtures/new.txt                  a new golden, to review by hand

A run of several files ends with one summary line on stderr (not with -q or --silent).

Exit codes: 0 every file parsed; 1 a file had errors (or warnings with --strict, or more
            than --max-warnings N); 2 usage error (an option with no effect among them), no
            input found, unreadable path, or output refused or failed (full disk);
            130, 143, 129 stopped by SIGINT, SIGTERM, SIGHUP (no temporary file left).`;

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command();
  program
    .name("pe-parse")
    .description("Turn text dumps of Chinese budget-performance notices (绩效自评表, 汇总表, 部门决算) into records.")
    .version(version(), "-V, --version")
    .exitOverride()
    // A subcommand's own options are its own: `explain --encoding X` is explain's, not the parse's.
    .enablePositionalOptions()
    .configureOutput({
      writeOut: (s) => void io.stdout.write(s),
      // An unknown option is quoted as typed: its control characters as escapes.
      writeErr: (s) => void io.stderr.write(escapeLines(s)),
    })
    .showHelpAfterError("(run pe-parse --help for usage)")
    .argument("[paths...]", "dump files, directories (every *.txt below, sorted) or - for stdin")
    .addOption(new Option("-f, --format <format>", "output format (default: from -o's extension .json, .ndjson, .jsonl or .csv, else json)").choices([...FORMATS]))
    .addOption(new Option("-t, --table <table>", "CSV table, with CSV output (default: projects)").choices([...CSV_TABLES]))
    .option("-o, --output <file>", "write to FILE instead of stdout: a file atomically (through a link, its target), a device, pipe or /dev/fd/N directly, - for stdout; never one of the inputs or another output")
    .option("--out-dir <dir>", "directory for --split output")
    .option("--split", "write one file per record into --out-dir")
    .option("--force", "let --split overwrite existing files")
    .option("--bom", "start CSV output with a UTF-8 BOM (for Excel)")
    .addOption(new Option("--headers <language>", "CSV header names: en (the column names, the default) or zh (the forms' Chinese labels)").choices([...CSV_HEADER_LANGUAGES]))
    .option("--csv-safe", "prefix CSV cells starting with = + - @ with ' so spreadsheets do not run them")
    .option("--encoding <name>", "force the input encoding (utf-8, gb18030, gbk, utf-16le, utf-16be); default: detect")
    .option("-q, --quiet", "print no warnings, infos or closing summary (errors are still printed)")
    .option("--silent", "print nothing on stderr but usage errors (the exit code still tells)")
    .option("-v, --verbose", "also print info diagnostics (every repair made)")
    .option("--ignore <codes>", "hide warnings and infos of these codes (comma-separated, repeatable) from stderr and the exit code; never errors", (value: string, previous: string[] = []) => [...previous, value])
    .option("--strict", "treat warnings as errors for the exit code")
    .option("--max-warnings <n>", "exit 1 when there are more than N warnings (--ignore'd ones not counted)")
    .option("--diagnostics <file>", "also write every diagnostic of the run as a table: FILE.csv (with --bom's BOM) or FILE.ndjson / FILE.jsonl")
    .option("--no-progress", "never show the progress bar")
    .option("-j, --jobs <n>", "threads parsing in parallel, at most the cores: files on N workers (no more than the files), one long input on this thread and N − 1 workers (default: number of cores)")
    .addHelpText("after", EXAMPLES)
    .action(async (paths: string[], flags: Record<string, unknown>) => {
      const given = { ...flags, paths, split: flags.split === true };
      // Parsed once per run, so without compiling the schema (src/schema/validate-record.ts says why).
      const parsed = ParseRunOptions.safeParse(given, { jitless: true });
      if (!parsed.success) {
        for (const line of optionErrors(parsed.error, given)) io.stderr.write(`pe-parse: ${escapeControls(line)}\n`);
        exitCode = EXIT.usage;
        return;
      }
      exitCode = await parseCommand(parsed.data, io);
    });

  program
    .command("schema")
    .description("print the JSON Schema of the records (generated from the zod schemas)")
    .action(async () => {
      const { schemaCommand } = await import("./schema-command.js");
      exitCode = schemaCommand(io);
    });
  program
    .command("render")
    .description("write records (a records file, NDJSON, one record or an array; - for stdin) back as a canonical dump text")
    .argument("<file>", "records file")
    .action(async (file: string) => {
      const { renderCommand } = await import("./render-command.js");
      exitCode = await renderCommand(file, io);
    });
  program
    .command("explain")
    .description("show which cell of the dump each field, repair and unmapped cell of its records came from (text, or one HTML page)")
    .argument("<file>", "a dump")
    .option("--html <out>", "write a self-contained HTML page to OUT instead of text to stdout")
    .option("--encoding <name>", "force the input encoding; default: detect")
    .action(async (file: string, flags: { html?: string; encoding?: string }) => {
      const { explainCommand } = await import("./explain-command.js");
      exitCode = await explainCommand(file, flags, io);
    });
  program
    .command("check")
    .description("compare every X.txt with its X.expected.json golden, parsing and round-tripping")
    .argument("[dir]", "fixture directory", "fixtures")
    .option("--update", "rewrite the expected files after showing the differences")
    .option("--add <files...>", "write X.expected.json beside each X.txt given (never over an existing one), to review by hand")
    .action(async (dir: string, flags: { update?: boolean; add?: string[] }, command: Command) => {
      if (flags.add) {
        if (command.args.length > 0 || flags.update) {
          io.stderr.write("pe-parse: check --add takes only the dumps to add (no DIR, no --update)\n");
          exitCode = EXIT.usage;
          return;
        }
        const { checkAdd } = await import("./check-add.js");
        exitCode = await checkAdd(flags.add, io);
        return;
      }
      const { checkCommand } = await import("./check-command.js");
      exitCode = await checkCommand(dir, flags.update === true, io);
    });

  try {
    await program.parseAsync([...argv], { from: "user" });
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === "commander.helpDisplayed" || error.code === "commander.version" || error.code === "commander.help") return EXIT.ok;
      return EXIT.usage;
    }
    io.stderr.write(`pe-parse: ${escapeControls((error as Error).message.split("\n")[0] as string)}\n`);
    return EXIT.usage;
  }
  return exitCode;
}
