// The gateway's fast privacy scan (meshroute/privacy: normalise, patterns, validators), run from
// exported data: the same normalisation, the same patterns (translated from RE2 syntax), the
// same validators. Where the Python validator leans on metadata the Worker does not carry
// (phonenumbers' numbering plans, stdnum's per-country IBAN layouts, the full public suffix
// list), the port here is looser: the Worker may flag more than the gateway, never less.
// Shared vectors (tests/vectors/privacy_fast_scan.jsonl) keep both sides in step.

import { CuelessFinder } from "./cueless.js";
import { NameFinder } from "./names.js";
import { NumberShapes } from "./number_shapes.js";
import { StructuredFinder } from "./structured.js";

const SPACE = /[\s\x1c-\x1f\x85]/u;
const NEWLINES = "\n\r\u2028\u2029\x0b\x0c\x85";
const TRAILING_PUNCT = /[.,;:)\]}>!?]+$/u;
const EDGE_PUNCT = /^[.,;:)\]}>!?]+|[.,;:)\]}>!?]+$/gu;

const compile = (spec, extra = "") => new RegExp(spec.source, spec.flags + extra);
const points = (text) => Array.from(text);
const isDigit = (c) => c !== undefined && /^\p{Nd}$/u.test(c);
const isAlpha = (c) => c !== undefined && /^\p{L}$/u.test(c);
const onlyDigits = (v) => v.length > 0 && /^[0-9]+$/.test(v);
const compact = (v) => points(v).filter((c) => /[\p{L}\p{N}]/u.test(c)).join("").toUpperCase();

export function shannonEntropy(value) {
  const counts = new Map();
  let n = 0;
  for (const c of value) {
    counts.set(c, (counts.get(c) || 0) + 1);
    n += 1;
  }
  let bits = 0;
  for (const k of counts.values()) bits -= (k / n) * Math.log2(k / n);
  return bits;
}

function charClasses(value) {
  const chars = points(value);
  const isLower = (c) => c !== c.toUpperCase() && c === c.toLowerCase();
  const isUpper = (c) => c !== c.toLowerCase() && c === c.toUpperCase();
  return [chars.some(isLower), chars.some(isUpper), chars.some(isDigit), chars.some((c) => !/[\p{L}\p{N}]/u.test(c))].filter(Boolean).length;
}

function luhn(digits) {
  let sum = 0;
  for (let i = digits.length - 1, even = false; i >= 0; i -= 1, even = !even) {
    let d = digits.charCodeAt(i) - 48;
    if (even && (d *= 2) > 9) d -= 9;
    sum += d;
  }
  return sum % 10 === 0;
}

function mod97(numeric) {
  let rest = 0;
  for (const d of numeric) rest = (rest * 10 + (d.charCodeAt(0) - 48)) % 97;
  return rest;
}

// stdnum's iban.is_valid(check_country=False): mod-97 and the country's BBAN layout.
function ibanValid(value, layouts) {
  if (!/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(value)) return false;
  const layout = layouts.get(value.slice(0, 2));
  if (!layout || !layout.test(value.slice(4))) return false;
  const moved = value.slice(4) + value.slice(0, 4);
  return mod97(moved.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))) === 1;
}

function validDate(year, month, day) {
  const date = new Date(Date.UTC(year, month - 1, day));
  return month >= 1 && month <= 12 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function makeChecks(tables) {
  const verhoeff = (number) => {
    let check = 0;
    points(number).reverse().forEach((n, i) => {
      check = tables.verhoeff_multiplication[check][tables.verhoeff_permutation[i % 8][Number(n)]];
    });
    return check === 0;
  };
  const cfCode = new RegExp(tables.cf_code);
  return {
    "stdnum.de.idnr"(v) {
      if (v.length !== 11 || !onlyDigits(v) || v[0] === "0") return false;
      const counts = new Map();
      for (const c of v.slice(0, 10)) counts.set(c, (counts.get(c) || 0) + 1);
      const repeated = [...counts.values()].filter((c) => c > 1);
      if (repeated.length !== 1 || ![2, 3].includes(repeated[0])) return false;
      let check = 5;
      for (const c of v) check = ((((check || 10) * 2) % 11) + Number(c)) % 10;
      return check === 1;
    },
    "stdnum.pl.pesel"(v) {
      if (!onlyDigits(v) || v.length !== 11) return false;
      const weights = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3];
      const sum = weights.reduce((s, w, i) => s + w * Number(v[i]), 0);
      if (String((10 - (sum % 10)) % 10) !== v[10]) return false;
      const month = Number(v.slice(2, 4));
      const century = [1900, 2000, 2100, 2200, 1800][Math.floor(month / 20)];
      return century !== undefined && validDate(century + Number(v.slice(0, 2)), month % 20, Number(v.slice(4, 6)));
    },
    "stdnum.fr.nir"(v) {
      if (!onlyDigits(v.slice(0, 5)) || !onlyDigits(v.slice(7))) return false;
      const dept = v.slice(5, 7);
      if (!onlyDigits(dept) && dept !== "2A" && dept !== "2B") return false;
      if (v.length !== 15) return false;
      const digits = v.slice(0, 5) + (dept === "2A" ? "19" : dept === "2B" ? "18" : dept) + v.slice(7);
      return String(97 - mod97(digits.slice(0, 13))).padStart(2, "0") === v.slice(13);
    },
    "stdnum.es.dni"(v) {
      return v.length === 9 && onlyDigits(v.slice(0, -1)) && "TRWAGMYFPDXBNJZSQVHLCKE"[Number(v.slice(0, -1)) % 23] === v[8];
    },
    "stdnum.es.nie"(v) {
      if (v.length !== 9 || !"XYZ".includes(v[0]) || !onlyDigits(v.slice(1, -1))) return false;
      const number = String("XYZ".indexOf(v[0])) + v.slice(1, -1);
      return "TRWAGMYFPDXBNJZSQVHLCKE"[Number(number) % 23] === v[8];
    },
    "stdnum.nl.bsn"(v) {
      const n = v.replace(/[ \-.]/g, "").padStart(9, "0");
      if (!onlyDigits(n) || Number(n) <= 0 || n.length !== 9) return false;
      const sum = [...n.slice(0, 8)].reduce((s, c, i) => s + (9 - i) * Number(c), 0);
      return (((sum - Number(n[8])) % 11) + 11) % 11 === 0;
    },
    "stdnum.in_.aadhaar"(v) {
      return v.length === 12 && /^[2-9][0-9]{11}$/.test(v) && v !== points(v).reverse().join("") && verhoeff(v);
    },
    "stdnum.in_.pan"(v) {
      return v.length === 10 && /^[A-Z]{5}[0-9]{4}[A-Z]$/.test(v) && tables.pan_holder_types.includes(v[3]) && v.slice(5, 9) !== "0000";
    },
    // stdnum also checks the birth date inside the code; not here (looser).
    "stdnum.it.codicefiscale"(v) {
      if (v.length !== 16 || !cfCode.test(v)) return false;
      const sum = points(v.slice(0, 15)).reduce((s, c, i) => s + (i % 2 === 0 ? tables.cf_odd[c] : tables.cf_even[c]), 0);
      return "ABCDEFGHIJKLMNOPQRSTUVWXYZ"[sum % 26] === v[15];
    },
  };
}

class Validators {
  constructor(data) {
    this.data = data;
    this.placeholders = new Set(data.placeholders);
    this.suffixes = new Set(data.email_suffixes);
    this.layouts = new Map(Object.entries(data.iban_layouts).map(([cc, source]) => [cc, new RegExp(source, "u")]));
    this.phoneCue = compile(data.phone.cue);
    this.specs = data.validators;
    this.notNames = new Set(data.names.not_names);
    this.notPlaces = new Set(data.names.not_places);
    this.personal = compile(data.names.personal_reference);
    this.cues = Object.fromEntries(Object.entries(data.validators).filter(([, v]) => v.cue).map(([k, v]) => [k, compile(v.cue)]));
    this.separators = compile(data.phone.separators, "g");
    this.splitter = compile(data.phone.separators);
    this.dotted = new RegExp(`^(?:${data.phone.dotted.source})$`, data.phone.dotted.flags);
    this.notPhone = new RegExp(`^(?:${data.phone.not_phone.source})$`, data.phone.not_phone.flags);
    this.shapes = new NumberShapes(data.phone.shapes, compile);
    this.checks = makeChecks(data.tables);
  }

  hasCue(text, start, end, cue) {
    const before = text.slice(Math.max(0, start - this.data.cue_reach), start).toLowerCase();
    const after = text.slice(end, end + 16).toLowerCase();
    return cue.test(before) || cue.test(after);
  }

  placeholder(value) {
    const lowered = value.toLowerCase().replace(EDGE_PUNCT, "");
    if (this.placeholders.has(lowered) || lowered.includes("example") || lowered.includes("xxxx")) return true;
    return ["${", "$(", "%(", "{{", "<", "os.", "env", "process.", "getenv"].some((p) => lowered.startsWith(p));
  }

  formatted(value) {
    if (value.startsWith("+") || value.startsWith("(") || value.startsWith("00")) return true;
    if (value.includes(".") && !this.dotted.test(value)) return false;
    const groups = (value.match(this.separators) || []).length;
    return groups >= 2 || (groups === 1 && value.startsWith("0"));
  }

  // phones.phone_span without phonenumbers' validity check (looser).
  phone(text, start, end) {
    let value = text.slice(start, end).replace(/[ .\-/()]+$/u, "");
    const groups = value.split(this.splitter).map((g) => points(g).length);
    if (points(value).filter(isDigit).length > 17 || (groups.length >= 3 && groups.every((g) => g === 4))) return false;
    const bracket = value.indexOf(" (");
    if (bracket > 0 && points(value.slice(0, bracket)).filter(isDigit).length >= 6) value = value.slice(0, bracket);
    const cuts = [value.length];
    const seps = [...value.matchAll(this.separators)];
    const last = seps[seps.length - 1];
    if (last && value.length - (last.index + last[0].length) <= 4) cuts.push(last.index);
    for (const cut of cuts) {
      const candidate = value.slice(0, cut).replace(/[ .\-/(]+$/u, "");
      const digits = points(candidate).filter(isDigit).length;
      if (digits < 7 || digits > 15 || this.notPhone.test(candidate)) continue;
      if (this.shapes.notAPhone(text, candidate, start, start + candidate.length)) continue;
      if (this.formatted(candidate) || candidate.startsWith("0") || this.hasCue(text, start, end, this.phoneCue)) return true;
    }
    return false;
  }

  // validators._card_prefix: a card's length and issuer prefix
  cardPrefix(digits) {
    if (digits.length === 12) return this.data.card.maestro_12.some((p) => digits.startsWith(p));
    if (digits.length < 13 || digits.length > 19) return false;
    return "23456".includes(digits[0]) || digits.startsWith("1800") || digits.startsWith("2131") || (digits.length === 15 && digits[0] === "1");
  }

  card(text, start, end) {
    const groups = [...text.slice(start, end).matchAll(/[0-9]+/g)].map((m) => [m.index + start, m.index + start + m[0].length]);
    for (let last = groups.length; last > 0; last -= 1) {
      for (let first = 0; first < last; first += 1) {
        const lengths = groups.slice(first, last).map(([a, b]) => b - a);
        const grouped = lengths.length === 1 || ["4,6,5", "4,6,4"].includes(lengths.join(",")) ||
          (lengths.slice(0, -1).every((n) => n === 4) && lengths[lengths.length - 1] >= 1 && lengths[lengths.length - 1] <= 4);
        if (!grouped) continue;
        const lo = groups[first][0];
        const hi = groups[last - 1][1];
        const digits = text.slice(lo, hi).replace(/[^0-9]/g, "");
        if (this.cardPrefix(digits) && luhn(digits) && !isDigit(text[hi])) return true;
      }
    }
    return false;
  }

  iban(text, start, end) {
    const value = text.slice(start, end);
    const cuts = [...value.matchAll(/[ \-]/g)].map((m) => m.index).concat([value.length]).sort((a, b) => b - a);
    if (cuts.some((cut) => ibanValid(compact(value.slice(0, cut)), this.layouts))) return true;
    const whole = compact(value);
    if (value.includes(" ")) return false;
    for (let length = whole.length; length > 14; length -= 1) if (ibanValid(whole.slice(0, length), this.layouts)) return true;
    return false;
  }

  us_ssn(text, start, end) {
    const d = text.slice(start, end).replace(/[^0-9]/g, "");
    const area = d.slice(0, 3);
    if (area === "000" || area === "666" || area[0] === "9" || d.slice(3, 5) === "00" || d.slice(5) === "0000") return false;
    return new Set(d).size !== 1 && d !== "123456789" && d !== "987654321";
  }

  uk_nino(text, start, end) {
    const v = compact(text.slice(start, end));
    // unallocated prefixes (GB, ZZ) count, as in validators._uk_nino; any suffix letter (looser)
    return !("DFIQUV".includes(v[0]) || "DFIQUVO".includes(v[1]));
  }

  // tldextract: a registered domain under a public suffix (longest match, with the list's
  // wildcard and exception rules). Punycode labels are accepted as they are (looser).
  email(text, start, end) {
    const labels = text.slice(start, end).split("@").pop().toLowerCase().split(".");
    if (labels.some((l) => l.startsWith("xn--"))) return true;
    for (let i = 0; i < labels.length; i += 1) {
      if (this.publicSuffix(labels.slice(i))) return i >= 1 && labels[i - 1] !== "";
    }
    return false;
  }

  publicSuffix(labels) {
    const name = labels.join(".");
    if (this.suffixes.has("!" + name)) return false;
    return this.suffixes.has(name) || (labels.length > 1 && this.suffixes.has("*." + labels.slice(1).join(".")));
  }

  token(text, start, end) {
    const value = text.slice(start, end);
    return !(this.placeholder(value) || value.toLowerCase().includes("your") || shannonEntropy(value) < 3.0);
  }

  secret_value(text, start, end) {
    const value = text.slice(start, end).replace(TRAILING_PUNCT, "");
    if (this.placeholder(value) || points(value).length < 6) return false;
    if (/^\$[A-Za-z_][A-Za-z0-9_]*$/.test(value)) return false;
    return !(charClasses(value) < 2 && shannonEntropy(value) < 3.0);
  }

  password(text, start, end) {
    const value = text.slice(start, end).replace(TRAILING_PUNCT, "") || text.slice(start, end);
    if (this.placeholder(value)) return false;
    // validators._password's passphrase, without its prose test (the Worker may flag more):
    // three or four words of letters to the clause's end after a colon or an equals sign
    // ("mot de passe du wifi : chat rouge mange pomme")
    if (/^\p{L}+$/u.test(value) && /[:=][ \t"'`]*$/u.test(text.slice(Math.max(0, start - 4), start))) {
      const clause = text.slice(start, start + 256).split(/[.,;:!?()[\]{}"\n]/u)[0];
      const words = clause.split(/\s+/u).filter(Boolean).slice(0, 9);
      if (words.length >= 3 && words.length <= 4 && words.every((w) => /^\p{L}+$/u.test(w))) return true;
    }
    return !(points(value).length < 6 || charClasses(value) < 2);
  }

  user_password(text, start, end) {
    const value = text.slice(start, end);
    const password = value.slice(value.indexOf(":") + 1);
    return !(this.placeholder(password) || password.startsWith("$"));
  }

  connection_url(text, start, end) {
    const rest = text.slice(start, end).split("://").slice(1).join("://");
    const at = rest.lastIndexOf("@");
    const credentials = at >= 0 ? rest.slice(0, at) : rest;
    const colon = credentials.indexOf(":");
    const secret = colon >= 0 ? credentials.slice(colon + 1) : "";
    return !(!secret || this.placeholder(secret) || /^[{$%<]/u.test(secret));
  }

  // validators._birth_date: the year of someone who may be alive (the first year to this one)
  birth_date(text, start, end) {
    const year = /[0-9]{4}/u.exec(text.slice(start, end));
    const first = this.data.cueless.dates.first_year;
    return !year || (+year[0] >= first && +year[0] <= new Date().getUTCFullYear());
  }

  // validators._national_id: a cue word names it, or its check digits pass (a bare digit run
  // needs the cue where the scheme says so).
  nationalId(name, spec, text, start, end) {
    if (this.hasCue(text, start, end, this.cues[name])) return true;
    const scheme = this.checks[spec.scheme];
    if (!scheme(compact(text.slice(start, end)))) return false;
    return spec.bare_alone || !onlyDigits(text.slice(start, end));
  }

  // names.cued_name: not a generic word after the cue ("Dear Sir", "Dear Team")
  cued_name(text, start, end) {
    const words = text.slice(start, end).split(/\s+/u).filter(Boolean);
    return words.length > 0 && !this.notNames.has(words[0]);
  }

  // names.kin_name: the gateway also asks the name list; the Worker takes every name after
  // the writer's relative (stricter: "teach my nephew Python" stays private here)
  kin_name(text, start, end) {
    return this.cued_name(text, start, end);
  }

  // names.personal_health: a health term in a sentence about a particular person
  personal_health(text, start, end) {
    const { sentence_end: stops, sentence_reach: reach } = this.data.names;
    let lo = Math.max(start - reach, 0);
    lo = Math.max(...[...stops].map((c) => text.lastIndexOf(c, start - 1) >= lo ? text.lastIndexOf(c, start - 1) : -1), lo - 1) + 1;
    let hi = Math.min(end + reach, text.length);
    const found = [...stops].map((c) => text.indexOf(c, end)).filter((i) => i >= 0 && i < hi);
    if (found.length) hi = Math.min(...found);
    const sentence = (text.slice(lo, start) + " " + text.slice(end, hi)).toLowerCase();
    return this.personal.test(sentence);
  }

  // names.place: "moved to Thursday" is a date
  place(text, start, end) {
    const first = (text.slice(start, end).split(/\s+/u).filter(Boolean)[0] || "").toLowerCase();
    return !this.notPlaces.has(first);
  }

  check(name, text, start, end) {
    if (!name) return true;
    const spec = this.specs[name];
    if (!spec || spec.kind === "accept") return true; // not ported: fail closed
    if (spec.kind === "national_id") return this.nationalId(name, spec, text, start, end);
    return this[spec.name](text, start, end);
  }
}

// normalise._spelled_address: "jane dot doe at gmail dot com" is an address, "I work at acme.io"
// and the "at" before a real address are prose.
function spelledAddress(text, lo, hi, value, local) {
  if ((lo && text[lo - 1] === "@") || (hi < text.length && "@.".includes(text[hi]))) return false;
  const lower = value.toLowerCase();
  if (/[[({<]/.test(lower) || lower.includes(" dot ")) return true;
  return !lower.includes("@") && /[._0-9]/.test(local);
}

// The match stops inside a longer token (RE2 has no look-ahead for "not followed by").
function runsOn(text, end) {
  if (end >= text.length) return false;
  const last = text[end - 1];
  const following = String.fromCodePoint(text.codePointAt(end));
  if (isDigit(last)) return isDigit(following);
  return isAlpha(last) && isAlpha(following);
}

export class PrivacyScanner {
  // gazetteer: the deep scan's name list (names_data.js), or null for no name finder
  constructor(data, gazetteer = null) {
    this.data = data;
    this.names = gazetteer ? new NameFinder(gazetteer) : null;
    this.patterns = [...data.patterns, ...data.deep_patterns].map((p) => ({ ...p, regex: compile(p, "gd") }));
    this.validators = new Validators(data);
    this.structured = data.structured ? new StructuredFinder(data.structured, this.validators) : null;
    this.cueless = data.cueless ? new CuelessFinder(data.cueless, this.validators, this.names) : null;
    this.dropped = new Set(data.normalise.dropped);
    this.dashes = new Set(data.normalise.dashes);
    this.spelled = compile(data.normalise.spelled_email, "g");
    this.separator = compile(data.normalise.separator, "g");
  }

  // normalise.normalise without the span map (the Worker needs the verdict only). Returns the
  // character-normalised text, plus the variant with spelled addresses rewritten when there is
  // one: both are scanned, so the Worker never sees less than the gateway.
  // Also the text with its JSON escapes ("\\uXXXX", "\\\"", "\\n") decoded, once
  // (normalise._unescaped): JSON tool arguments carry other scripts and nested JSON that way.
  normalise(text) {
    const once = this.normaliseOnce(text);
    if (!text.includes("\\")) return once;
    const simple = { n: "\n", r: "\n", t: "\t" };
    const decoded = text.replace(/\\(?:u([0-9a-fA-F]{4})|(["\\/nrt]))/g, (_, hex, c) => (hex ? String.fromCharCode(parseInt(hex, 16)) : simple[c] || c));
    return decoded === text ? once : [...this.normaliseOnce(decoded), ...once];
  }

  normaliseOnce(text) {
    let normal = text;
    if (/^[\x00-\x7f]*$/.test(text)) {
      if (!text.includes(" at ") && !/[[({]/.test(text)) return [text];
    } else {
      const out = [];
      for (const c of text) {
        if (this.dropped.has(c)) continue;
        if (SPACE.test(c)) out.push(NEWLINES.includes(c) ? "\n" : " ");
        else if (this.dashes.has(c)) out.push("-");
        else out.push(c.charCodeAt(0) < 128 ? c : c.normalize("NFKC"));
      }
      normal = out.join("");
    }
    const rewritten = normal.replace(this.spelled, (match, local, ...rest) => {
      const at = rest[rest.length - 2];
      if (!spelledAddress(normal, at, at + match.length, match, local)) return match;
      return match.replace(this.separator, (sep) => {
        const word = sep.replace(/^[ \t\n[\](){}<>]+|[ \t\n[\](){}<>]+$/g, "").toLowerCase();
        return word === "at" || word === "@" ? "@" : ".";
      });
    });
    return rewritten === normal ? [normal] : [normal, rewritten];
  }

  scanText(text) {
    const found = new Set();
    if (this.names && this.names.hasName(text)) found.add("PERSON");
    if (this.structured) for (const kind of this.structured.kinds(text)) found.add(kind);
    if (this.cueless) for (const kind of this.cueless.kinds(text)) found.add(kind);
    for (const p of this.patterns) {
      if (found.has(p.entity)) continue;
      p.regex.lastIndex = 0;
      for (const m of text.matchAll(p.regex)) {
        const span = m.length > 1 ? m.indices[1] : m.indices[0];
        if (!span || span[1] <= span[0] || runsOn(text, span[1])) continue;
        if (this.validators.check(p.validator, text, span[0], span[1])) {
          found.add(p.entity);
          break;
        }
      }
    }
    return found;
  }

  // The gateway's verdicts on the exported probes that this port does not reproduce (finding
  // clean what the gateway finds sensitive). Non-empty: the port has drifted.
  misses() {
    return this.data.probes.filter((p) => p.sensitive && !this.scan([p.text]).sensitive).map((p) => p.text.slice(0, 12));
  }

  scan(texts) {
    const types = new Set();
    for (const text of texts) {
      if (!text) continue;
      for (const variant of this.normalise(text)) for (const t of this.scanText(variant)) types.add(t);
    }
    return { sensitive: types.size > 0, types: [...types].sort() };
  }
}
