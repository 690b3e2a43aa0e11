/**
 * Reading numbers written in Chinese numerals, as hand-kept sales sheets sometimes have
 * them: "五万", "一百二十万", "壹拾贰万伍仟", and Arabic digits mixed with units ("12万5千").
 */

const DIGITS: Record<string, number> = {
  一: 1, 壹: 1,
  二: 2, 两: 2, 兩: 2, 贰: 2, 貳: 2,
  三: 3, 叁: 3, 參: 3,
  四: 4, 肆: 4,
  五: 5, 伍: 5,
  六: 6, 陆: 6, 陸: 6,
  七: 7, 柒: 7,
  八: 8, 捌: 8,
  九: 9, 玖: 9,
};
const ZEROS = new Set(["零", "〇"]);
/** Units below 万, which multiply the single digit before them. */
const SMALL_UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
/** Units that multiply everything written since the previous larger unit. */
const LARGE_UNITS: Record<string, number> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };
const POINTS = new Set(["点", "點"]);

type Token =
  | { kind: "number"; value: number; singleDigit: boolean; fraction: boolean }
  | { kind: "zero" }
  | { kind: "fraction"; value: number }
  | { kind: "smallUnit"; value: number }
  | { kind: "largeUnit"; value: number };

/** Splits a numeral into tokens, or returns null when a character is not part of a numeral. */
function tokenize(text: string): Token[] | null {
  const tokens: Token[] = [];
  let position = 0;
  while (position < text.length) {
    const char = text[position];

    const arabic = /^\d+(?:\.\d+)?/.exec(text.slice(position));
    if (arabic) {
      const fraction = arabic[0].includes(".");
      tokens.push({ kind: "number", value: Number(arabic[0]), singleDigit: arabic[0].length === 1, fraction });
      position += arabic[0].length;
      continue;
    }

    if (POINTS.has(char)) {
      // The digits after 点 are read one by one: 三点一四 is 3.14.
      let digits = "";
      position++;
      while (position < text.length) {
        const next = text[position];
        const digit = ZEROS.has(next) ? 0 : (DIGITS[next] ?? (/\d/.test(next) ? Number(next) : undefined));
        if (digit === undefined) break;
        digits += String(digit);
        position++;
      }
      if (digits === "") return null;
      tokens.push({ kind: "fraction", value: Number(`0.${digits}`) });
      continue;
    }

    if (char in DIGITS) tokens.push({ kind: "number", value: DIGITS[char], singleDigit: true, fraction: false });
    else if (ZEROS.has(char)) tokens.push({ kind: "zero" });
    else if (char in SMALL_UNITS) tokens.push({ kind: "smallUnit", value: SMALL_UNITS[char] });
    else if (char in LARGE_UNITS) tokens.push({ kind: "largeUnit", value: LARGE_UNITS[char] });
    else return null;
    position++;
  }
  return tokens;
}

/**
 * Reads a number written in Chinese numerals, plain (一二三, 十百千) or financial
 * (壹贰叁, 拾佰仟), with 万 and 亿, 零 for skipped places, 两 for two, 点 for a decimal
 * point and Arabic digits in place of Chinese ones. A digit that ends the numeral right
 * after a unit of 百 or more takes the next lower unit, as in speech: "一万五" is 15000,
 * while "一万零五" is 10005. Returns NaN when the text is not such a numeral.
 *
 * @example parseChineseNumeral("一百二十万") // 1200000
 * @example parseChineseNumeral("一万零五百") // 10500
 * @example parseChineseNumeral("１２万５千") // 125000
 * @example parseChineseNumeral("一点五亿") // 150000000
 */
export function parseChineseNumeral(text: string): number {
  const tokens = tokenize(text.normalize("NFKC").replace(/\s+/g, ""));
  if (!tokens || tokens.length === 0) return NaN;
  return evaluate(tokens);
}

/**
 * Sums the tokens place by place. The value is kept in three parts so that each unit
 * multiplies the right span: `aboveYi` (already × 亿), `wanPart` (already × 万, within the
 * current 亿 group) and `section` (below 万). `pending` is a number still waiting for its unit.
 */
function evaluate(tokens: Token[]): number {
  let aboveYi = 0;
  let wanPart = 0;
  let section = 0;
  let pending: number | null = null;
  let pendingSingleDigit = false;

  let yiSeen = false;
  let wanSeen = false;
  // A part written after a larger unit must stay below it: 一万二万 and 1亿2亿 are not numbers.
  let groupLimit = Infinity;
  let sectionLimit = Infinity;
  // Small units must fall within a section: 三千五百 is a number, 五百三千 is not.
  let lastSmallUnit = Infinity;
  let partHasNumber = false;
  // After a decimal fraction only units may follow: 1.5万 is a number, 1.5万3千 is not.
  let fractionRead = false;
  let previous: Token | null = null;
  let unitBeforePending = 0;

  for (const token of tokens) {
    if (previous?.kind === "zero" && (token.kind === "smallUnit" || token.kind === "largeUnit")) return NaN;

    switch (token.kind) {
      case "number": {
        if (pending !== null || fractionRead) return NaN;
        pending = token.value;
        pendingSingleDigit = token.singleDigit;
        fractionRead = token.fraction;
        unitBeforePending = previous?.kind === "smallUnit" || previous?.kind === "largeUnit" ? previous.value : 0;
        partHasNumber = true;
        break;
      }
      case "zero": {
        if (pending !== null || fractionRead) return NaN;
        partHasNumber = true;
        break;
      }
      case "fraction": {
        if (fractionRead || previous?.kind === "largeUnit") return NaN;
        pending = (pending ?? 0) + token.value;
        pendingSingleDigit = false;
        fractionRead = true;
        partHasNumber = true;
        break;
      }
      case "smallUnit": {
        // 十 may stand alone for 一十: 十二 is 12 and 十万 is 100000.
        const coefficient = pending ?? (token.value === 10 ? 1 : NaN);
        if (Number.isNaN(coefficient) || coefficient >= 10 || token.value >= lastSmallUnit) return NaN;
        section += coefficient * token.value;
        lastSmallUnit = token.value;
        pending = null;
        partHasNumber = true;
        break;
      }
      case "largeUnit": {
        if (token.value === 1e4) {
          if (wanSeen || !partHasNumber) return NaN;
          wanPart = (section + (pending ?? 0)) * 1e4;
          if (wanPart >= groupLimit) return NaN;
          wanSeen = true;
          sectionLimit = 1e4;
        } else {
          if (yiSeen || !(partHasNumber || wanSeen)) return NaN;
          // 亿 multiplies the whole group before it, so 一万亿 is 10^12.
          aboveYi = (wanPart + section + (pending ?? 0)) * 1e8;
          wanPart = 0;
          yiSeen = true;
          wanSeen = false;
          groupLimit = 1e8;
          sectionLimit = Infinity;
        }
        section = 0;
        pending = null;
        lastSmallUnit = Infinity;
        partHasNumber = false;
        break;
      }
    }
    previous = token;
  }

  // A trailing zero is only a number on its own: 零 is 0, but 五万零 is not a numeral.
  if (previous?.kind === "zero" && aboveYi + wanPart + section > 0) return NaN;

  let last = pending ?? 0;
  if (pending !== null && pendingSingleDigit && unitBeforePending >= 100) last = pending * (unitBeforePending / 10);
  const lastSection = section + last;
  if (lastSection >= sectionLimit || wanPart + lastSection >= groupLimit) return NaN;
  return aboveYi + wanPart + lastSection;
}
