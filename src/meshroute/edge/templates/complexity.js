// The gateway's complexity score (meshroute/routing/complexity.py) from exported data:
// logit = bias + mean(token weight of each distinct WordPiece token) + extra weights . signals,
// score = sigmoid((logit - centre) / scale). The tokenizer is scorer/tokens.py's WordPieceIds
// (all-MiniLM-L6-v2's vocabulary); the signals are _complexity_features.extract's. Python
// counts text in code points; so does this file.

function decodeFloat64(b64) {
  const raw = atob(b64);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i += 1) bytes[i] = raw.charCodeAt(i);
  return new Float64Array(bytes.buffer);
}

const countOf = (text, needle) => text.split(needle).length - 1;
// Python's \s (str.isspace) and \w ([\p{L}\p{N}_]) spelled out: JavaScript's differ.
const PY_SPACE = "\\t\\n\\v\\f\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000";
// scorer/tokens.py's _WORD_RE: [^\W_]+|[^\w\s]|_
const WORD_RE = new RegExp(`[\\p{L}\\p{N}]+|[^\\p{L}\\p{N}_${PY_SPACE}]|_`, "gu");
const MARK_NONSPACING = /\p{Mn}/gu;

// scorer/tokens.py's WordPieceIds: the distinct WordPiece ids of a text.
export class WordPieceIds {
  constructor(spec) {
    this.spec = spec;
    this.tokens = spec.vocab.split("\n"); // sorted in UTF-16 order, ids alongside
    const raw = atob(spec.vocab_ids);
    const bytes = new Uint8Array(raw.length);
    for (let i = 0; i < raw.length; i += 1) bytes[i] = raw.charCodeAt(i);
    this.tokenIds = new Int32Array(bytes.buffer);
    this.unk = this.lookup(spec.unk);
    this.cache = new Map(); // word -> pieces, bounded: hostile text cannot grow it forever
  }

  lookup(token) {
    let lo = 0;
    let hi = this.tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const probe = this.tokens[mid];
      if (probe === token) return this.tokenIds[mid];
      if (probe < token) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  pieces(word) {
    const chars = Array.from(word);
    if (chars.length > this.spec.max_word_chars) return [this.unk];
    const pieces = [];
    for (let start = 0; start < chars.length;) {
      let end = chars.length;
      let found;
      while (end > start) {
        found = this.lookup((start === 0 ? "" : this.spec.prefix) + chars.slice(start, end).join(""));
        if (found !== undefined) break;
        end -= 1;
      }
      if (found === undefined) return [this.unk];
      pieces.push(found);
      start = end;
    }
    return pieces;
  }

  // (the lower-cased words in order, the distinct ids)
  tokenize(text) {
    let lower = text.toLowerCase();
    if (!/^[\x00-\x7f]*$/.test(lower)) lower = lower.normalize("NFD").replace(MARK_NONSPACING, "");
    const words = lower.match(WORD_RE) || [];
    const ids = new Set();
    for (const word of new Set(words)) {
      let pieces = this.cache.get(word);
      if (pieces === undefined) {
        pieces = this.pieces(word);
        if (this.cache.size < 50000) this.cache.set(word, pieces);
      }
      for (const id of pieces) ids.add(id);
    }
    return { words, ids: [...ids] };
  }
}

export class ComplexityScorer {
  constructor(data) {
    this.data = data;
    this.tokenizer = new WordPieceIds(data.tokenizer);
    this.weights = decodeFloat64(data.token_weights);
    const spec = data.signals;
    this.groups = spec.groups.map((g) => ({ ...g, unigrams: new Set(g.unigrams) }));
    this.smalltalk = new Set(spec.smalltalk);
  }

  // Scores the exported probes; false if any differs from Python's (the port has drifted).
  verify(tolerance = 1e-9) {
    return this.data.probes.every((probe) => Math.abs(this.scoreMessages(probe.texts) - probe.score) <= tolerance);
  }

  // tokens.bounded: the head and tail of a very long prompt
  bounded(text) {
    const { head_chars: head, tail_chars: tail } = this.data;
    const points = Array.from(text);
    if (points.length <= head + tail) return text;
    return points.slice(0, head).join("") + "\n" + points.slice(points.length - tail).join("");
  }

  // _complexity_features.signals: key words, phrases and characters per group, "?", small talk
  signals(text, words) {
    const present = new Set(words);
    const joined = " " + words.join(" ") + " ";
    const values = this.groups.map((g) => {
      let hits = 0;
      for (const w of g.unigrams) if (present.has(w)) hits += 1;
      for (const p of g.phrases) if (joined.includes(p)) hits += 1;
      for (const c of g.chars) hits += countOf(text, c);
      return Math.log1p(hits) / g.scale;
    });
    const spec = this.data.signals;
    const small = Array.from(text).length < spec.smalltalk_max_chars && words.length > 0 && this.smalltalk.has(words[0]);
    values.push(Math.log1p(countOf(text, "?")) / spec.questions_scale, small ? 1.0 : 0.0);
    return values;
  }

  logit(text) {
    const bounded = this.bounded(text);
    const { words, ids } = this.tokenizer.tokenize(bounded);
    const capped = this.signals(bounded, words).map((v) => Math.min(this.data.signal_cap, v));
    const extras = [Math.log1p(ids.length) / this.data.distinct_scale, ...capped];
    let value = this.data.bias;
    extras.forEach((x, i) => {
      value += x * this.data.extra_weights[i];
    });
    if (ids.length) {
      let sum = 0;
      for (const id of ids) sum += this.weights[id];
      value += sum / ids.length;
    }
    return value;
  }

  score(text) {
    const [centre, scale] = this.data.stretch;
    const z = Math.max(-30, Math.min(30, (this.logit(text) - centre) / scale));
    return 1 / (1 + Math.exp(-z));
  }

  // Same rule as ComplexityScorer.score_messages: the last message, lifted by the context.
  scoreMessages(texts) {
    const present = texts.filter((t) => t && t.trim());
    if (!present.length) return 0.0;
    const main = this.score(present[present.length - 1]);
    if (present.length === 1) return main;
    const joined = Array.from(present.slice(0, -1).join("\n"));
    const context = joined.slice(Math.max(0, joined.length - this.data.context_tail_chars)).join("");
    const lifted = main + this.data.context_lift * (this.score(context) - main);
    return Math.max(main, lifted);
  }
}
