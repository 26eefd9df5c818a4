// CSV output as spreadsheets and shell tools take it: line ends, level columns, Chinese headers.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { root, runCli } from "./run-cli.js";

const SEED = "fixtures/004_9b7fb85721d44591.txt";
const made: string[] = [];
const tmp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), "pe-parse-csv-"));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe("CSV line ends", () => {
  it("ends a CSV with a newline, so wc -l counts every row and cat keeps two files' rows apart", async () => {
    const run = await runCli(["--format", "csv", "--table", "indicators", "-q", SEED]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout.endsWith("\n")).toBe(true);
    expect(run.stdout.split("\n")).toHaveLength(1 + 10 + 1);
    const twice = run.stdout + run.stdout;
    expect(twice.split("\n").filter((l) => l.startsWith("file,"))).toHaveLength(2);
  });

  it("ends a header-only CSV with a newline too", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "empty.txt"), "");
    const run = await runCli(["--format", "csv", "--table", "results", "-q", join(dir, "empty.txt")]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toBe("file,line,table,seq,departmentCode,department,name,budget,score,grade,executed,executionRate,initialBudget\n");
  });
});

describe("department-wide forms in the project tables", () => {
  const DEPARTMENT = "fixtures/synthetic/01a_department-selfeval.txt";

  it("gives a department form a projects row (form department, no project name), its funds lines and indicators", async () => {
    const projects = await runCli(["--format", "csv", "-q", DEPARTMENT]);
    expect(projects.code).toBe(0);
    expect(projects.stdout.split("\n")[1]).toBe(`${DEPARTMENT},1,19,department,2023年度部门整体支出绩效自评表,2023,,临江县农业农村局,,万元,1200,1350,1282.5,95,10,9.5,100,97.5,6,0,0,0,0`);
    const funds = await runCli(["--format", "csv", "--table", "funds", "-q", DEPARTMENT]);
    expect(funds.stdout.split("\n")[1]).toBe(`${DEPARTMENT},1,2023,,临江县农业农村局,,万元,total,1200,1350,1282.5,10,95,9.5`);
    const indicators = await runCli(["--format", "csv", "--table", "indicators", "-q", DEPARTMENT]);
    expect(indicators.stdout.split("\n").filter((l) => l.startsWith(DEPARTMENT))).toHaveLength(6);
  });
});

describe("records the chosen table has no row for", () => {
  it("says how many, of which kinds, and which table holds them (not under -q)", async () => {
    const run = await runCli(["--format", "csv", "fixtures/000_62e7df66abdd3e04.txt", SEED]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("pe-parse: csv: 127 of the records have no row in the projects table: 127 summary-row (-t summary)\n");
    const quiet = await runCli(["--format", "csv", "-q", "fixtures/000_62e7df66abdd3e04.txt", SEED]);
    expect(quiet.stderr).toBe("");
  });
});

describe("the summary table's level columns", () => {
  const SUMMARY = "fixtures/000_62e7df66abdd3e04.txt";

  it("spreads budget and executed into one column per level, in the header's order, keeping the totals", async () => {
    const run = await runCli(["--format", "csv", "--table", "summary", "-q", SUMMARY]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe(
      "file,line,table,department,unit,seq,name,implementer," +
        "budget.中央,budget.省级,budget.市级,budgetTotal,executed.市级,executed.县（市）区级,executedTotal," +
        "carryover,returned,score,opinion",
    );
    expect(lines[1]).toBe(`${SUMMARY},13,部门绩效自评结果公开汇总表,社保科,万元,1,聘用保险办理人员劳务经费,石家庄市机关事业单位社会保险中心,,,42.21,42.21,42.21,,42.21,0,0,100,`);
    expect(lines).toHaveLength(1 + 127 + 1);
  });

  it("takes the union of the run's levels in order of first appearance, leaving a level a row lacks empty", async () => {
    const dir = tmp();
    const head = readFileSync(join(root, SUMMARY), "utf8").split("\n").slice(0, 14);
    writeFileSync(join(dir, "a.txt"), head.join("\n") + "\n");
    // The second notice's sub-header names 区级 where the first has 省级.
    head[11] = (head[11] as string).replace("省级", "区级");
    writeFileSync(join(dir, "b.txt"), head.join("\n") + "\n");
    const run = await runCli(["--format", "csv", "--table", "summary", "-q", "--jobs", "1", join(dir, "a.txt"), join(dir, "b.txt")]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines[0]).toContain(",implementer,budget.中央,budget.省级,budget.市级,budget.区级,budgetTotal,executed.市级,");
    expect(lines).toHaveLength(1 + 2 + 2);
    expect(lines[1]).toContain(",石家庄市机关事业单位社会保险中心,,,42.21,,42.21,");
    expect(lines[3]).toContain(",石家庄市机关事业单位社会保险中心,,,42.21,,42.21,");
  });
});

describe("--headers zh", () => {
  it("names every table's columns in the forms' Chinese labels, the levels too", async () => {
    const files = ["fixtures/000_62e7df66abdd3e04.txt", "fixtures/002_8d8ab4ca45e1b48f.txt", "fixtures/003_565532f530cb80ee.txt", SEED];
    const heads: Record<string, string> = {};
    for (const table of ["projects", "indicators", "funds", "summary", "results", "final-accounts"]) {
      const run = await runCli(["--format", "csv", "--table", table, "--headers", "zh", "-q", ...files]);
      expect(run.code, table).toBe(0);
      expect(run.stderr, table).toBe("");
      heads[table] = run.stdout.split("\n")[0] as string;
      expect(heads[table], table).not.toMatch(/[a-z]/);
    }
    expect(heads.indicators).toBe("文件,起始行,年度,项目名称,主管部门,实施单位,一级指标,二级指标,三级指标,年度指标值,实际完成值,分值,得分,偏差度,偏差原因分析及改进措施");
    expect(heads.projects).toContain(",项目名称,主管部门,实施单位,资金单位,年初预算数,全年预算数,全年执行数,执行率,");
    expect(heads.summary).toContain(",项目实施单位,预算数.中央,预算数.省级,预算数.市级,预算数合计,执行数.市级,执行数.县（市）区级,执行数合计,结余结转数,");
    expect(heads.results).toBe("文件,行,表名,序号,部门编码,主管部门（单位）,项目名称,预算金额,自评得分,自评等级,执行金额,执行率,年初预算数");
  });

  it("keeps today's English names by default and with --headers en, and refuses another language", async () => {
    const plain = await runCli(["--format", "csv", "--table", "results", "-q", "fixtures/002_8d8ab4ca45e1b48f.txt"]);
    const en = await runCli(["--format", "csv", "--table", "results", "--headers", "en", "-q", "fixtures/002_8d8ab4ca45e1b48f.txt"]);
    expect(plain.code).toBe(0);
    expect(en.stdout).toBe(plain.stdout);
    expect(plain.stdout.split("\n")[0]).toBe("file,line,table,seq,departmentCode,department,name,budget,score,grade,executed,executionRate,initialBudget");
    const fr = await runCli(["--format", "csv", "--headers", "fr", SEED]);
    expect(fr.code).toBe(2);
    expect(fr.stdout).toBe("");
    expect(fr.stderr).toContain("option '--headers <language>' argument 'fr' is invalid. Allowed choices are en, zh.");
  });
});
