// privacy/number_shapes.py: digit runs that are written as something other than a phone number
// (an amount with spaced thousands, a list of numbers, an ISBN, an order or ticket number, a
// piece of an alphanumeric code, a form's mask). Patterns are exported data; the checks are
// ported function by function (Python names). The gateway also drops freephone and premium-rate
// numbers by phonenumbers' metadata, which the Worker lacks: there the Worker flags more.

const GROUP_DIGITS = 16; // number_shapes._GROUP_DIGITS
const ISBN_REACH = 17; // number_shapes._ISBN_REACH
const isDigit = (c) => c !== undefined && c >= "0" && c <= "9";
const isUnicodeDigit = (c) => c !== undefined && /^\p{Nd}$/u.test(c);
const isAlnum = (c) => c !== undefined && /^[\p{L}\p{N}]$/u.test(c);
const isCurrency = (c) => c !== undefined && /^\p{Sc}$/u.test(c);

// stdnum.isbn.is_valid on a compacted value (spaces and hyphens removed, upper case)
function isbnValid(value) {
  if (value.length === 9) return isbnValid("0" + value); // an SBN is an ISBN-10 with a 0
  if (value.length === 10) {
    if (!/^[0-9]{9}[0-9X]$/.test(value)) return false;
    let sum = 0;
    for (let i = 0; i < 10; i += 1) sum += (10 - i) * (value[i] === "X" ? 10 : value.charCodeAt(i) - 48);
    return sum % 11 === 0;
  }
  if (value.length !== 13 || !/^97[89][0-9]{10}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 13; i += 1) sum += (i % 2 ? 3 : 1) * (value.charCodeAt(i) - 48);
  return sum % 10 === 0;
}

export class NumberShapes {
  constructor(data, compile) {
    this.amount = new RegExp(`^(?:${data.amount.source})$`, data.amount.flags);
    this.currencyAfter = compile(data.currency_after, "y");
    this.otherIdLabel = compile(data.other_id_label);
    this.lookback = data.lookback;
    this.sequenceGroups = data.sequence_groups;
  }

  // _groups_around: the bare digit groups, separated by single spaces, holding the match (at
  // most sequenceGroups each side and GROUP_DIGITS digits a group: bounded work per candidate)
  groupsAround(text, start, end) {
    let [lo, hi] = [start, end];
    for (let i = 0; i < this.sequenceGroups; i += 1) {
      if (!(lo >= 2 && text[lo - 1] === " " && isUnicodeDigit(text[lo - 2]))) break;
      lo -= 2;
      const floor = Math.max(lo - GROUP_DIGITS, 0);
      while (lo > floor && isUnicodeDigit(text[lo - 1])) lo -= 1;
    }
    for (let i = 0; i < this.sequenceGroups; i += 1) {
      if (!(hi + 1 < text.length && text[hi] === " " && isUnicodeDigit(text[hi + 1]))) break;
      hi += 2;
      const ceiling = Math.min(hi + GROUP_DIGITS, text.length);
      while (hi < ceiling && isUnicodeDigit(text[hi])) hi += 1;
    }
    return text.slice(lo, hi).split(" ");
  }

  sequence(groups) {
    return groups.length >= this.sequenceGroups && !groups.some((g) => g.startsWith("0"));
  }

  amountAt(text, start, end) {
    const groups = this.groupsAround(text, start, end);
    if (!this.amount.test(groups.join(" "))) return false;
    if (groups[0].length === 1 || groups.slice(1).includes("000")) return true;
    const before = text.slice(Math.max(0, start - 2), start).trim();
    if (before && isCurrency(before[before.length - 1])) return true;
    const after = text.slice(end, end + 2).trim();
    if (after && isCurrency(after[0])) return true;
    this.currencyAfter.lastIndex = end;
    return this.currencyAfter.test(text);
  }

  codePiece(text, start) {
    if (start < 2 || text[start - 1] !== " ") return false;
    let wordStart = start - 1;
    while (wordStart > 0 && isAlnum(text[wordStart - 1])) wordStart -= 1;
    const word = Array.from(text.slice(wordStart, start - 1));
    return word.some(isUnicodeDigit) && word.some((c) => /^\p{L}$/u.test(c));
  }

  // _isbn, read at most ISBN_REACH characters each way (bounded work per candidate)
  isbn(text, start, end) {
    let [lo, hi] = [start, end];
    const [floor, ceiling] = [Math.max(start - ISBN_REACH, 0), Math.min(end + ISBN_REACH, text.length)];
    while (lo > floor && (isUnicodeDigit(text[lo - 1]) || text[lo - 1] === "-")) lo -= 1;
    while (hi < ceiling && (isUnicodeDigit(text[hi]) || "-Xx".includes(text[hi]))) hi += 1;
    const before = lo === floor && lo > 0 && (isUnicodeDigit(text[lo - 1]) || text[lo - 1] === "-");
    if (before || (hi === ceiling && hi < text.length && (isUnicodeDigit(text[hi]) || "-Xx".includes(text[hi])))) return false;
    const raw = text.slice(lo, hi).replace(/^-+|-+$/g, "");
    if (raw.length > ISBN_REACH) return false;
    const value = raw.replace(/[ -]/g, "").toUpperCase();
    if (!isbnValid(value)) return false;
    const cued = text.slice(Math.max(0, lo - 12), lo).toLowerCase().includes("isbn");
    return cued || value.length === 13;
  }

  mask(value) {
    const digits = Array.from(value).filter(isDigit).join("");
    return new Set(digits).size <= 1 || "1234567890".startsWith(digits.slice(0, 10));
  }

  notAPhone(text, value, start, end) {
    if (value.startsWith("+") || value.startsWith("00") || value.startsWith("(")) return this.mask(value);
    return (
      this.sequence(this.groupsAround(text, start, end)) ||
      this.amountAt(text, start, end) ||
      this.mask(value) ||
      this.codePiece(text, start) ||
      this.otherIdLabel.test(text.slice(Math.max(0, start - this.lookback), start)) ||
      this.isbn(text, start, end)
    );
  }
}
