// parseAmount (SPEC "Numbers"): a cell as a form writes it → a number with its unit, empty, or text.
import { describe, expect, it } from "vitest";
import { parseAmount, rowNumber, type ParsedAmount } from "../../src/lines/parse-amount.js";

interface Case {
  readonly source: string;
  readonly text: string;
  readonly parsed: ParsedAmount;
}

const numbers: Case[] = [
  // 003 line 142: `一、一般公共预算财政拨款收入¦1¦12,705.06¦…` (thousands separators)
  { source: "003 line 142", text: "12,705.06", parsed: { kind: "number", value: 12705.06 } },
  // 003 line 149: `…¦八、社会保障和就业支出¦39¦10,621.07`
  { source: "003 line 149", text: "10,621.07", parsed: { kind: "number", value: 10621.07 } },
  // 001 line 10: `（万元）¦年度资金总额¦139.04¦139.04¦139.04¦10分¦100%¦10¦`
  { source: "001 line 10", text: "139.04", parsed: { kind: "number", value: 139.04 } },
  { source: "001 line 10", text: "10分", parsed: { kind: "number", value: 10, unit: "分" } },
  { source: "001 line 10", text: "100%", parsed: { kind: "number", value: 100, unit: "%" } },
  // 004 line 12: `¦年度资金总额¦¦8.89¦8.89¦3.49¦10 分¦39.25%¦3.9¦` (a wrap space before the unit)
  { source: "004 line 12", text: "10 分", parsed: { kind: "number", value: 10, unit: "分" } },
  { source: "004 line 12", text: "39.25%", parsed: { kind: "number", value: 39.25, unit: "%" } },
  // 001 line 538: `¦预算数¦2993¦2993¦2644¦10分¦93.90%¦¦`
  { source: "001 line 538", text: "93.90%", parsed: { kind: "number", value: 93.9, unit: "%" } },
  // 001 line 457: `¦年度资金总额¦100.57万元¦100.57万元¦100.57万元¦10分¦100%¦10¦`
  { source: "001 line 457", text: "100.57万元", parsed: { kind: "number", value: 100.57, unit: "万元" } },
  // 000 line 17: `5¦党组织活动经费¦…¦¦¦0.99574¦0.99574¦¦0¦0¦99¦…`
  { source: "000 line 17", text: "0.99574", parsed: { kind: "number", value: 0.99574 } },
  // 003 line 947: `…¦邮寄函¦¦≥900人次¦¦80人次¦¦3¦¦0.27¦¦-91.11%¦…` (a negative 偏差度)
  { source: "003 line 947", text: "-91.11%", parsed: { kind: "number", value: -91.11, unit: "%" } },
  // 003 line 824: `成本指标¦经济成本指标¦成本控制率¦≤100%¦100%¦10¦10¦0.00%¦`
  { source: "003 line 824", text: "0.00%", parsed: { kind: "number", value: 0, unit: "%" } },
  // 003 line 812: `年度资金总额(万元):¦¦7¦6¦6¦6¦10¦100¦10¦¦¦`
  { source: "003 line 812", text: "0", parsed: { kind: "number", value: 0 } },
  // the full-width percent sign of GB-encoded forms: `100％`
  { source: "full-width %", text: "100％", parsed: { kind: "number", value: 100, unit: "%" } },
  // the rule's header example of a 元 amount, and the 亿元 unit it knows
  { source: "parse-amount.ts header", text: "8,500元", parsed: { kind: "number", value: 8500, unit: "元" } },
  { source: "亿元", text: "1.5亿元", parsed: { kind: "number", value: 1.5, unit: "亿元" } },
  // padding around the number is not part of it
  { source: "003 line 962, padded", text: " 191.01 ", parsed: { kind: "number", value: 191.01 } },
];

const empties: Case[] = [
  // 001 line 11: `¦其中：当年财政拨款¦139.04¦139.04¦139.04¦—¦¦—¦`
  { source: "001 line 11", text: "—", parsed: { kind: "empty" } },
  // 003 line 813: `政府性预算资金¦¦7¦6¦6¦6¦-¦100¦-¦¦¦`
  { source: "003 line 813", text: "-", parsed: { kind: "empty" } },
  { source: "001 line 11", text: "", parsed: { kind: "empty" } },
  { source: "blank cell", text: "   ", parsed: { kind: "empty" } },
  { source: "double dash", text: "--", parsed: { kind: "empty" } },
  { source: "full-width dash", text: "——", parsed: { kind: "empty" } },
  { source: "slash", text: "/", parsed: { kind: "empty" } },
];

const texts: Case[] = [
  // 004 line 21: `¦¦质量指标¦资金使用合理率¦≥95%¦100%¦8¦8¦¦`
  { source: "004 line 21", text: "≥95%", parsed: { kind: "text" } },
  // 001 line 17: `…¦发放人数，按人数发放率¦完成¦10¦10¦无`
  { source: "001 line 17", text: "完成", parsed: { kind: "text" } },
  { source: "001 line 17", text: "无", parsed: { kind: "text" } },
  // 003 line 1683: `…¦鉴定补贴标准¦100-380元¦181元¦10¦10¦0.00%¦` (a range is not a number)
  { source: "003 line 1683", text: "100-380元", parsed: { kind: "text" } },
  // 004 line 19: `…¦失业动态监测企业数¦40 家¦40 家¦10¦10¦¦`
  { source: "004 line 19", text: "40家", parsed: { kind: "text" } },
  // 003 line 827: `…¦工伤、伤残,病退鉴定人数¦300-400人¦660人¦5¦1.75¦65.00%¦…`
  { source: "003 line 827", text: "660人", parsed: { kind: "text" } },
  // malformed separators and bare signs or units are not numbers
  { source: "bad grouping", text: "1,23", parsed: { kind: "text" } },
  { source: "bare unit", text: "万元", parsed: { kind: "text" } },
  { source: "bare point", text: ".", parsed: { kind: "text" } },
  { source: "exponent", text: "1e5", parsed: { kind: "text" } },
  { source: "Infinity", text: "Infinity", parsed: { kind: "text" } },
];

describe("parseAmount", () => {
  it.each(numbers)("reads 「$text」 as a number ($source)", ({ text, parsed }) => {
    expect(parseAmount(text)).toEqual(parsed);
  });

  it.each(empties)("reads 「$text」 as empty, not applicable ($source)", ({ text, parsed }) => {
    expect(parseAmount(text)).toEqual(parsed);
  });

  it.each(texts)("reads 「$text」 as text, not a number ($source)", ({ text, parsed }) => {
    expect(parseAmount(text)).toEqual(parsed);
  });

  it("gives no unit key at all to a bare number", () => {
    // 001 line 10 `139.04`: the record must not carry `unit: undefined`
    expect(Object.keys(parseAmount("139.04"))).toEqual(["kind", "value"]);
  });
});

describe("parseAmount on full-width forms", () => {
  it.each([
    ["１００", 100, undefined],
    ["９３．３％", 93.3, "%"],
    ["１２．５万元", 12.5, "万元"],
  ] as const)("reads %s as %d", (text, value, unit) => {
    expect(parseAmount(text)).toEqual(unit === undefined ? { kind: "number", value } : { kind: "number", value, unit });
  });
});

describe("parseAmount flags a number that is not exactly the digits written", () => {
  const flagged: Case[] = [
    // issue 15: a 19-digit amount; the nearest double is 1234567890123456768
    { source: "issue 15", text: "1234567890123456789", parsed: { kind: "number", value: 1234567890123456789, imprecise: true } },
    { source: "issue 15", text: "0.12345678901234567", parsed: { kind: "number", value: 0.12345678901234567, imprecise: true } },
    // issue 15: `8 889` is read as 8889, its digits joined across a space
    { source: "issue 15", text: "8 889", parsed: { kind: "number", value: 8889, spaceJoined: true } },
    { source: "issue 15", text: "12, 705.06万元", parsed: { kind: "number", value: 12705.06, unit: "万元", spaceJoined: true } },
  ];
  const exact: Case[] = [
    // 2^60 has 19 digits and is a double exactly; 16 digits that a double holds
    { source: "2^60", text: "1152921504606846976", parsed: { kind: "number", value: 1152921504606846976 } },
    { source: "16 digits", text: "1234567890123.456", parsed: { kind: "number", value: 1234567890123.456 } },
    { source: "trailing zeros", text: "12705.0600000000000000", parsed: { kind: "number", value: 12705.06 } },
    // 004 line 12: a wrap space before the unit is no digit group
    { source: "004 line 12", text: "10 分", parsed: { kind: "number", value: 10, unit: "分" } },
  ];
  for (const c of [...flagged, ...exact]) {
    it(`reads ${JSON.stringify(c.text)} (${c.source})`, () => {
      expect(parseAmount(c.text)).toEqual(c.parsed);
    });
  }
});

describe("rowNumber", () => {
  it.each<[string, number | undefined]>([
    ["1", 1],
    ["94", 94],
    [" 12 ", 12],
    ["１２", 12],
    ["００７", 7],
    ["12345", 12345],
    ["123456", undefined],
    ["1.5", undefined],
    ["１．５", undefined],
    ["一", undefined],
    ["", undefined],
    ["-3", undefined],
  ])("reads %j as %j", (text, number) => {
    expect(rowNumber(text)).toBe(number);
  });

  it("takes at most the digits asked for", () => {
    expect(rowNumber("1234", 3)).toBeUndefined();
    expect(rowNumber("１２３", 3)).toBe(123);
  });
});
