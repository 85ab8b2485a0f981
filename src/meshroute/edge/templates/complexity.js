// The gateway's complexity score (meshroute/routing/complexity.py) from exported data:
// logit = bias + mean(token weight of each distinct WordPiece token) + extra weights . signals,
// score = sigmoid((logit - centre) / scale). The tokenizer is scorer/tokens.py's WordPieceIds
// (all-MiniLM-L6-v2's vocabulary); the signals are _complexity_features.extract's. Python
// counts text in code points; so does this file.

function decodeFloat64(b64) {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  return new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8);
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
    this.ids = new Map(spec.vocab.split("\n").map((t, i) => [t, i]));
    this.unk = this.ids.get(spec.unk);
  }

  pieces(word) {
    const chars = Array.from(word);
    if (chars.length > this.spec.max_word_chars) return [this.unk];
    const pieces = [];
    for (let start = 0; start < chars.length;) {
      let end = chars.length;
      let found;
      while (end > start) {
        found = this.ids.get((start === 0 ? "" : this.spec.prefix) + chars.slice(start, end).join(""));
        if (found !== undefined) break;
        end -= 1;
      }
      if (found === undefined) return [this.unk];
      pieces.push(found);
      start = end;
    }
    return pieces;
  }

  distinctIds(text) {
    let lower = text.toLowerCase();
    if (!/^[\x00-\x7f]*$/.test(lower)) lower = lower.normalize("NFD").replace(MARK_NONSPACING, "");
    const ids = new Set();
    for (const word of new Set(lower.match(WORD_RE) || [])) for (const id of this.pieces(word)) ids.add(id);
    return [...ids];
  }
}

export class ComplexityScorer {
  constructor(data) {
    this.data = data;
    this.tokenizer = new WordPieceIds(data.tokenizer);
    this.weights = decodeFloat64(data.token_weights);
    this.tokenRe = new RegExp(data.token_pattern, "gu");
    this.cheapSpec = data.cheap.map((spec) => ({ ...spec, keySet: spec.keys ? new Set(spec.keys) : null }));
  }

  // tokens.bounded: the head and tail of a very long prompt
  bounded(text) {
    const { head_chars: head, tail_chars: tail } = this.data;
    const points = Array.from(text);
    if (points.length <= head + tail) return text;
    return points.slice(0, head).join("") + "\n" + points.slice(points.length - tail).join("");
  }

  // _complexity_features.extract's cheap signals
  cheap(text) {
    const points = Array.from(text);
    const { ngram_head_chars: head, ngram_tail_chars: tail } = this.data;
    const ngram = points.length > head + tail ? points.slice(0, head).join("") + "\n" + points.slice(points.length - tail).join("") : text;
    const tokens = ngram.toLowerCase().match(this.tokenRe) || [];
    const keys = new Set(tokens);
    for (let i = 1; i < tokens.length; i += 1) keys.add(tokens[i - 1] + " " + tokens[i]);
    return this.cheapSpec.map((spec) => {
      if (spec.kind === "smalltalk") return points.length < spec.max_chars && tokens.length > 0 && spec.keySet.has(tokens[0]) ? 1.0 : 0.0;
      let count;
      if (spec.kind === "chars") count = points.length;
      else if (spec.kind === "tokens") count = tokens.length;
      else {
        count = spec.needles.reduce((sum, needle) => sum + countOf(text, needle), 0);
        if (spec.kind === "keys") for (const key of spec.keySet) if (keys.has(key)) count += 1;
      }
      return Math.log1p(count) / spec.scale;
    });
  }

  logit(text) {
    const bounded = this.bounded(text);
    const ids = this.tokenizer.distinctIds(bounded);
    const signals = this.cheap(bounded).slice(3).map((v) => Math.min(this.data.signal_cap, v));
    const extras = [Math.log1p(ids.length) / this.data.distinct_scale, ...signals];
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
