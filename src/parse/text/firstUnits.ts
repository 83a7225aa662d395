/**
 * The UTF-16 code units a match of a pattern can start with (and hold
 * second), read from the pattern's source. Scanning code uses them to try a
 * pattern only where it can match: many of the parser's patterns open with a
 * lookbehind or a long alternation, which makes the regex engine try every
 * position of the text.
 *
 * Only the syntax the parser's patterns use is understood; anything else, the
 * `i` and `v` flags, and any pattern that can match the empty string give
 * null ("could start anywhere"). The result is always a superset of the real
 * start units: lookarounds are ignored and a negated class or `.` counts as
 * any unit, which can only widen it.
 */

const BMP = 0x10000;

type UnitSet = Uint8Array;

class Unsupported extends Error {}

/** Start units collected while parsing: single units, plus whole tables for classes such as Han. */
class Units {
  readonly single = new Set<number>();
  readonly tables: UnitSet[] = [];
  /** Whether a character outside the BMP (two units) may be among them. */
  astral = false;

  addRange(from: number, to: number): void {
    for (let code = from; code <= to; code++) {
      if (code >= BMP) {
        // Astral characters start with their high surrogate.
        this.addRange(0xd800, 0xdbff);
        this.astral = true;
        return;
      }
      this.single.add(code);
    }
  }

  addAll(other: Units): void {
    for (const unit of other.single) this.single.add(unit);
    for (const table of other.tables) if (!this.tables.includes(table)) this.tables.push(table);
    this.astral ||= other.astral;
  }

  toTable(): UnitSet {
    const table = new Uint8Array(BMP);
    for (const source of this.tables) {
      for (let unit = 0; unit < BMP; unit++) if (source[unit] === 1) table[unit] = 1;
    }
    for (const unit of this.single) table[unit] = 1;
    return table;
  }
}

interface Parsed {
  /** Units a match of this piece can start with. */
  first: Units;
  /** Whether the piece can match the empty string. */
  nullable: boolean;
  /** Whether the piece can match exactly one code unit. */
  one: boolean;
  /** Units a match of this piece can hold at its second position. */
  second: Units;
}

const zeroWidth = (): Parsed => ({ first: new Units(), nullable: true, one: false, second: new Units() });

/** Match start and second units of a pattern, each null when not known or not limited. */
export interface StartUnits {
  first: UnitSet | null;
  second: UnitSet | null;
}

const cache = new Map<string, StartUnits>();

export function firstUnits(pattern: RegExp): UnitSet | null {
  return startUnits(pattern).first;
}

/**
 * The units a match can start with and, when every match is at least two
 * units long, the units it can hold second (a superset, like the first).
 */
export function startUnits(pattern: RegExp): StartUnits {
  const key = `${pattern.flags}/${pattern.source}`;
  let units = cache.get(key);
  if (units === undefined) {
    units = analyse(pattern);
    cache.set(key, units);
  }
  return units;
}

function analyse(pattern: RegExp): StartUnits {
  const unknown = { first: null, second: null };
  if (/[iv]/.test(pattern.flags)) return unknown;
  try {
    const parser = new SourceParser(pattern.source, pattern.unicode);
    const result = parser.parseAlternatives();
    if (!parser.atEnd()) throw new Unsupported();
    if (result.nullable) return unknown;
    return { first: result.first.toTable(), second: result.one ? null : result.second.toTable() };
  } catch (error) {
    if (error instanceof Unsupported) return unknown;
    throw error;
  }
}

function table(test: (char: string) => boolean): UnitSet {
  const units = new Uint8Array(BMP);
  for (let unit = 0; unit < BMP; unit++) if (test(String.fromCharCode(unit))) units[unit] = 1;
  return units;
}

let hanUnits: UnitSet | null = null;
/** BMP Han characters, plus every high surrogate since Han reaches outside the BMP. */
function hanTable(): UnitSet {
  if (!hanUnits) {
    const han = /\p{Script=Han}/u;
    hanUnits = table((char) => han.test(char));
    hanUnits.fill(1, 0xd800, 0xdc00);
  }
  return hanUnits;
}

let spaceUnits: UnitSet | null = null;
function spaceTable(): UnitSet {
  spaceUnits ??= table((char) => /\s/.test(char));
  return spaceUnits;
}

let everyUnit: UnitSet | null = null;
function anyTable(): UnitSet {
  everyUnit ??= new Uint8Array(BMP).fill(1);
  return everyUnit;
}

function anyUnits(): Units {
  const units = new Units();
  units.tables.push(anyTable());
  units.astral = true;
  return units;
}

class SourceParser {
  private index = 0;

  constructor(
    private readonly source: string,
    private readonly unicode: boolean,
  ) {}

  atEnd(): boolean {
    return this.index >= this.source.length;
  }

  private peek(): string {
    return this.source[this.index] ?? '';
  }

  parseAlternatives(): Parsed {
    const result: Parsed = { first: new Units(), nullable: false, one: false, second: new Units() };
    for (;;) {
      const sequence = this.parseSequence();
      result.first.addAll(sequence.first);
      result.second.addAll(sequence.second);
      result.nullable ||= sequence.nullable;
      result.one ||= sequence.one;
      if (this.peek() !== '|') return result;
      this.index++;
    }
  }

  private parseSequence(): Parsed {
    const sequence = zeroWidth();
    while (!this.atEnd() && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.parseQuantified();
      // The second unit lies inside what came so far, or starts the atom after one unit, or lies inside the atom.
      if (sequence.one) sequence.second.addAll(atom.first);
      if (sequence.nullable) {
        sequence.second.addAll(atom.second);
        sequence.first.addAll(atom.first);
      }
      sequence.one = (sequence.one && atom.nullable) || (sequence.nullable && atom.one);
      sequence.nullable &&= atom.nullable;
    }
    return sequence;
  }

  private parseQuantified(): Parsed {
    const atom = this.parseAtom();
    const quantifier = /^(?:[?*+]|\{(\d+)(?:,(\d*))?\})\??/.exec(this.source.slice(this.index));
    if (!quantifier) return atom;
    this.index += quantifier[0].length;
    const symbol = quantifier[0][0];
    const minimum = symbol === '?' || symbol === '*' ? 0 : symbol === '+' ? 1 : Number(quantifier[1]);
    const maximum =
      symbol === '?' ? 1 : symbol === '*' || symbol === '+' ? Infinity : quantifier[2] === undefined ? minimum : quantifier[2] === '' ? Infinity : Number(quantifier[2]);
    const second = new Units();
    second.addAll(atom.second);
    // A repetition of one-unit matches puts the atom's first units second.
    if (maximum >= 2 && atom.one) second.addAll(atom.first);
    return { first: atom.first, nullable: atom.nullable || minimum === 0, one: atom.one, second };
  }

  /** One character of the given units: a single code unit, or a surrogate pair when astral. */
  private character(first: Units): Parsed {
    const second = new Units();
    if (this.unicode && first.astral) second.addRange(0xdc00, 0xdfff);
    return { first, nullable: false, one: true, second };
  }

  private parseAtom(): Parsed {
    const char = this.peek();
    if (char === '(') return this.parseGroup();
    if (char === '[') return this.parseClass();
    if (char === '^' || char === '$') {
      this.index++;
      return zeroWidth();
    }
    if (char === '.') {
      this.index++;
      return this.character(anyUnits());
    }
    if (char === '*' || char === '+' || char === '?' || char === '{' || char === '}' || char === ']') {
      throw new Unsupported();
    }
    if (char === '\\') {
      const rest = this.source.slice(this.index);
      const boundary = /^\\[bB]/.exec(rest);
      if (boundary) {
        this.index += 2;
        return zeroWidth();
      }
      // A backreference repeats a group's text, which may be anything or nothing.
      const backreference = /^\\[1-9]\d*/.exec(rest);
      if (backreference) {
        this.index += backreference[0].length;
        return { first: anyUnits(), nullable: true, one: true, second: anyUnits() };
      }
    }
    const set = new Units();
    if (char === '\\') this.addEscape(set);
    else this.addLiteral(set);
    return this.character(set);
  }

  private parseGroup(): Parsed {
    const rest = this.source.slice(this.index);
    const lookaround = /^\(\?<?[=!]/.exec(rest);
    const opener = lookaround?.[0] ?? /^\((?:\?:|\?<[A-Za-z_$][\w$]*>)?/.exec(rest)![0];
    this.index += opener.length;
    const inner = this.parseAlternatives();
    if (this.peek() !== ')') throw new Unsupported();
    this.index++;
    // A lookaround consumes nothing: the match starts with whatever follows it.
    if (lookaround) return zeroWidth();
    return inner;
  }

  private parseClass(): Parsed {
    this.index++;
    const set = new Units();
    if (this.peek() === '^') {
      // A negated class can start with almost anything: taken as any unit.
      this.index++;
      while (this.peek() !== ']') {
        if (this.atEnd()) throw new Unsupported();
        if (this.classMember(set) !== null && this.peek() === '-' && this.source[this.index + 1] !== ']') {
          this.index++;
          this.classMember(null);
        }
      }
      this.index++;
      return this.character(anyUnits());
    }
    while (this.peek() !== ']') {
      if (this.atEnd()) throw new Unsupported();
      const from = this.classMember(set);
      if (from !== null && this.peek() === '-' && this.source[this.index + 1] !== ']') {
        this.index++;
        const to = this.classMember(null);
        if (to === null || to < from) throw new Unsupported();
        set.addRange(from, to);
      } else if (from !== null) {
        set.addRange(from, from);
      }
    }
    this.index++;
    return this.character(set);
  }

  /** Reads one class member: a single code point (returned) or an escape class (added to `set`, null returned). */
  private classMember(set: Units | null): number | null {
    if (this.peek() === '\\') {
      const single = this.singleEscape();
      if (single !== null) return single;
      if (!set) throw new Unsupported();
      this.addEscape(set);
      return null;
    }
    const code = this.unicode ? this.source.codePointAt(this.index)! : this.source.charCodeAt(this.index);
    this.index += code > 0xffff ? 2 : 1;
    return code;
  }

  private addLiteral(set: Units): void {
    const code = this.unicode ? this.source.codePointAt(this.index)! : this.source.charCodeAt(this.index);
    this.index += code > 0xffff ? 2 : 1;
    set.addRange(code, code);
  }

  /** An escape standing for one character (\u3000, \., \-), or null for a class escape; consumes it when single. */
  private singleEscape(): number | null {
    const rest = this.source.slice(this.index);
    const hex = /^\\u([0-9a-fA-F]{4})|^\\x([0-9a-fA-F]{2})/.exec(rest);
    if (hex) {
      this.index += hex[0].length;
      return parseInt(hex[1] ?? hex[2]!, 16);
    }
    const named: Record<string, number> = { t: 0x09, n: 0x0a, v: 0x0b, f: 0x0c, r: 0x0d };
    const letter = rest[1] ?? '';
    if (letter in named) {
      this.index += 2;
      return named[letter]!;
    }
    if (letter !== '' && /[\\^$.*+?()[\]{}|/\-]/.test(letter)) {
      this.index += 2;
      return letter.charCodeAt(0);
    }
    return null;
  }

  private addEscape(set: Units): void {
    const single = this.singleEscape();
    if (single !== null) {
      set.addRange(single, single);
      return;
    }
    const rest = this.source.slice(this.index);
    if (rest.startsWith('\\d')) {
      this.index += 2;
      set.addRange(0x30, 0x39);
      return;
    }
    const property = /^\\p\{Script=Han\}/.exec(rest);
    if (property && this.unicode) {
      this.index += property[0].length;
      set.tables.push(hanTable());
      set.astral = true;
      return;
    }
    const shorthand = /^\\([sSwWD])/.exec(rest);
    if (shorthand) {
      this.index += 2;
      const letter = shorthand[1]!;
      if (letter === 's') set.tables.push(spaceTable());
      else if (letter === 'w') {
        set.addRange(0x30, 0x39);
        set.addRange(0x41, 0x5a);
        set.addRange(0x61, 0x7a);
        set.addRange(0x5f, 0x5f);
      } else set.addAll(anyUnits());
      return;
    }
    throw new Unsupported();
  }
}
