// The deep scan's name finder (meshroute/privacy/gazetteer.py) from its exported name list:
// given names and surnames without a cue word ("Oluwaseun Adeyemi", "agnieszka kowalczyk ...
// cancer"). The Worker needs only whether a name is there, so each word is tested on its own
// (the Python finder also skips the words of a name it found, which cannot add a first hit).

const WORD = /[\p{L}\p{Nl}\p{No}]+(?:['\u2019\-][\p{L}\p{Nl}\p{No}]+)*/gu;
const isUpper = (s) => s.toUpperCase() === s && s.toLowerCase() !== s;
const isLower = (s) => s.toLowerCase() === s && s.toUpperCase() !== s;
// gazetteer._capitalised: "Anna", "McDonald", "O'Brien"; not "IBANs", "GB"
const CAMEL = /(?<=[\p{L}\p{Nl}\p{No}])(?=[A-Z])/u;
const capitalised = (w) => isUpper(w.slice(0, 1)) && !isUpper(w.slice(1, 2));
const NAME_FLAGS = "flFLg"; // gazetteer._NAME_FLAGS
const nameFlags = (flags) => [...flags].filter((f) => NAME_FLAGS.includes(f)).join("");
const pastLatin = (s) => /[^\u0000-\u024f]/.test(s); // gazetteer: max(word) >= _LATIN_END
const APOSTROPHES = ["'", "\u2019"];

// names.lower_pair: a lower-case given name (flags) and the lower-case word after it
function partner(flags, nf, next) {
  if (nf.includes("s") || [...next].length < 2) return false;
  if (flags.includes("F") && nf.includes("L")) return true; // "john smith"
  const proper = !flags.includes("c") || flags.includes("p");
  if (nf === "") return proper && [...next].length > 2;
  if (nf.includes("l") && !nf.includes("c")) return true;
  if (!nf.includes("l") && !nf.includes("f")) return false;
  // "henri rey", "kristian dahl", "suhani gill"; not "rosa has", "grace notes"
  // "eduardo gomes": a frequent given name, then a surname frequent in web text, no dictionary word
  // "kristian dahl": a given name no English text uses as a word is as good as a frequent one
  const web = nf.includes("l") && !nf.includes("d") && [...next].length > 3 && (flags.includes("F") || flags.includes("p") || !flags.includes("c"));
  return proper && (!nf.includes("c") || nf.includes("p") || web ||
    (nf.includes("L") && (flags.includes("p") || !flags.includes("c"))));
}

// names.letter_line: a name by its place in a message, alone on the last line under a short
// closing line ("Thanks,\nMarek") or after one greeting word on a letter's first line ("Hello
// Fatima,\n"). The reach is in UTF-16 units, twice Python's in characters: never less strict.
const LINE_REACH = 240;
const GREETING = /^[ \t]*[^\s,.!?:;]+,?[ \t]$/u;
const AFTER_GREETED = /^[,!:][ \t]*(?:\n|$)/;
function letterLine(text, start, end) {
  const begin = text.lastIndexOf("\n", start - 1) + 1;
  const near = begin >= Math.max(0, start - LINE_REACH) ? begin : 0;
  if (GREETING.test(text.slice(near, start)) && AFTER_GREETED.test(text.slice(end, end + 8))) return true;
  if (near === 0 || text.slice(near, start).replace(/[ \t]/g, "") || text.length - end > LINE_REACH) return false;
  if (text.slice(end).trim()) return false;
  const above = text.slice(Math.max(0, near - LINE_REACH), near).trimEnd();
  const line = above.split("\n").pop().trim();
  if (!line || (!above.includes("\n") && near > LINE_REACH) || ".?:;)]".includes(line[line.length - 1])) return false;
  return line.split(/\s+/u).length <= 4;
}

// notable.key_of: "Frédéric  Chopin's" -> "frederic chopin". Marks other than the combining
// diacriticals (which unicodedata.combining drops) give no key: such a name is never notable.
export function notableKey(name) {
  const decomposed = name.normalize("NFKD");
  if (/[^\P{M}\u0300-\u036f]/u.test(decomposed)) return "";
  const letters = decomposed.replace(/[\u0300-\u036f]/g, "").replace(/\P{L}/gu, " ");
  const words = letters.toLowerCase().replace(/\u00df/g, "ss").split(/\s+/u).filter(Boolean);
  if (words.length > 1 && words[words.length - 1] === "s") words.pop(); // "Einstein's"
  return words.join(" ");
}

// notable._is_notable over the exported name list (keys as notable.key_of folds them)
class Notable {
  constructor(data) {
    this.names = new Set(data.names.split("\n"));
    this.ranks = new Set(data.ranks);
    this.titles = new Set(data.titles);
  }

  is(span) {
    const comma = span.indexOf(",");
    const named = comma >= 0 ? `${span.slice(comma + 1)} ${span.slice(0, comma)}` : span; // "Curie, Marie"
    const words = notableKey(named).split(" ").filter(Boolean);
    if (words.length > 1 && this.ranks.has(words[0])) return true;
    while (words.length && this.titles.has(words[0])) words.shift();
    return words.length > 1 && this.names.has(words.join(" "));
  }
}

// names.chat_name: a lower-case given name right after a greeting ("hey brandon!!") or before
// "from accounting" ("danny from accounting")
const GREETED = /(?:^|[^\p{L}\p{N}_])(?:hey|hi|hiya|hello|dear|thanks|thank you|cheers|yo|morning|hallo|hej|hola|ciao|salut|bonjour|cześć|ahoj|szia|merhaba|привет|привіт|γεια)[ \t,]+$/iu;
const TEAM = /^[ \t]+from[ \t]+(?:the[ \t]+)?(?:accounting|accounts|finance|hr|payroll|sales|marketing|legal|it|support|reception|procurement|compliance|engineering|ops|operations|customer service|the office|the warehouse)(?![\p{L}\p{N}_])/iu;

function chatName(text, start, end, flags) {
  if (!flags.includes("f") || flags.includes("s")) return false;
  return GREETED.test(text.slice(Math.max(0, start - 16), start)) || TEAM.test(text.slice(end, end + 48));
}

export class NameFinder {
  constructor(data) {
    this.names = data.names.split("\n"); // sorted in UTF-16 order, flags alongside
    this.flagList = data.flags.split("\n");
    this.context = new RegExp(data.context.source, data.context.flags + "g");
    this.reach = data.context_reach;
    this.cache = new Map(); // word -> flags; bounded, so hostile text cannot grow it forever
    this.fold = new Map();
    for (const line of data.fold.split("\n")) {
      const letter = [...line][0];
      if (letter) this.fold.set(letter, line.slice(letter.length));
    }
    this.surnameShape = new RegExp(data.surname_shape);
    this.cyrillicShape = new RegExp(data.cyrillic_shape, "u");
    this.shapeMin = data.shape_min;
    this.particles = new Set(data.particles);
    this.subjectVerbs = new Set(data.subject_verbs);
    this.caseSwaps = data.case_swaps ?? [];
    this.cyrillicSwaps = data.cyrillic_swaps ?? [];
    this.notable = data.notable ? new Notable(data.notable) : null;
    this.nameWords = data.name_words ?? 6;
  }

  // folding.folded: "остап" -> "ostap", "łukasz" -> "lukasz", "zoé" -> "zoe"
  folded(lower) {
    const plain = [...lower].map((c) => this.fold.get(c) ?? c).join("");
    if (/^[\x00-\x7f]*$/.test(plain)) return plain;
    return plain.normalize("NFKD").replace(/[^\x00-\x7f]/g, "");
  }

  lookup(name) {
    let lo = 0;
    let hi = this.names.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const probe = this.names[mid];
      if (probe === name) return this.flagList[mid];
      if (probe < name) lo = mid + 1;
      else hi = mid - 1;
    }
    return "";
  }

  // gazetteer._flags: the word's flags, merged with the name flags of its folded form
  flags(word) {
    const lower = word.toLowerCase();
    const capital = isUpper([...word][0]); // the flags depend on it: part of the key
    const key = (capital ? "^" : "") + lower;
    let flags = this.cache.get(key);
    if (flags === undefined) {
      flags = this.computeFlags(lower, capital);
      if (this.cache.size < 50000) this.cache.set(key, flags);
    }
    return flags;
  }

  computeFlags(lower, capital) {
    const own = this.lookup(lower); // never "" for a listed word
    let plain = APOSTROPHES.includes(lower.slice(1, 2)) ? lower.slice(0, 1) + lower.slice(2) : lower;
    if (APOSTROPHES.includes(lower.slice(2, 3))) plain = lower.slice(0, 2) + lower.slice(3); // "o'brien"
    if (!/^[\x00-\x7f]*$/.test(plain)) plain = this.folded(plain);
    let flags = own;
    const latin = !pastLatin(lower);
    // other scripts: the folded form and the shape count only for a capitalised word
    if (plain !== lower && !(lower.charCodeAt(0) < 128 && !latin) && (latin || capital)) {
      const other = this.lookup(plain);
      flags += latin ? other : nameFlags(other);
    }
    if (flags || plain.length < this.shapeMin || !capital) return flags;
    const shaped = this.surnameShape.test(plain.slice(-12)) || this.cyrillicShape.test(lower.slice(-8));
    return shaped ? "lh" : this.inflected(plain, lower);
  }

  // names.inflected_given: "f" for a case of a given name ("Piotrem", "Ольгой"): on the folded
  // word in Latin script, on the word as written in Cyrillic; the Python finder also leaves out
  // cases of a city's or a country's name (the Worker stays stricter)
  inflected(plain, lower) {
    const latin = !pastLatin(lower);
    if (!latin && !/^[\u0400-\u04ff'\-]+$/.test(lower)) return "";
    for (const form of this.nominatives(latin ? plain : lower, latin)) {
      const flags = this.lookup(form.replace(/^\+/, ""));
      if (flags.includes("f") && !flags.includes("s") && !flags.includes("g")) {
        if (!form.startsWith("+") || flags.includes("F")) return "fi"; // "i": by its case ending
      }
    }
    return "";
  }

  // names._nominatives: the nominatives a word may be a case of ("+": needs a frequent name)
  nominatives(word, latin) {
    const forms = [];
    const vowel = (c) => "aeiouyаеёиоуыэюяіїє".includes(c);
    const n = word.length;
    if (latin && ["al", "el"].includes(word.slice(-2)) && word[n - 3] === word[n - 4] && !vowel(word[n - 3])) {
      forms.push(word.slice(0, -3));
    }
    const fleeting = latin ? "e" : "\u0435";
    for (const [ending, nominative, frequent] of latin ? this.caseSwaps : this.cyrillicSwaps) {
      const stem = word.slice(0, n - ending.length);
      if (!word.endsWith(ending) || stem.length < 3) continue;
      const mark = frequent ? "+" : "";
      forms.push(mark + stem + nominative);
      if (!nominative && !vowel(stem[stem.length - 1]) && !vowel(stem[stem.length - 2])) {
        forms.push(`${mark}${stem.slice(0, -1)}${fleeting}${stem[stem.length - 1]}`);
      }
    }
    return forms;
  }

  // names.case_pair: "jánovi horváthovi", "сергею иванову" in lower case (the Python finder
  // also leaves out function words and cases of places: the Worker stays stricter)
  casePair(text, words, index) {
    const [, end, first] = words[index];
    const next = words[index + 1];
    if (!next || ![" ", "\t"].includes(text.slice(end, next[0])) || !isLower(first)) return false;
    const second = next[2];
    if ([...first].length < 5 || [...second].length < 4 || !isLower(second)) return false;
    const ordinary = (flags) => [..."cdsg"].some((f) => flags.includes(f));
    const latin = !pastLatin(first);
    const plain = latin ? this.folded(first) : first;
    if (ordinary(this.lookup(plain)) || !this.inflected(plain, first)) return false;
    if (latin) {
      const other = this.folded(second);
      const flags = this.lookup(other);
      return !pastLatin(second) && other.slice(-2) === plain.slice(-2) && !ordinary(flags) && !flags.includes("f");
    }
    for (const form of [second, ...this.nominatives(second, false)]) {
      const flags = this.lookup(form);
      if (flags.includes("l") && !flags.includes("c") && !flags.includes("s")) return true;
    }
    return false;
  }

  // names.line_start: only spaces before `start` on its line ("A. Bardo" in a list)
  lineStart(text, start) {
    return text.slice(Math.max(0, start - 80), start).split("\n").pop().replace(/^[ \t]+|[ \t]+$/g, "") === "";
  }

  sentenceStart(text, start) {
    const before = text.slice(Math.max(0, start - 3), start).replace(/\s+$/u, "");
    return !before || ".!?:\n\"'".includes(before[before.length - 1]);
  }

  // gazetteer._ContextWords: one text's context words, found in one pass on first use
  contextWords(text) {
    let spans = null;
    return {
      near: (start, end) => {
        if (spans === null) spans = [...text.matchAll(this.context)].map((m) => [m.index, m.index + m[0].length]);
        // matches do not overlap: the first one starting in reach ends first
        const lo = Math.max(0, start - this.reach);
        let a = 0;
        let b = spans.length;
        while (a < b) {
          const mid = (a + b) >> 1;
          if (spans[mid][0] < lo) a = mid + 1;
          else b = mid;
        }
        return a < spans.length && spans[a][1] <= end + this.reach;
      },
    };
  }

  // The methods below return how many words from `index` on make a name (0: none), as the
  // Python methods of the same names do.

  // gazetteer._unknown_pair
  unknownPair(text, words, index, flags) {
    const [, end, word] = words[index];
    // in capitals before a word that is only a surname ("ПИМЕН ГОРШКОВ"); not in lower case
    const shouting = isUpper(word) && [...word].length > 2;
    const surname = flags.replace(/[lLh]/g, "") === "" && !shouting; // "Bērends Vītoliņš"
    if ((flags && !surname) || !(shouting || capitalised(word)) || index + 1 >= words.length) return 0;
    const next = words[index + 1];
    const gap = text.slice(end, next[0]);
    if ((gap !== " " && gap !== "\t") || [...next[2]].length < 2) return 0;
    const nf = this.flags(next[2]);
    const listed = nf.includes("l") && !nf.includes("c");
    if (shouting) return isUpper(next[2]) && listed && !nf.includes("f") ? 2 : 0;
    if (!capitalised(next[2])) return 0;
    // a surname only, then a given name or a surname's shape: "Ивановой Анне"; not "Haare Vater"
    if (flags) return (nf.includes("f") && !nf.includes("c")) || nf.includes("h") ? 2 : 0;
    return nf === "" || listed ? 2 : 0;
  }


  // gazetteer._compound: "saverio-omma", "SaverioOmma" (user names, the OpenAI name field)
  compound(word, flags) {
    if (flags || [...word].length > 40) return 0;
    const parts = word.split(isLower(word) ? "-" : CAMEL);
    if (parts.length !== 2 || Math.min(...parts.map((p) => [...p].length)) < 3) return 0;
    const joined = parts.join(" ");
    const pair = [[0, parts[0].length, parts[0]], [parts[0].length + 1, joined.length, parts[1]]];
    return this.personAt(joined, pair, 0, this.contextWords(joined)) === 2 ? 1 : 0;
  }

  // gazetteer._surname_first: "Kowalski, Jan", "NOWAK Anna", "A. Nowak"
  surnameFirst(text, words, index, flags) {
    const [, end, word] = words[index];
    if (index + 1 >= words.length || ([...word].length > 1 && !flags.includes("l"))) return 0;
    const next = words[index + 1];
    const gap = text.slice(end, next[0]);
    const nf = this.flags(next[2]);
    if ([...word].length === 1) {
      let initial = isUpper(word) && gap === ". " && capitalised(next[2]);
      initial = initial && !this.lineStart(text, words[index][0]);
      return initial && nf.includes("l") && !nf.includes("c") ? 2 : 0;
    }
    const shouting = isUpper(word);
    const surname = flags.includes("l") && !flags.includes("s") && (!flags.includes("d") || flags.includes("L"));
    if (!surname || !(shouting || capitalised(word))) return 0;
    // names.initial_after: "Kowalski J."; not "Henry V.", "Vitamin B."
    const letter = next[2];
    if (gap === " " && [...letter].length === 1 && isUpper(letter) && !"IVX".includes(letter) && !flags.includes("F")) {
      const ordinary = flags.includes("c") && !flags.includes("L");
      const after = text.slice(next[1] + 1, next[1] + 2);
      if (text.slice(next[1], next[1] + 1) === "." && !/\p{L}/u.test(after) && !ordinary) return 2;
    }
    if (gap !== ", " && !(shouting && gap === " ")) return 0;
    const given = capitalised(next[2]) && nf.includes("f");
    const ordinary = nf.includes("d") || nf.includes("s");
    if (!given || nf.includes("g") || (ordinary && !nf.includes("F"))) return 0;
    // "Smith, John" (both frequent as names), "Kowalski, Jan"; not "Europe, Asia"
    return !flags.includes("c") || (flags.includes("L") && nf.includes("F")) ? 2 : 0;
  }

  // gazetteer._capitalised_name
  capitalisedName(text, start, end, flags, next, contexts) {
    if (next && isUpper(next[2]) && [...next[2]].length > 1) {
      const nf = this.flags(next[2]);
      if (nf.includes("l") && !nf.includes("d") && !nf.includes("s")) return 2;
    }
    if (next && capitalised(next[2]) && [...next[2]].length > 1) {
      const nf = this.flags(next[2]);
      if (!nf.includes("s") && (nf.includes("l") || nf === "" || nf === "fi")) {
        const frequent = flags.includes("F") && nf.includes("L"); // "John Smith"
        const ordinary = flags.includes("d") && nf.includes("d") && !frequent;
        if (!ordinary || contexts.near(start, end)) return 2;
      }
    }
    // names.letter_line: "Thanks,\nMarek", "Hello Fatima,\n"; not "Dear Sir," nor a country
    const plain = !flags.includes("g") && (!flags.includes("d") || flags.includes("F"));
    if (plain && letterLine(text, start, end)) return 1;
    const first = this.sentenceStart(text, start);
    if (!flags.includes("c") && !first) return 1;
    // a lone given name first in its sentence next to health, money or address context
    let usual = !flags.includes("c") || (flags.includes("F") && flags.includes("p") && !flags.includes("L") && first);
    const subject = next && this.subjectVerbs.has(next[2]) && text.slice(end, next[0]) === " ";
    usual = usual || (first && subject && flags.includes("F") && !flags.includes("d")); // "Thomas has"
    return usual && !flags.includes("g") && contexts.near(start, end) ? 1 : 0;
  }

  // gazetteer._particle_name: "Liv van der Laan", "Thales da Costa", "gael da rosa"
  particleName(text, words, index, flags) {
    const given = words[index][2];
    if ((flags.includes("c") && !flags.includes("p") && flags.includes("d")) || this.particles.has(given.toLowerCase())) return 0;
    let taken = 1;
    while (taken < 3 && this.particleAt(text, words, index + taken)) taken += 1;
    const last = index + taken;
    if (taken === 1 || last >= words.length || text.slice(words[last - 1][1], words[last][0]) !== " ") return 0;
    const surname = words[last][2];
    let sameCase = capitalised(given) ? capitalised(surname) : isLower(surname);
    if (isUpper(given) && [...given].length > 1) sameCase = isUpper(surname);
    if (!sameCase) return 0;
    const nf = this.flags(surname);
    const known = nf.includes("l") && !nf.includes("s");
    const unknown = nf === "" && capitalised(surname); // not "pravda van jejich"
    return [...surname].length > 1 && (known || unknown) ? taken + 1 : 0;
  }

  particleAt(text, words, index) {
    return index < words.length && this.particles.has(words[index][2].toLowerCase()) && text.slice(words[index - 1][1], words[index][0]) === " ";
  }

  // gazetteer._person_at (the third word of "carlos eduardo abreu" does not change "whether")
  personAt(text, words, index, contexts) {
    const [start, end, word] = words[index];
    const flags = this.flags(word);
    const surnameFirst = this.surnameFirst(text, words, index, flags);
    if (surnameFirst) return surnameFirst;
    if (!flags.includes("f")) return this.unknownPair(text, words, index, flags) || this.compound(word, flags) || (this.casePair(text, words, index) ? 2 : 0);
    const following = words[index + 1];
    const gap = following ? text.slice(end, following[0]) : null;
    if (capitalised(word) && (!flags.includes("s") || flags.includes("F"))) {
      const next = gap === " " || gap === "\t" || gap === "_" ? following : null; // "Saverio_Omma"
      return this.particleName(text, words, index, flags) || this.capitalisedName(text, start, end, flags, next, contexts);
    }
    // lower case and capitals carry no case information: the same rules ("ANNA NOWAK")
    const shouting = isUpper(word) && [...word].length > 1;
    if (!(isLower(word) || shouting) || flags.includes("s")) return 0;
    // "jan kowalski", "jan_kowalski", "jane.doe"
    const next = [" ", "\t", "_", "."].includes(gap) ? following : null;
    const sameCase = next && (shouting ? isUpper(next[2]) : isLower(next[2]));
    if (sameCase && partner(flags, this.flags(next[2]), next[2])) return 2;
    const particle = this.particleName(text, words, index, flags); // "SARA VAN DER LAAN" too
    if (shouting) return particle;
    if (particle || chatName(text, start, end, flags)) return particle || 1;
    return !flags.includes("c") && contexts.near(start, end) ? 1 : 0;
  }

  wordsOf(text) {
    // gazetteer.find: a word glued to a digit is a code or a formula ("BaSO4"), not a name
    return [...text.matchAll(WORD)]
      .map((m) => [m.index, m.index + m[0].length, m[0]])
      .filter(([, end]) => !/^\d/.test(text.slice(end, end + 1)));
  }

  // Whether a name is there. As gazetteer.find, a name's words are skipped after it; a notable
  // person's name (notable.py's NotableFilter) does not count, unless the Python finder may
  // read more words into it (_rest_of_name), which would change its key.
  hasName(text) {
    const words = this.wordsOf(text);
    const contexts = this.contextWords(text);
    for (let i = 0; i < words.length;) {
      let taken = this.personAt(text, words, i, contexts);
      if (taken > 1) taken = this.restOfName(text, words, i, taken);
      if (!taken) i += 1;
      else if (!this.notable || !this.notableAt(text, words, i, taken)) return true;
      else i += taken;
    }
    return false;
  }

  // [start, end] of every name the rules find at any word (a superset of gazetteer.find's
  // starts; its ends may reach further by _rest_of_name): cueless.js's birth dates
  // notable: as NotableFilter(finder).find, a notable person's name left out (and its words)
  spans(text, notable = false) {
    const words = this.wordsOf(text);
    const contexts = this.contextWords(text);
    const out = [];
    for (let i = 0; i < words.length; i += 1) {
      let taken = this.personAt(text, words, i, contexts);
      if (taken > 1 && notable && this.notable) taken = this.restOfName(text, words, i, taken);
      if (taken && notable && this.notable && this.notableAt(text, words, i, taken)) i += taken - 1;
      else if (taken) out.push([words[i][0], words[i + taken - 1][1]]);
    }
    return out;
  }

  // gazetteer._rest_of_name: "Aditya Kumar Sharma", "Abdul Rahman bin Ahmad" (the name's key)
  restOfName(text, words, index, taken) {
    const shouting = isUpper(words[index][2]);
    if (!(shouting || capitalised(words[index][2]))) return taken;
    while (index + taken < Math.min(words.length, index + this.nameWords)) {
      let ahead = taken;
      while (ahead < taken + 2 && this.particleAt(text, words, index + ahead)) ahead += 1; // "bin", "de los"
      const last = index + ahead;
      if (last >= words.length || text.slice(words[last - 1][1], words[last][0]) !== " ") return taken;
      const word = words[last][2];
      if ([...word].length < 2 || !(shouting ? isUpper(word) : capitalised(word))) return taken;
      const flags = this.flags(word);
      if (flags.includes("s") || (flags.includes("d") && !flags.includes("p") && !flags.includes("L"))) return taken;
      if (flags && !flags.includes("l") && !flags.includes("f")) return taken;
      taken = ahead + 1;
    }
    return taken;
  }

  notableAt(text, words, index, taken) {
    const next = words[index + taken];
    // lower case: the Python finder may take a third word ("carlos eduardo abreu")
    if (next && isLower(words[index][2]) && isLower(next[2]) && [" ", "\t", "_", "."].includes(text.slice(words[index + taken - 1][1], next[0]))) return false;
    return this.notable.is(text.slice(words[index][0], words[index + taken - 1][1]));
  }
}
