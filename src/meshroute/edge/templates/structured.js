// The gateway's structure-aware pass (meshroute/privacy/structured.py) for the Worker: a value
// under a key, a form label or a table column whose name says its kind (JSON, YAML, .env,
// logfmt, query strings, "Label: value" lines, CSV/TSV/markdown/HTML tables). The label words
// are the gateway's own (exported from privacy/data/labels.txt); the value checks here are
// looser than the gateway's (no gazetteer, no placeholder list): the Worker may flag more,
// never less. Bounded: one step per ":" or "=", per line and per "<" tag.

const MAX_LABEL = 48;
const MAX_VALUE = 256;
const CAMEL = /(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/g;
const SPLIT = /[\s_.\-/:*"'`()#[\]$@]+/u;
const KEY_QUOTES = " \t\"'`*";
const DELIMITERS_BEFORE = "\n\r{,;&?|([";
const STOPS = /[\n\r"&;,|{}[\]<>]/;
const ADDRESS_STOPS = /[\n\r"&;|{}[\]<>]/;
const TABLE_DELIMITERS = ["\t", "|", ";", ","];
const isLetter = (c) => c !== undefined && /^\p{L}$/u.test(c);
const isKeyChar = (c) => c !== undefined && (/^[\p{L}\p{N}]$/u.test(c) || "_-.' \u2019".includes(c));

function words(key) {
  return key.slice(0, MAX_LABEL).replace(CAMEL, " ").toLowerCase().split(SPLIT).filter(Boolean);
}

const classes = (v) => [/\p{Ll}/u, /\p{Lu}/u, /[0-9]/, /[^\p{L}\p{N}]/u].filter((r) => r.test(v)).length;

// A password or secret: structured_values._secretish (a value, not a variable, a call, a type
// or a prompt); the other kinds looser than the gateway's (no gazetteer, no date grammar).
function plausible(kind, value, validators, data) {
  const v = value.trim();
  if (!v) return false;
  if (kind === "PASSWORD" || kind === "SECRET") {
    const lowered = v.toLowerCase();
    if (v.length < 4 || validators.placeholder(v) || data.typeWords.has(lowered)) return false;
    if ("${</~@\\.".includes(v[0]) || v.includes("['") || v.includes('["')) return false;
    if (/^[A-Za-z_][\w.]*\(/.test(v) && "()".includes(v[v.length - 1])) return false;
    if (/^%\w+%$/.test(v) || v === "%s" || v === "%d" || v.startsWith("%(")) return false;
    if (/^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/.test(v) || new Set(v).size === 1 || [...v].every((c) => "*•·x".includes(c))) return false;
    if (lowered.split(/\s+/).length > 4 || data.prompts.some((p) => (lowered + " ").includes(p))) return false;
    if (kind === "PASSWORD") return true;
    if (/\s/.test(v) || /^[a-z]+(?:[_-][a-z]+)*$/.test(v) || v.length < 8) return false;
    return classes(v) >= 3 || (/[0-9]/.test(v) && v.length >= 12);
  }
  if (kind === "PERSON") return v.split(",")[0].trim().split(/\s+/).length <= 5 && /\p{L}/u.test(v);
  if (kind === "DATE_OF_BIRTH") return /[0-9]/.test(v) && v.length <= 40;
  if (kind === "PHONE_NUMBER") return (v.match(/[0-9]/g) || []).length >= 6;
  if (kind === "STREET_ADDRESS") return /[0-9]/.test(v) && /\p{L}{3}/u.test(v);
  return false;
}

// A line's cells; a quoted cell may hold the delimiter (privacy/structured.py _cells).
function cellsOf(line, delimiter) {
  const cells = splitCells(line, delimiter);
  if (delimiter === "|" && cells.length > 1 && !cells[0].trim()) {
    cells.shift(); // markdown's outer pipes; a last row may lack the right one
    if (cells.length > 1 && !cells[cells.length - 1].trim()) cells.pop();
  }
  return cells;
}

function splitCells(line, delimiter) {
  if (!line.includes('"')) return line.split(delimiter);
  const cells = [];
  let start = 0;
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === delimiter && !quoted) {
      cells.push(line.slice(start, i));
      start = i + 1;
    }
  }
  cells.push(line.slice(start));
  return cells;
}

export class StructuredFinder {
  constructor(data, validators) {
    this.validators = validators;
    this.values = { typeWords: new Set(data.type_words), prompts: data.prompts };
    this.phrases = new Map(Object.entries(data.phrases));
    this.deny = Object.fromEntries(Object.entries(data.deny).map(([k, v]) => [k, new Set(v)]));
    this.roles = new Set(data.roles);
    this.trailing = new Set(data.trailing);
    this.cache = new Map();
  }

  plausible(kind, value) {
    return plausible(kind, value, this.validators, this.values);
  }

  labelOf(key) {
    if (key.length > MAX_LABEL || !isLetter(key[0])) return null;
    if (this.cache.has(key)) return this.cache.get(key);
    const w = words(key);
    while (w.length && this.trailing.has(w[w.length - 1])) w.pop();
    let found = null;
    for (let size = Math.min(4, w.length); size >= 1 && w.length <= 6; size -= 1) {
      const label = this.phrases.get(w.slice(w.length - size).join(" "));
      if (!label) continue;
      const qualifiers = w.slice(0, w.length - size);
      const deny = this.deny[label[0]] || new Set();
      if (qualifiers.length <= 3 && !qualifiers.some((q) => deny.has(q))) {
        found = !label[1] && qualifiers.some((q) => this.roles.has(q)) ? [label[0], true] : label;
      }
      break;
    }
    if (this.cache.size > 4096) this.cache.clear();
    this.cache.set(key, found);
    return found;
  }

  // The kinds found in one (normalised) text.
  kinds(text) {
    const found = new Set();
    this.pairs(text, found);
    this.tables(text, found);
    this.html(text, found);
    this.inserts(text, found);
    return found;
  }

  // SQL "INSERT INTO t (cols) VALUES (...), (...)": each value under its column (the gateway's
  // structured_sql.py); at most 200 statements and 100,000 characters of values.
  inserts(text, found) {
    const statement = /\binsert\s+(?:ignore\s+)?into\s+[\w."`[\]]{1,128}\s*\(([^()]{1,1000})\)\s*values\s*\(/giu;
    let budget = 100000;
    for (let n = 0; n < 200 && budget > 0; n += 1) {
      const match = statement.exec(text);
      if (!match) return;
      const columns = match[1].split(",").map((c) => c.replace(/^[\s"`[\]]+|[\s"`[\]]+$/g, ""));
      const stop = Math.min(text.length, statement.lastIndex + budget);
      let pos = statement.lastIndex;
      const skip = () => { while (pos < stop && " \t\r\n".includes(text[pos])) pos += 1; };
      tuples: while (pos < stop) {
        for (let i = 0; i < columns.length; i += 1) {
          skip();
          let value;
          if (text[pos] === "'") {
            let end = text.indexOf("'", pos + 1);
            while (end >= 0 && end < stop && text[end + 1] === "'") end = text.indexOf("'", end + 2);
            if (end < 0 || end >= stop) break tuples;
            value = text.slice(pos + 1, end);
            pos = end + 1;
          } else {
            let end = pos;
            while (end < stop && !",()".includes(text[end])) end += 1;
            if (end >= stop || text[end] === "(") break tuples;
            value = text.slice(pos, end).trim();
            pos = end;
          }
          skip();
          const label = this.labelOf(columns[i]);
          if (label && value.length <= MAX_VALUE && this.plausible(label[0], value)) found.add(label[0]);
          if (text[pos] !== (i === columns.length - 1 ? ")" : ",")) break tuples;
          pos += 1;
        }
        skip();
        if (text[pos] !== ",") break;
        pos += 1;
        skip();
        if (text[pos] !== "(") break;
        pos += 1;
      }
      budget -= pos - statement.lastIndex;
      statement.lastIndex = Math.max(pos, statement.lastIndex);
    }
  }

  pairs(text, found) {
    const seps = [];
    for (const c of [":", "="]) for (let p = text.indexOf(c); p >= 0 && seps.length < 200000; p = text.indexOf(c, p + 1)) seps.push(p);
    for (const sep of seps) {
      if (text.startsWith("//", sep + 1)) continue;
      let pos = sep + 1 + (text[sep + 1] === ">" ? 1 : 0);
      while (pos < text.length && " \t*".includes(text[pos])) pos += 1;
      const [whole, last] = this.keysBefore(text, sep);
      const label = (whole && this.labelOf(whole)) || (last && this.labelOf(last));
      if (!label) continue;
      const value = this.valueAt(text, pos, label[0], text[sep]);
      if (value !== null && this.plausible(label[0], value)) found.add(label[0]);
    }
  }

  keysBefore(text, sep) {
    let end = sep;
    while (end > sep - 4 && end > 0 && KEY_QUOTES.includes(text[end - 1])) end -= 1;
    let start = end;
    const floor = Math.max(0, end - MAX_LABEL);
    while (start > floor && isKeyChar(text[start - 1])) start -= 1;
    while (start < end && !isLetter(text[start])) start += 1;
    const key = text.slice(start, end);
    const parts = key.trim().split(/\s+/);
    const last = key ? parts[parts.length - 1] : "";
    const before = text.slice(Math.max(0, start - 8), start).replace(/[ \t"'`*#>\u2022-]+$/u, "");
    const whole = (start > floor || start === 0) && (!before || DELIMITERS_BEFORE.includes(before[before.length - 1]));
    return [whole && key !== last ? key : "", last];
  }

  // The value after a separator; a password's or secret's runs to white space (the gateway's
  // _token), the others to the next delimiter.
  valueAt(text, pos, kind, sep) {
    const first = text[pos];
    if (first === undefined) return null;
    if (first === '"' || first === "'") {
      const end = text.indexOf(first, pos + 1);
      return end > pos + 1 && end - pos <= MAX_VALUE + 1 ? text.slice(pos + 1, end) : null;
    }
    if (/\s/.test(first) || "&;,|{}[]<>".includes(first)) return null;
    const window = text.slice(pos, pos + MAX_VALUE);
    if (kind === "PASSWORD" || kind === "SECRET") {
      const token = window.split(/[\s"'`]/)[0];
      return (sep === "=" ? token.split("&")[0] : token).replace(/[.,;:)\]}>]+$/, "");
    }
    const stop = window.search(kind === "STREET_ADDRESS" ? ADDRESS_STOPS : STOPS);
    return stop < 0 ? window : window.slice(0, stop);
  }

  tables(text, found) {
    let header = null;
    for (const line of text.split("\n")) {
      if (header && line.replace(/[ \t\r|:-]/g, "")) {
        const cells = cellsOf(line, header.delimiter);
        if (cells.length === header.width) {
          for (const [index, label] of header.columns) {
            const cell = cells[index];
            if (cell !== undefined && this.plausible(label[0], cell.replace(/^[\s"]+|[\s"]+$/g, ""))) found.add(label[0]);
          }
        } else header = null;
      }
      if (!header && line.trim()) header = this.header(line);
    }
  }

  header(line) {
    for (const delimiter of TABLE_DELIMITERS) {
      if (!line.includes(delimiter)) continue;
      const cells = cellsOf(line, delimiter);
      const least = delimiter === "|" && line.trimStart().startsWith("|") ? 1 : 2;
      if (cells.length < least || cells.slice(0, 64).some((c) => c.length > 64)) continue;
      const columns = [];
      cells.forEach((cell, index) => {
        const name = cell.replace(/^[ \t"'*`]+|[ \t"'*`]+$/g, "");
        const label = !name.includes(". ") && name.split(/\s+/).length <= 4 ? this.labelOf(name) : null;
        if (label) columns.push([index, label]);
      });
      if (columns.length) return { delimiter, width: cells.length, columns };
    }
    return null;
  }

  html(text, found) {
    if (!/<t/i.test(text)) return;
    let columns = null;
    let row = [];
    const flush = () => {
      if (!row.length) return;
      const labels = row.map(([, cell]) => this.labelOf(cell.trim()));
      if (row.every(([tag]) => tag === "th") || !columns) {
        if (labels.some(Boolean)) {
          columns = labels;
          row = [];
          return;
        }
      }
      if (columns) row.forEach(([, cell], i) => columns[i] && this.plausible(columns[i][0], cell) && found.add(columns[i][0]));
      row = [];
    };
    for (let pos = text.indexOf("<"); pos >= 0; pos = text.indexOf("<", pos + 1)) {
      const tag = text.slice(pos + 1, pos + 4).toLowerCase();
      const open = ">\t\n ".includes(tag[2] || "x");
      if (tag.startsWith("tr") && open) flush();
      else if ((tag.startsWith("th") || tag.startsWith("td")) && open) {
        const close = text.indexOf(">", pos);
        const end = close < 0 || close - pos > 256 ? -1 : text.indexOf("<", close + 1);
        if (end > 0 && end - close <= MAX_VALUE + 1 && text.slice(end + 1, end + 3).toLowerCase() === "/t") row.push([tag.slice(0, 2), text.slice(close + 1, end)]);
      }
    }
    flush();
  }
}
