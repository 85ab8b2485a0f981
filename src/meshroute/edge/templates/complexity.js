// The gateway's complexity score (meshroute/routing/complexity.py) from exported data:
// logit = bias + mean(token weight of each distinct WordPiece token) + extra weights . signals,
// score = sigmoid((logit - centre) / scale). The tokenizer is BERT's (normaliser, pre-tokenizer,
// WordPiece) as the `tokenizers` library runs it for all-MiniLM-L6-v2; the signals are
// _complexity_features.extract's. Python counts text in code points; so does this file.

function decodeFloat64(b64) {
  const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
  return new Float64Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 8);
}

const countOf = (text, needle) => text.split(needle).length - 1;
const ASCII_PUNCT = /^[!-/:-@[-`{-~]$/;
const UNICODE_PUNCT = /^\p{P}$/u;
const WHITE = /^[\t\n\r ]$|^\p{White_Space}$/u;
const CONTROL = /^\p{C}$/u;
const MARK_NONSPACING = /\p{Mn}/gu;

function isChinese(cp) {
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x20000 && cp <= 0x2a6df) ||
    (cp >= 0x2a700 && cp <= 0x2b73f) || (cp >= 0x2b740 && cp <= 0x2b81f) || (cp >= 0x2b920 && cp <= 0x2ceaf) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0x2f800 && cp <= 0x2fa1f);
}

export class WordPiece {
  constructor(spec) {
    this.spec = spec;
    const tokens = spec.vocab.split("\n");
    this.ids = new Map(tokens.map((t, i) => [t, i]));
    this.unk = this.ids.get(spec.unk);
  }

  normalise(text) {
    const s = this.spec;
    let out = "";
    for (const c of text) {
      const cp = c.codePointAt(0);
      if (s.clean_text) {
        if (cp === 0 || cp === 0xfffd) continue;
        if (c !== "\t" && c !== "\n" && c !== "\r" && CONTROL.test(c)) continue;
        if (WHITE.test(c)) {
          out += " ";
          continue;
        }
      }
      out += s.chinese_chars && isChinese(cp) ? ` ${c} ` : c;
    }
    if (s.strip_accents) out = out.normalize("NFD").replace(MARK_NONSPACING, "");
    return s.lowercase ? out.toLowerCase() : out;
  }

  words(text) {
    const words = [];
    let current = "";
    for (const c of text) {
      if (WHITE.test(c)) {
        if (current) words.push(current);
        current = "";
      } else if (ASCII_PUNCT.test(c) || UNICODE_PUNCT.test(c)) {
        if (current) words.push(current);
        words.push(c);
        current = "";
      } else current += c;
    }
    if (current) words.push(current);
    return words;
  }

  encodeWord(word, out) {
    const chars = Array.from(word);
    if (chars.length > this.spec.max_word_chars) return out.push(this.unk);
    const pieces = [];
    for (let start = 0; start < chars.length;) {
      let end = chars.length;
      let found;
      while (start < end) {
        const piece = (start > 0 ? this.spec.prefix : "") + chars.slice(start, end).join("");
        found = this.ids.get(piece);
        if (found !== undefined) break;
        end -= 1;
      }
      if (found === undefined) return out.push(this.unk);
      pieces.push(found);
      start = end;
    }
    out.push(...pieces);
  }

  distinctIds(text) {
    const ids = [];
    for (const word of this.words(this.normalise(text))) this.encodeWord(word, ids);
    return [...new Set(ids)];
  }
}

export class ComplexityScorer {
  constructor(data) {
    this.data = data;
    this.tokenizer = new WordPiece(data.tokenizer);
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
