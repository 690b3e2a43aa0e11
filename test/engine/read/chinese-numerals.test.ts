import fc from "fast-check";
import { parseChineseNumeral } from "../../../src/engine/read/chinese-numerals";

describe("parseChineseNumeral", () => {
  test.each([
    ["五万", 50000],
    // 一百二十 × 10,000.
    ["一百二十万", 1200000],
    ["三千五百", 3500],
    ["两亿", 200000000],
    // 十二 × 10,000 + 5,000.
    ["十二万五千", 125000],
    ["零", 0],
    ["〇", 0],
    // 零 marks the empty thousands place: 10,000 + 500.
    ["一万零五百", 10500],
    ["一千零五十", 1050],
    ["十", 10],
    ["十五", 15],
    ["二十五", 25],
    ["一百一十", 110],
    ["一百十", 110],
    ["两千", 2000],
    // 一万亿 is 10^4 × 10^8.
    ["一万亿", 1000000000000],
    // 10^8 + 10^8 × 0 + 5,000 through 零.
    ["十亿零五千", 1000005000],
    ["三亿五千万", 350000000],
    // Financial numerals, as on contracts and invoices.
    ["壹拾贰万伍仟", 125000],
    ["叁仟伍佰", 3500],
    ["貳萬", 20000],
    ["壹億", 100000000],
    // Arabic digits mixed with units, in both widths.
    ["１２万", 120000],
    ["12万5千", 125000],
    ["1亿2000万", 120000000],
    ["1万零5", 10005],
    ["3千5百", 3500],
  ])("reads %j", (text, expected) => {
    expect(parseChineseNumeral(text)).toBe(expected);
  });

  test.each([
    // A digit that ends the numeral after a unit takes the next lower unit, as in speech.
    ["一万五", 15000],
    ["三千五", 3500],
    ["一百二", 120],
    ["两万三", 23000],
    ["一亿五", 150000000],
    ["1万5", 15000],
    // With 零 the digit keeps its place.
    ["一万零五", 10005],
  ])("reads shortened %j", (text, expected) => {
    expect(parseChineseNumeral(text)).toBe(expected);
  });

  test.each([
    ["一点五万", 15000],
    ["十二点五万", 125000],
    ["三点一四", 3.14],
    ["零点五", 0.5],
    ["1.5万", 15000],
    ["1.5千万", 15000000],
  ])("reads decimal %j", (text, expected) => {
    expect(parseChineseNumeral(text)).toBeCloseTo(expected, 6);
  });

  test.each([
    ["empty", ""],
    ["unit alone", "万"],
    ["百 without a digit", "百"],
    ["digits read one by one", "二〇二六"],
    ["two digits in a row", "五五"],
    ["units rising", "五百三千"],
    ["万 twice", "一万二万"],
    ["亿 twice", "一亿二亿"],
    ["zero before a unit", "一零万"],
    ["trailing zero", "五万零"],
    ["part after 万 too large", "1万12000"],
    ["digit after a decimal", "1.5万3千"],
    ["point without digits", "五点"],
    ["point after 万", "五万点五"],
    ["coefficient of ten before 千", "12千"],
    ["letters", "abc"],
    ["date", "2026年3月5日"],
    ["thousands comma", "1,200万"],
  ])("rejects %s", (_name, text) => {
    expect(parseChineseNumeral(text)).toBeNaN();
  });
});

/**
 * Writes an integer below 10^12 in Chinese numerals the way style guides and banks do,
 * independently of the parser: groups of four digits under 亿, 万 and units, 零 for each
 * run of empty places inside the number, and 十 instead of 一十 only at the very start.
 */
type NumeralStyle = "plain" | "financial" | "spokenTwo" | "arabic";

const PLAIN_DIGITS = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
const FINANCIAL_DIGITS = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"];
const PLAIN_PLACES = ["", "十", "百", "千"];
const FINANCIAL_PLACES = ["", "拾", "佰", "仟"];

function renderGroup(group: number, style: NumeralStyle, first: boolean): string {
  if (style === "arabic") return String(group);
  const digits = style === "financial" ? FINANCIAL_DIGITS : PLAIN_DIGITS;
  const places = style === "financial" ? FINANCIAL_PLACES : PLAIN_PLACES;

  let out = "";
  let zeroPending = false;
  for (let place = 3; place >= 0; place--) {
    const digit = Math.floor(group / 10 ** place) % 10;
    if (digit === 0) {
      if (out !== "") zeroPending = true;
      continue;
    }
    if (zeroPending) out += "零";
    zeroPending = false;
    const isLeadingTen = first && out === "" && place === 1 && digit === 1 && style !== "financial";
    const useLiang = style === "spokenTwo" && digit === 2 && place >= 2;
    if (!isLeadingTen) out += useLiang ? "两" : digits[digit];
    out += places[place];
  }
  return out;
}

function renderChinese(n: number, style: NumeralStyle): string {
  if (n === 0) return style === "arabic" ? "0" : "零";
  const groups: [number, string][] = [
    [Math.floor(n / 1e8), "亿"],
    [Math.floor(n / 1e4) % 1e4, "万"],
    [n % 1e4, ""],
  ];

  let out = "";
  let gap = false;
  for (const [group, unit] of groups) {
    if (group === 0) {
      if (out !== "") gap = true;
      continue;
    }
    // A lower group below 1000 starts with an empty place, so it needs 零 as well.
    if (out !== "" && (gap || group < 1000)) out += "零";
    gap = false;
    out += renderGroup(group, style, out === "") + unit;
  }
  return out;
}

/** Maps ASCII digits to their full-width forms, as a Chinese input method types them. */
function toFullWidth(text: string): string {
  return text.replace(/[0-9]/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
}

describe("renderChinese", () => {
  // The renderer is checked by hand on a few numbers, so that the property below tests the parser.
  test.each([
    [10, "plain", "十"],
    [10500, "plain", "一万零五百"],
    [100000005, "plain", "一亿零五"],
    [110000000, "plain", "一亿一千万"],
    [1200000, "plain", "一百二十万"],
    [125000, "financial", "壹拾贰万伍仟"],
    [2200, "spokenTwo", "两千两百"],
    [100050000, "arabic", "1亿零5万"],
  ] as [number, NumeralStyle, string][])("renders %i in %s style", (n, style, expected) => {
    expect(renderChinese(n, style)).toBe(expected);
  });
});

describe("Chinese numeral properties", () => {
  test("rendered integers read back", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999_999 }),
        fc.constantFrom<NumeralStyle>("plain", "financial", "spokenTwo", "arabic"),
        fc.boolean(),
        (n, style, fullWidth) => {
          const rendered = renderChinese(n, style);
          expect(parseChineseNumeral(fullWidth ? toFullWidth(rendered) : rendered)).toBe(n);
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("random text never throws", () => {
    const numeralText = fc.string({ unit: fc.constantFrom(..."零〇一二两三五九十百千万亿壹拾佰仟点0123456789.１".split("")), maxLength: 12 });
    fc.assert(
      fc.property(fc.oneof(numeralText, fc.string()), (text) => {
        expect(typeof parseChineseNumeral(text)).toBe("number");
      }),
    );
  });
});
