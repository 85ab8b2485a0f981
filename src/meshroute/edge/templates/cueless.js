// The deep scan's cue-less finder (privacy/cueless.py, cueless_shapes.py, cueless_dates.py):
// passwords, generated secrets, birth dates without a cue ("my wifi is Zima2023!", "Jan Kowalski,
// 12.03.1985"). Word lists and patterns are exported data; the rules are ported function by
// function (Python names); where the port cannot follow exactly it finds more, never less.
// Linear time: tokens are whitespace-free runs, each gets bounded work; the date patterns run on
// a copy whose whitespace runs are one character long (no backtracking over a long run).

import { shannonEntropy as entropy } from "./privacy.js";

const SPACE_RUN = /[^\t\n\f\r ]+/g; // RE2's \s: the Python finder's candidate tokens
const chars = (s) => Array.from(s);
// Python's per-character str methods; ASCII first (most tokens), Unicode classes past it
const ascii = (c) => c < "\x80";
const isDigit = (c) => (ascii(c) ? c >= "0" && c <= "9" : /^[\p{Nd}\u00b2\u00b3\u00b9\u2070-\u2079\u2080-\u2089]$/u.test(c));
const isLowerChar = (c) => (ascii(c) ? c >= "a" && c <= "z" : /^\p{Lowercase}$/u.test(c));
const isUpperChar = (c) => (ascii(c) ? c >= "A" && c <= "Z" : /^\p{Uppercase}$/u.test(c));
const isAlpha = (c) => (ascii(c) ? isLowerChar(c) || isUpperChar(c) : /^\p{L}$/u.test(c));
const isAlnum = (c) => (ascii(c) ? isAlpha(c) || isDigit(c) : /^[\p{L}\p{N}]$/u.test(c));
const allOf = (s, test) => s.length > 0 && chars(s).every(test);
const strDigits = (s) => allOf(s, isDigit); // str.isdigit
const strAlpha = (s) => allOf(s, isAlpha);
const strAlnum = (s) => allOf(s, isAlnum);
const strLower = (s) => /\p{Lowercase}/u.test(s) && !/[\p{Uppercase}\p{Lt}]/u.test(s);
const strUpper = (s) => /\p{Uppercase}/u.test(s) && !/[\p{Lowercase}\p{Lt}]/u.test(s);
const isAscii = (s) => /^[\x00-\x7f]*$/.test(s);
const count = (s, test) => chars(s).filter(test).length;

// str.istitle: capitals only after uncased characters, lower case only after cased ones
function strTitle(s) {
  let [cased, previous] = [false, false];
  for (const c of s) {
    const upper = isUpperChar(c) || /\p{Lt}/u.test(c);
    if ((upper && previous) || (isLowerChar(c) && !previous)) return false;
    previous = upper || isLowerChar(c);
    cased = cased || previous;
  }
  return cased;
}

// str.lstrip / str.rstrip with a set of characters
function lstrip(s, set) {
  const cs = chars(s);
  const i = cs.findIndex((c) => !set.includes(c));
  return i < 0 ? "" : cs.slice(i).join("");
}
const rstrip = (s, set) => chars(lstrip(chars(s).reverse().join(""), set)).reverse().join("");
const strip = (s, set) => rstrip(lstrip(s, set), set);
const size = (s) => chars(s).length;

// cueless_shapes.classes
const classes = (value, strong) => [value !== value.toUpperCase(), value !== value.toLowerCase(), chars(value).some(isDigit), chars(value).some((c) => strong.includes(c))];
// cueless_shapes.wordy
function wordy(piece, least) {
  const cs = chars(piece);
  let covered = 0;
  let run = 0;
  for (let i = 0; i < cs.length; i += 1) {
    if (isLowerChar(cs[i]) && (run += 1)) continue;
    if (run >= least) covered += run + (i - run > 0 && isUpperChar(cs[i - run - 1]) ? 1 : 0);
    run = 0;
  }
  if (run >= least) covered += run + (cs.length - run > 0 && isUpperChar(cs[cs.length - run - 1]) ? 1 : 0);
  return covered / Math.max(1, cs.length);
}

// cueless_shapes.transitions: changes between lower case, upper case, digit and the rest
const kindOf = (c) => (isLowerChar(c) ? 0 : isUpperChar(c) ? 1 : isDigit(c) ? 2 : 3);
const transitions = (value) => chars(value).map(kindOf).filter((k, i, all) => i > 0 && k !== all[i - 1]).length;

// cueless_shapes.pieces: the token cut at separators
const pieces = (token, separators) => chars(token).map((c) => (separators.includes(c) ? " " : c)).join("").split(" ").filter(Boolean);

const PY_SPACE = /[\s\x1c-\x1f\x85]/u; // str.split's whitespace
const words = (s) => s.split(/[\s\x1c-\x1f\x85]+/u).filter(Boolean);

// cueless_shapes.composed: words and short numbers joined by punctuation
function composed(token) {
  let hasWord = false;
  for (const part of words(chars(token).map((c) => (isAlnum(c) ? c : " ")).join(""))) {
    if (strAlpha(part) && (strLower(part) || strTitle(part) || strUpper(part))) hasWord = hasWord || size(part) >= 3;
    else if (!(size(part) <= 3 && (strAlpha(part) || chars(part).some(isDigit)))) return false;
  }
  return hasWord;
}

// binascii.a2b_base64 in strict mode (Python 3.11), after base64's "-_" altchars
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
function base64Bytes(text) {
  const out = [];
  let [quad, pads, padding, left] = [0, 0, false, 0];
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === "=") {
      padding = true;
      if (i === 0) return null;
      if (quad >= 2 && quad + ++pads >= 4) return i + 1 < text.length ? null : out;
      continue;
    }
    const v = B64.indexOf(c === "-" ? "+" : c === "_" ? "/" : c);
    if (v < 0 || padding) return null;
    pads = 0;
    // 6 bits each: a byte out after the 2nd, 3rd and 4th character of a quad
    if (quad > 0) out.push(((left << (2 * quad)) | (v >> (6 - 2 * quad))) & 0xff);
    left = v & ((1 << (6 - 2 * quad)) - 1);
    quad = (quad + 1) % 4;
  }
  return quad === 0 ? out : null;
}

// cueless_shapes.decodes_to_text: base64 of plain text
function decodesToText(token) {
  if (!isAscii(token)) return false;
  const raw = base64Bytes(token + "=".repeat((4 - (token.length % 4)) % 4));
  return Boolean(raw && raw.length) && raw.filter((b) => b >= 32 && b < 127).length / raw.length > 0.95 && raw.includes(32);
}

// a bracket pair in order: a call, an index, a formula ("f(x)", "arr[i+1]", "Ca(OH)2")
const hasPair = (token, pairs) => pairs.some(([open, close]) => token.indexOf(open) >= 0 && token.indexOf(close, token.indexOf(open)) > token.indexOf(open));

export class CuelessFinder {
  // data: export_privacy's "cueless" section; validators: privacy.js's (its placeholder test is
  // validators._looks_placeholder); names: the NameFinder, or null
  constructor(data, validators, names) {
    this.d = data;
    this.validators = validators;
    this.names = names;
    this.sets = Object.fromEntries(["public_prefixes", "quoted_cues", "with_cues", "login_words", "login_users", "particles", "digests"].map((k) => [k, new Set(data[k])]));
    this.prefix = new RegExp("^(?:" + data.prefix_segment.source + ")", data.prefix_segment.flags);
    this.format = new RegExp("^(?:" + data.format.source + ")$", data.format.flags);
    const dates = data.dates;
    const global = (spec) => new RegExp(spec.source, spec.flags + "gd");
    this.cued = dates.cued.map(global);
    this.date = global(dates.date);
    this.anyYear = new RegExp(dates.any_year.source, dates.any_year.flags);
    this.ageAfter = new RegExp(dates.age_after.source, dates.age_after.flags);
    this.ageBefore = new RegExp(dates.age_before.source, dates.age_before.flags);
    this.dash = new RegExp("^(?:" + dates.dash.source + ")", dates.dash.flags);
    this.dateAt = new RegExp("^(?:" + dates.date.source + ")", dates.date.flags + "d");
  }

  // The first secret's kind, and DATE_OF_BIRTH when there is one (a verdict, not every hit)
  kinds(text) {
    const first = this.secrets(text).next();
    const found = new Set(first.done ? [] : [first.value]);
    if (this.birthDate(text)) found.add("DATE_OF_BIRTH");
    return found;
  }

  // CuelessFinder._secrets: the kinds of the candidate tokens
  *secrets(text) {
    const { min_token: least, max_token: most, openers, closers, reach } = this.d;
    for (const { 0: raw, index } of text.matchAll(SPACE_RUN)) {
      if (raw.length > 2 * (most + 4)) continue;
      const n = size(raw);
      if (n > most + 4 || n < least - 2 || !this.candidate(raw)) continue;
      const core = rstrip(lstrip(raw, openers), closers);
      if (size(core) < (core.includes(":") ? 4 : least)) continue;
      if (this.technical(strip(raw, "\"'`")) && !this.dense(core)) continue;
      const opened = n - size(lstrip(raw, openers)) > 0;
      const quoted = opened && "\"'`".includes(raw[0]) && rstrip(raw, ".,;:?)").slice(-1) === raw[0];
      let before = chars(text.slice(Math.max(0, index - 2 * reach), index)).slice(-reach).join("");
      before = before.slice(before.lastIndexOf("\n") + 1);
      const kind = this.secretKind(core, before.toLowerCase(), quoted);
      if (kind) yield kind;
    }
  }

  // cueless._CANDIDATE: a letter before an ASCII digit or a password symbol that is not last,
  // before an ASCII digit, or after either
  candidate(raw) {
    if (!/[0-9!#$%&*+=?@^~|\\]/.test(raw)) return false; // most words of prose
    const cs = chars(raw);
    const digit = (c) => c >= "0" && c <= "9";
    const symbol = (c) => digit(c) || "!#$%&*+=?@^~|\\".includes(c);
    const first = cs.findIndex(isAlpha);
    if (first < 0) return false;
    let last = cs.length - 1;
    while (!isAlpha(cs[last])) last -= 1;
    return cs.some((c, i) => (symbol(c) && i < last) || (i > first && (digit(c) || (symbol(c) && i < cs.length - 1))));
  }

  // cueless.secret_kind
  secretKind(token, context = "", quoted = false) {
    const n = size(token);
    if (n < this.d.min_token - 2 || n > this.d.max_token) return null;
    if (this.dense(token)) return "PASSWORD";
    if (this.technical(token)) return null;
    if (token.includes(":")) return this.userPassword(token, context); // before "composed"
    if (n < 20 && composed(token)) return null;
    if (this.validators.placeholder(token)) return null;
    if (n >= 20) {
      const kind = this.generated(token, context);
      if (kind !== null || allOf(token, (c) => this.d.base64_chars.includes(c))) return kind;
    }
    if (n > 64 || composed(token)) return null;
    return this.human(token) || (this.weak(token) && this.inLoginContext(context, quoted)) ? "PASSWORD" : null;
  }

  // cueless._technical: URLs, e-mails, paths, hashtags, code, money, versions
  technical(token) {
    const lowered = token.toLowerCase();
    if (token.includes("://") || ["www.", "/", "./", "~/", "\\"].some((p) => lowered.startsWith(p))) return true;
    if ("#@".includes(token[0]) && this.tag(chars(token).slice(1).join(""))) return true;
    if (token[0] === "$" && (token.endsWith("$") || amountThenText(token.slice(1)))) return true;
    const b64 = allOf(token, (c) => this.d.base64_chars.includes(c));
    if (size(token) >= 12 && b64 && decodesToText(token)) return true;
    if (token.includes("\\") || (chars(token).some((c) => this.d.code_chars.includes(c)) && this.d.code.some((op) => token.includes(op)))) return true;
    if (token.split("/").length > 2 && this.generated(token, "") === null) return true;
    if (token.includes("@")) {
      const at = token.lastIndexOf("@");
      const domain = token.slice(at + 1);
      if (at > 0 && domain.includes(".") && strAlnum(domain.replace(/[.\-]/g, ""))) return true;
    }
    if (hasPair(token, this.d.pairs)) return true;
    if (strip(token, "=").includes("=")) return true;
    return (token.endsWith("%") && strDigits(lstrip(token.slice(0, -1), "+-").replace(/\./g, ""))) || currency(token) || version(token);
  }

  tag(body) {
    if (!body || !allOf(body, (c) => isAlnum(c) || "_-.".includes(c))) return false;
    const letters = chars(body).filter(isAlpha).join("");
    return strLower(letters) || strUpper(letters) || wordy(body, 2) > 0.5;
  }

  // cueless._human: a password a person chose or a generator made
  human(token) {
    const strong = this.d.strong_symbols;
    const [lower, upper, digit, hasSymbol] = classes(rstrip(token, "!"), strong);
    let symbol = hasSymbol;
    const n = size(token);
    const trailingBang = token.endsWith("!") && count(token, isDigit) >= 2;
    if (this.commonStem(token)) return true;
    if (hexDigits(token) && strLower(token)) return false; // a short hash or id
    const bracketed = chars(token).some((c) => this.d.brackets.includes(c));
    if (lower && upper && digit && bracketed) symbol = symbol || wordy(token, 2) < 0.5;
    if (token.endsWith("!") && this.randomAlnum(rstrip(token, "!"))) return true;
    if (n < 7 || !lower || (n === 7 && !(upper && digit && symbol))) return false;
    if (symbol || trailingBang) {
      if (!digit && bracketed) return false;
      if ([lower, upper, digit, true].filter(Boolean).length >= 3 && (digit || count(token, (c) => strong.includes(c)) >= 2)) return !this.worded(token);
      return false;
    }
    let longest = "";
    for (const piece of pieces(token, this.d.separators)) if (size(piece) > size(longest)) longest = piece;
    if (size(longest) < 8) return false;
    return this.leet(longest) || this.randomAlnum(longest);
  }

  // cueless._dense: a generator's password over all of ASCII's punctuation
  dense(token) {
    const n = size(token);
    if (n < 8 || n > 64 || !isAscii(token) || token.includes("://")) return false;
    if (this.d.code.some((op) => token.includes(op)) || option(token)) return false;
    const punctuation = chars(token).filter((c) => !isAlnum(c));
    if (punctuation.length < 2 || punctuation.every((c) => this.d.separators.includes(c))) return false;
    const [lower, upper, digit] = classes(token, this.d.strong_symbols);
    if (!(lower && upper && digit) || new Set(token).size < 0.75 * n) return false;
    if (hasPair(token, this.d.pairs)) return false;
    const at = token.lastIndexOf("@");
    if (at > 0 && token.slice(at + 1).includes(".")) return false;
    return wordy(token, 2) <= 0.35 && !composed(token);
  }

  worded(token) {
    const parts = words(chars(token).map((c) => (this.d.strong_symbols.includes(c) ? " " : c)).join(""));
    return parts.every((p) => strAlpha(p) && (strLower(p) || strTitle(p) || strUpper(p)));
  }

  leet(piece) {
    const cs = chars(piece);
    let inside = 0;
    for (let i = 1; i < cs.length - 1; i += 1) if (isLowerChar(cs[i - 1]) && isDigit(cs[i]) && isLowerChar(cs[i + 1])) inside += 1;
    if (!(inside >= 2 || (inside === 1 && cs.some(isUpperChar)))) return false;
    return wordy(cs.map((c) => this.d.leet[c] ?? c).join(""), 3) >= 0.6;
  }

  randomAlnum(value) {
    const piece = value.replace(/_/g, "");
    if (size(piece) < 10 || !strAlnum(piece)) return false;
    if (Math.min(count(piece, isLowerChar), count(piece, isUpperChar)) < 2 || !count(piece, isDigit) || wordy(piece, 2) > 0.5) return false;
    return transitions(piece) >= 0.35 * size(piece);
  }

  commonStem(token) {
    const lowered = token.toLowerCase();
    for (const stem of this.d.common_stems) {
      if (lowered.startsWith(stem) && lowered.length > stem.length) {
        return chars(lowered.slice(stem.length)).every((c) => isDigit(c) || this.d.strong_symbols.includes(c));
      }
    }
    return false;
  }

  weak(token) {
    const [lower, upper, digit, symbol] = classes(token, this.d.strong_symbols);
    return size(token) >= 6 && (lower || upper) && (digit || symbol);
  }

  loginWords(context) {
    const ws = contextWords(context).slice(-8);
    const login = this.sets.login_words;
    return ws.some((w, i) => login.has(w) || (i > 0 && login.has(ws[i - 1] + w)));
  }

  inLoginContext(context, quoted) {
    const ws = contextWords(context);
    const lastWord = ws[ws.length - 1];
    if (quoted && ws.length && (this.sets.quoted_cues.has(lastWord) || this.loginWords(context))) return true;
    if (quoted && ws.length >= 2 && lastWord === "with" && this.sets.with_cues.has(ws[ws.length - 2])) return true;
    const tail = context.replace(/\s+$/u, "");
    return [":", "/", "-", "="].some((c) => tail.endsWith(c)) && this.loginWords(context);
  }

  // cueless._user_password: "admin:hunter2"
  userPassword(token, context) {
    const parts = token.split(":");
    if (parts.length !== 2) return null;
    const [user, password] = parts;
    if (!(size(user) >= 2 && size(user) <= 32 && isAlpha(chars(user)[0])) || size(password) < 4) return null;
    if (!allOf(user, (c) => isAlnum(c) || "._-".includes(c)) || this.sets.digests.has(user.toLowerCase())) return null;
    if (isDigit(chars(password)[0]) || this.validators.placeholder(password) || this.technical(password)) return null;
    if (this.format.test(password)) return null; // a strftime or printf format
    if (this.human(password)) return "PASSWORD";
    const login = this.sets.login_users.has(user.toLowerCase()) || this.loginWords(context);
    return login && this.weak(password) ? "PASSWORD" : null;
  }

  // cueless._generated: a generated secret of 20+ characters, or a provider's key
  generated(token, context) {
    if (!/^[A-Za-z0-9+/=_.\-]*$/.test(token)) return null;
    let [prefix, rest, m] = [0, token, null];
    while (prefix < 3 && rest.length > 24 && (m = this.prefix.exec(rest)) !== null) {
      if (prefix === 0 && this.sets.public_prefixes.has(m[0].slice(0, -1))) return null;
      rest = rest.slice(m[0].length);
      prefix += 1;
    }
    const body = rest.replace(/[^A-Za-z0-9]/g, "");
    if (body.length < 20 || body.length < 0.85 * rest.length) return null;
    if (hexDigits(rest) || uuidShaped(token)) {
      return prefix ? "API_TOKEN" : ["key", "token", "secret", "api", "credential", "auth"].some((w) => context.includes(w)) ? "SECRET" : null;
    }
    if (!randomBody(body) || decodesToText(rest)) return null;
    return prefix ? "API_TOKEN" : "SECRET";
  }

  // cueless_dates.BirthDates.find, as a verdict: any date of birth in the text
  birthDate(text) {
    if (!this.anyYear.test(text)) return false;
    const d = this.d.dates;
    const year = new Date().getUTCFullYear();
    // whitespace runs as one character (a newline if they hold one): the patterns' \s* then
    // cannot backtrack over a long run; spans are mapped back to `text`
    const same = !/[\t\f\r]|[\n ]{2}/.test(text); // most texts: nothing to shorten
    const where = [];
    let short = same ? text : "";
    for (const m of same ? [] : text.matchAll(/([\t\n\f\r ]+)|[^\t\n\f\r ]+/g)) {
      short += m[1] ? (m[1].includes("\n") ? "\n" : " ") : m[0];
      for (let i = 0; i < (m[1] ? 1 : m[0].length); i += 1) where.push(m.index + i);
    }
    const at = same ? (i) => i : (i) => where[i];
    const span = (match) => [at(match.indices[1][0]), at(match.indices[1][1] - 1) + 1];
    const followedByDigit = (end) => isDigit(String.fromCodePoint(text.codePointAt(end) ?? 32));
    for (const pattern of this.cued) {
      for (const match of short.matchAll(pattern)) {
        const [start, end] = span(match);
        if (birthYear(text.slice(start, end), year, d.first_year) && !followedByDigit(end)) return true;
      }
    }
    const dates = [...short.matchAll(this.date)].map(span);
    // gazetteer names over the whole text when Python reads them so (over _WINDOWED_DATES
    // dates), per date window otherwise; both in between, so either Python way is covered
    let whole = null;
    if (this.names && dates.length > d.windowed_dates) whole = this.names.spans(text, true).map((s) => s[1]).sort((a, b) => a - b);
    const windowed = dates.length <= 2 * d.windowed_dates;
    for (const [start, end] of dates) {
      if (followedByDigit(end) || this.lifespan(text, end, year)) continue;
      const born = birthYear(text.slice(start, end), year, d.first_year);
      if (born && (this.ageAgrees(text, start, end, born, year) || this.afterName(text, start, whole, windowed))) return true;
    }
    return false;
  }

  // BirthDates._after_name: a name the gazetteer finds ends right before the date
  afterName(text, start, whole, windowed) {
    let gap = 0; // the same count as below, first on the raw text: most dates stop here
    while (gap < 5 && start > gap && this.d.dates.gap.includes(text[start - gap - 1])) gap += 1;
    if (!this.names || gap < 1 || gap > 4) return false;
    let i = start - gap; // and the word before the gap, when it is well inside the window
    while (i > 0 && start - gap - i < 60 && !PY_SPACE.test(text[i - 1])) i -= 1;
    if ((i === 0 || PY_SPACE.test(text[i - 1])) && i < start - gap && !isUpperChar(String.fromCodePoint(text.codePointAt(i))) && !text.slice(start - gap, start).includes(",")) return false;
    const reach = this.d.dates.window;
    const back = chars(text.slice(Math.max(0, start - 2 * reach), start)).slice(-reach).join("");
    let window = back.slice(back.lastIndexOf("\n") + 1);
    const offset = start - window.length;
    gap = window.length - rstrip(window, this.d.dates.gap).length;
    if (gap < 1 || gap > 4) return false;
    const gapText = window.slice(window.length - gap);
    window = window.slice(0, window.length - gap);
    const last = words(window).pop();
    if (!last || !(isUpperChar(chars(last)[0]) || gapText.includes(","))) return false;
    const ends = [];
    if (whole) {
      let lo = 0;
      let hi = whole.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (whole[mid] <= offset) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < whole.length && whole[i] <= start; i += 1) ends.push(whole[i] - offset);
    }
    if (windowed || !whole) ends.push(...this.names.spans(window, true).map((s) => s[1]));
    if (ends.some((e) => this.endsName(window, e))) return true;
    const lastTwo = words(window).slice(-2);
    if (lastTwo.length !== 2 || !lastTwo.every((w) => isUpperChar(chars(w)[0]) && strAlpha(w))) return false;
    if (this.names.notable && this.names.notable.is(lastTwo.join(" "))) return false; // "Elvis Presley"
    const swapped = `${lastTwo[1]} ${lastTwo[0]}`;
    return this.names.spans(swapped, true).some(([s, e]) => e - s === swapped.length);
  }

  // cueless_dates._lifespan: a death date follows ("12 March 1931 - 4 May 2001")
  lifespan(text, end, year) {
    const dash = this.dash.exec(text.slice(end, end + 8));
    const after = dash && this.dateAt.exec(text.slice(end + dash[0].length - 1, end + dash[0].length + 40));
    return Boolean(after && after.indices[1][0] <= 1 && birthYear(after[1], year, this.d.dates.first_year));
  }

  // cueless_dates._ends_name, looser: the words after a name the Python finder extends further
  // (gazetteer._rest_of_name: "Aditya Kumar Sharma", "bin Ahmad") may follow it too
  endsName(window, end) {
    const rest = words(window.slice(end));
    const namely = (w) => (isUpperChar(chars(w)[0]) && /^[\p{L}'\u2019\-]+$/u.test(w)) || this.sets.particles.has(w.toLowerCase());
    return rest.length <= this.d.name_words + 2 && rest.every(namely);
  }

  // cueless_dates._age_agrees: "12.03.1985 (40)"
  ageAgrees(text, start, end, born, year) {
    const ages = [];
    const after = this.ageAfter.exec(chars(text.slice(end, end + 80)).slice(0, 40).join(""));
    if (after) ages.push(Number(after[1]));
    const before = this.ageBefore.exec(chars(text.slice(Math.max(0, start - 80), start)).slice(-40).join(""));
    if (before) ages.push(Number(before[1] ?? before[2]));
    return ages.some((age) => year - born - age >= 0 && year - born - age <= 1);
  }
}

const contextWords = (context) => words(chars(context).map((c) => (isAlpha(c) || "'\u2019-".includes(c) ? c : " ")).join(""));

// cueless_shapes.amount_then_text: money glued to text ("50;Section")
const amountThenText = (rest) => /^[0-9]+(?:[.,;:)]|$)/.test(rest);

// cueless_shapes.version: "1.2.3", "v2.0.1-beta+build.5", "3.11-slim"
function version(token) {
  const body = "vV".includes(token[0]) ? token.slice(1) : token;
  return body.includes(".") && strDigits(body.split(".")[0]) && /^[A-Za-z0-9.\-+_]*$/.test(body);
}

// cueless_shapes.currency: "$1,299.99", "US$500", "€20", "£3.5m"
function currency(token) {
  const body = lstrip(token, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
  const head = chars(body)[0];
  if (token.length - body.length > 3 || !["$", "€", "£", "¥"].includes(head) || size(body) < 2) return false;
  const amount = rstrip(chars(body).slice(1).join(""), "kKmMbB");
  return allOf(amount, (c) => isDigit(c) || ".,".includes(c));
}

// cueless_shapes.option: "-XX:+UseG1GC", "--cpus=2", "JAVA_OPTS=-Xms512m"
function option(token) {
  if (token.startsWith("-")) {
    const name = lstrip(token, "-");
    const cut = Math.min(...[name.indexOf(":"), name.indexOf("="), Infinity].filter((i) => i >= 0));
    const head = cut === Infinity ? "" : name.slice(0, cut).replace(/[-.]/g, "");
    return cut > 0 && isAlpha(chars(head)[0] ?? "") && strAlnum(head);
  }
  const equals = token.indexOf("=");
  const key = token.slice(0, Math.max(equals, 0));
  return equals >= 0 && key.includes("_") && strUpper(key) && strAlnum(key.replace(/_/g, ""));
}

const hexDigits = (value) => /^[0-9a-fA-F-]+$/.test(/^0[xX]/.test(value) ? value.slice(2) : value);

const uuidShaped = (v) => v.length === 36 && [8, 13, 18, 23].every((i) => v[i] === "-") && /^[0-9a-fA-F\-]+$/.test(v);

// cueless._random: three classes, entropy near the maximum for its length, many class changes
function randomBody(body) {
  if (!(/[a-z]/.test(body) && /[A-Z]/.test(body) && /[0-9]/.test(body)) || wordy(body, 3) > 0.5) return false;
  const threshold = Math.min(4.2, Math.log2(body.length) - 0.7);
  return entropy(body) >= threshold && transitions(body) >= 0.3 * body.length;
}

// cueless_dates._birth_year: a plausible birth year; numeric dates need a real day and month
function birthYear(value, year, first) {
  const runs = value.replace(/[^0-9]/g, " ").split(" ").filter(Boolean);
  const years = runs.filter((r) => r.length === 4).map(Number);
  if (years.length !== 1 || years[0] < first || years[0] > year) return 0;
  const small = runs.filter((r) => r.length !== 4).map(Number);
  if (small.length === 2 && !(Math.min(...small) >= 1 && Math.min(...small) <= 12 && Math.max(...small) <= 31)) return 0;
  return years[0];
}
