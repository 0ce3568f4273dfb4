// Static ReDoS check for the regexes rule packs run on untrusted text. A backtracking engine (V8's irregexp) takes
// exponential time when a loop can match the same text in two ways per iteration ((a+)+, (\w|\d)*, (x\w+)+), and
// polynomial time when two loops in a row (or the implicit "try every start" loop of a search and a leading loop)
// can share the same text before a failing suffix (\s*=\s* on a line of spaces). Both are found on the Glushkov
// automaton of the pattern: exponential = a cycle of the pair automaton through a diagonal and an off-diagonal
// state (EDA), polynomial = states p != q with p→p, p→q, q→q on one word (IDA), as in Weideman et al.
// Bounded repeats are cut to three copies, so the check errs towards "safe" on huge bounds; the dynamic ReDoS
// test covers what it cannot see.

export type Complexity = 'linear' | 'polynomial' | 'exponential';

export interface RegexVerdict {
  complexity: Complexity | 'unknown';
  /** Why it is super-linear, in words. */
  reason?: string;
  /** An input that makes it slow: `prefix + pump.repeat(n) + suffix`. */
  attack?: { prefix: string; pump: string; suffix: string };
}

export class UnsafeRegexError extends Error {
  override name = 'UnsafeRegexError';
}

type Range = readonly [number, number];
type CharSet = readonly Range[];

const MAX_CP = 0x10ffff;
const ALL: CharSet = [[0, MAX_CP]];
const DIGIT: CharSet = [[48, 57]];
const WORD: CharSet = [
  [48, 57],
  [65, 90],
  [95, 95],
  [97, 122],
];
const SPACE: CharSet = norm([
  [9, 13],
  [32, 32],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
]);
const LINE_TERM: CharSet = [
  [10, 10],
  [13, 13],
  [0x2028, 0x2029],
];

function norm(rs: Range[]): CharSet {
  const s = [...rs].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [lo, hi] of s) {
    const last = out[out.length - 1];
    if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
    else out.push([lo, hi]);
  }
  return out;
}

function complement(s: CharSet): CharSet {
  const out: Range[] = [];
  let next = 0;
  for (const [lo, hi] of s) {
    if (lo > next) out.push([next, lo - 1]);
    next = hi + 1;
  }
  if (next <= MAX_CP) out.push([next, MAX_CP]);
  return out;
}

function intersect(a: CharSet, b: CharSet): CharSet {
  const out: Range[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const lo = Math.max(a[i]![0], b[j]![0]);
    const hi = Math.min(a[i]![1], b[j]![1]);
    if (lo <= hi) out.push([lo, hi]);
    if (a[i]![1] < b[j]![1]) i++;
    else j++;
  }
  return out;
}

function caseFold(s: CharSet): CharSet {
  const extra: Range[] = [];
  for (const [lo, hi] of s) {
    const up = intersect([[lo, hi]], [[65, 90]]);
    const low = intersect([[lo, hi]], [[97, 122]]);
    for (const [a, b] of up) extra.push([a + 32, b + 32]);
    for (const [a, b] of low) extra.push([a - 32, b - 32]);
  }
  return extra.length ? norm([...s, ...extra]) : s;
}

const PREFERRED = 'a0A _-.=:/"\'x,;!@#$%&*()[]{}<>+?|\\~`^\t\n';
function sampleChar(s: CharSet): string | undefined {
  if (!s.length) return undefined;
  for (const ch of PREFERRED) {
    const c = ch.charCodeAt(0);
    if (s.some(([lo, hi]) => c >= lo && c <= hi)) return ch;
  }
  return String.fromCodePoint(s[0]![0]);
}

// ---- parser --------------------------------------------------------------------------------------------------

type Ast =
  | { t: 'char'; set: CharSet }
  | { t: 'seq'; items: Ast[] }
  | { t: 'alt'; alts: Ast[] }
  | { t: 'rep'; body: Ast; min: number; max: number }
  | { t: 'assert'; anchorStart?: boolean; look?: Ast; negativeAhead?: boolean }
  | { t: 'backref' };

class Parser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly flags: string,
  ) {}

  parse(): Ast {
    const ast = this.alt();
    if (this.i < this.src.length) throw new Error(`unexpected ")" at ${this.i}`);
    return ast;
  }

  private peek(): string | undefined {
    return this.src[this.i];
  }

  private alt(): Ast {
    const alts = [this.seq()];
    while (this.peek() === '|') {
      this.i++;
      alts.push(this.seq());
    }
    return alts.length === 1 ? alts[0]! : { t: 'alt', alts };
  }

  private seq(): Ast {
    const items: Ast[] = [];
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      let atom = this.atom();
      for (;;) {
        const q = this.quantifier();
        if (!q) break;
        atom = { t: 'rep', body: atom, min: q[0], max: q[1] };
      }
      // `(?!x).` (a character that is not x) is common in tokenizers: fold it into one character set, or the
      // lookahead-blind automaton would see `.` overlap with `x` and report ambiguity that is not there.
      const prev = items[items.length - 1];
      const banned = prev?.t === 'assert' && prev.negativeAhead && prev.look ? charsOf(prev.look) : undefined;
      if (banned && atom.t === 'char') {
        items.pop();
        atom = { t: 'char', set: intersect(atom.set, complement(banned)) };
      }
      items.push(atom);
    }
    return { t: 'seq', items };
  }

  private quantifier(): [number, number] | undefined {
    const c = this.peek();
    let q: [number, number] | undefined;
    if (c === '*') q = [0, Infinity];
    else if (c === '+') q = [1, Infinity];
    else if (c === '?') q = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return undefined;
      const min = Number(m[1]);
      const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
      q = [min, max];
    }
    if (!q) return undefined;
    this.i++;
    if (this.peek() === '?') this.i++;
    return q;
  }

  private atom(): Ast {
    const c = this.src[this.i++]!;
    const fold = (set: CharSet): Ast => ({ t: 'char', set: this.flags.includes('i') ? caseFold(set) : set });
    switch (c) {
      case '.':
        return fold(this.flags.includes('s') ? ALL : complement(LINE_TERM));
      case '^':
        return { t: 'assert', anchorStart: !this.flags.includes('m') };
      case '$':
        return { t: 'assert' };
      case '(': {
        let look = false;
        let negativeAhead = false;
        if (this.src.startsWith('?:', this.i)) this.i += 2;
        else if (this.src.startsWith('?=', this.i) || this.src.startsWith('?!', this.i)) {
          negativeAhead = this.src[this.i + 1] === '!';
          this.i += 2;
          look = true;
        } else if (this.src.startsWith('?<=', this.i) || this.src.startsWith('?<!', this.i)) {
          this.i += 3;
          look = true;
        } else if (this.src.startsWith('?<', this.i)) this.i = this.src.indexOf('>', this.i) + 1;
        const body = this.alt();
        if (this.peek() !== ')') throw new Error('unterminated group');
        this.i++;
        return look ? { t: 'assert', look: body, ...(negativeAhead ? { negativeAhead } : {}) } : body;
      }
      case '[':
        return fold(this.charClass());
      case '\\':
        return this.escape(false) as Ast;
      default:
        return fold([[c.codePointAt(0)!, c.codePointAt(0)!]]);
    }
  }

  /** After a backslash. In a class, returns a CharSet; outside, an Ast. */
  private escape(inClass: boolean): Ast | CharSet {
    const c = this.src[this.i++];
    const set = (s: CharSet): Ast | CharSet => (inClass ? s : { t: 'char', set: this.flags.includes('i') ? caseFold(s) : s });
    const cp = (n: number): Ast | CharSet => set([[n, n]]);
    switch (c) {
      case 'd':
        return set(DIGIT);
      case 'D':
        return set(complement(DIGIT));
      case 'w':
        return set(WORD);
      case 'W':
        return set(complement(WORD));
      case 's':
        return set(SPACE);
      case 'S':
        return set(complement(SPACE));
      case 'b':
        return inClass ? [[8, 8]] : { t: 'assert' };
      case 'B':
        return { t: 'assert' };
      case 'n':
        return cp(10);
      case 'r':
        return cp(13);
      case 't':
        return cp(9);
      case 'v':
        return cp(11);
      case 'f':
        return cp(12);
      case '0':
        return cp(0);
      case 'c':
        return cp((this.src.charCodeAt(this.i++) || 64) % 32);
      case 'x': {
        const h = this.src.slice(this.i, this.i + 2);
        this.i += 2;
        return cp(parseInt(h, 16) || 0);
      }
      case 'u': {
        if (this.peek() === '{') {
          const end = this.src.indexOf('}', this.i);
          const n = parseInt(this.src.slice(this.i + 1, end), 16) || 0;
          this.i = end + 1;
          return cp(n);
        }
        const h = this.src.slice(this.i, this.i + 4);
        this.i += 4;
        return cp(parseInt(h, 16) || 0);
      }
      case 'p':
      case 'P':
        if (this.peek() === '{') this.i = this.src.indexOf('}', this.i) + 1;
        return set(ALL);
      case 'k':
        if (this.peek() === '<') this.i = this.src.indexOf('>', this.i) + 1;
        return inClass ? [[107, 107]] : { t: 'backref' };
      default:
        if (c !== undefined && /[1-9]/.test(c)) {
          while (/\d/.test(this.peek() ?? '')) this.i++;
          return inClass ? [[c.charCodeAt(0), c.charCodeAt(0)]] : { t: 'backref' };
        }
        return c === undefined ? cp(92) : cp(c.codePointAt(0)!);
    }
  }

  private charClass(): CharSet {
    let negate = false;
    if (this.peek() === '^') {
      negate = true;
      this.i++;
    }
    const ranges: Range[] = [];
    while (this.i < this.src.length && this.peek() !== ']') {
      if (this.flags.includes('v') && (this.peek() === '[' || this.src.startsWith('--', this.i) || this.src.startsWith('&&', this.i))) {
        // Set notation: approximate the class as every character, then skip to its end.
        let depth = 1;
        while (this.i < this.src.length && depth > 0) {
          const ch = this.src[this.i++];
          if (ch === '\\') this.i++;
          else if (ch === '[') depth++;
          else if (ch === ']') depth--;
        }
        return ALL;
      }
      const lo = this.classAtom();
      if (this.peek() === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length && lo.length === 1 && lo[0]![0] === lo[0]![1]) {
        this.i++;
        const hi = this.classAtom();
        if (hi.length === 1 && hi[0]![0] === hi[0]![1]) {
          ranges.push([Math.min(lo[0]![0], hi[0]![0]), Math.max(lo[0]![0], hi[0]![0])]);
          continue;
        }
        ranges.push(...lo, [45, 45], ...hi);
        continue;
      }
      ranges.push(...lo);
    }
    this.i++; // ]
    const s = norm(ranges);
    return negate ? complement(s) : s;
  }

  private classAtom(): CharSet {
    const c = this.src[this.i++]!;
    if (c === '\\') return this.escape(true) as CharSet;
    const n = c.codePointAt(0)!;
    if (n > 0xffff) this.i++;
    return [[n, n]];
  }
}

/** The characters a one-character pattern (a char, a class, an alternation of them) matches, else undefined. */
function charsOf(ast: Ast): CharSet | undefined {
  if (ast.t === 'char') return ast.set;
  if (ast.t === 'seq' && ast.items.length === 1) return charsOf(ast.items[0]!);
  if (ast.t === 'alt') {
    const sets = ast.alts.map(charsOf);
    return sets.every((x) => x !== undefined) ? norm(sets.flatMap((x) => [...x])) : undefined;
  }
  return undefined;
}

// ---- Glushkov automaton ---------------------------------------------------------------------------------------

interface Frag {
  nullable: boolean;
  /** Matches empty with no assertion to pass. */
  nullableU: boolean;
  first: number[];
  last: number[];
  /** Positions after which the rest can end with no assertion to pass. */
  lastU: number[];
  /** First positions reachable without passing a start anchor (`^`): where a search retried mid-text can enter. */
  firstFree: number[];
  /** Can be crossed empty without passing a start anchor. */
  passFree: boolean;
}

const MAX_POSITIONS = 600;
const MAX_COPIES = 3;

class TooBig extends Error {}

class Automaton {
  /** Index 0 is the initial state; 1.. are character positions. */
  readonly sets: CharSet[] = [[]];
  readonly follow: Set<number>[] = [new Set()];
  readonly looks: Ast[] = [];

  add(set: CharSet): number {
    if (this.sets.length > MAX_POSITIONS) throw new TooBig();
    this.sets.push(set);
    this.follow.push(new Set());
    return this.sets.length - 1;
  }

  link(from: readonly number[], to: readonly number[]): void {
    for (const f of from) for (const t of to) this.follow[f]!.add(t);
  }

  build(ast: Ast): Frag {
    switch (ast.t) {
      case 'char': {
        const p = this.add(ast.set);
        return { nullable: false, nullableU: false, first: [p], last: [p], lastU: [p], firstFree: [p], passFree: false };
      }
      case 'assert':
        if (ast.look) this.looks.push(ast.look);
        return { nullable: true, nullableU: false, first: [], last: [], lastU: [], firstFree: [], passFree: ast.anchorStart !== true };
      case 'backref':
        return { nullable: true, nullableU: false, first: [], last: [], lastU: [], firstFree: [], passFree: true };
      case 'seq':
        return ast.items.reduce<Frag>((acc, item) => this.concat(acc, this.build(item)), EMPTY);
      case 'alt': {
        const fs = ast.alts.map((a) => this.build(a));
        return {
          nullable: fs.some((f) => f.nullable),
          nullableU: fs.some((f) => f.nullableU),
          first: fs.flatMap((f) => f.first),
          last: fs.flatMap((f) => f.last),
          lastU: fs.flatMap((f) => f.lastU),
          firstFree: fs.flatMap((f) => f.firstFree),
          passFree: fs.some((f) => f.passFree),
        };
      }
      case 'rep': {
        const min = Math.min(ast.min, MAX_COPIES);
        const max = ast.max === Infinity ? Infinity : Math.min(ast.max, Math.max(min, MAX_COPIES));
        let acc: Frag = EMPTY;
        for (let k = 0; k < min; k++) acc = this.concat(acc, this.build(ast.body));
        if (max === Infinity) {
          const b = this.build(ast.body);
          this.link(b.last, b.first);
          acc = this.concat(acc, { ...b, nullable: true, nullableU: true, passFree: true });
        } else {
          for (let k = min; k < max; k++) {
            const b = this.build(ast.body);
            acc = this.concat(acc, { ...b, nullable: true, nullableU: true, passFree: true });
          }
        }
        return acc;
      }
    }
  }

  private concat(a: Frag, b: Frag): Frag {
    this.link(a.last, b.first);
    return {
      nullable: a.nullable && b.nullable,
      nullableU: a.nullableU && b.nullableU,
      first: a.nullable ? [...a.first, ...b.first] : a.first,
      last: b.nullable ? [...b.last, ...a.last] : b.last,
      lastU: b.nullableU ? [...b.lastU, ...a.lastU] : b.lastU,
      firstFree: a.passFree ? [...a.firstFree, ...b.firstFree] : a.firstFree,
      passFree: a.passFree && b.passFree,
    };
  }
}

const EMPTY: Frag = { nullable: true, nullableU: true, first: [], last: [], lastU: [], firstFree: [], passFree: true };

function startsAnchored(ast: Ast): boolean {
  if (ast.t === 'assert') return ast.anchorStart === true;
  if (ast.t === 'seq') return ast.items.length > 0 && startsAnchored(ast.items[0]!);
  if (ast.t === 'alt') return ast.alts.every(startsAnchored);
  return false;
}

const MAX_PRODUCT = 400_000;

function analyzeAst(ast: Ast, anchored: boolean): RegexVerdict {
  const nfa = new Automaton();
  let frag: Frag;
  try {
    frag = nfa.build(ast);
  } catch (e) {
    if (e instanceof TooBig) return { complexity: 'unknown', reason: 'pattern too large to analyse' };
    throw e;
  }
  nfa.link([0], frag.first);
  const worst = (v: RegexVerdict): RegexVerdict => {
    for (const look of nfa.looks) {
      const sub = analyzeAst(look, true);
      if (rank(sub) > rank(v)) v = { ...sub, reason: `in a lookaround: ${sub.reason ?? ''}` };
    }
    return v;
  };
  // Matching the empty string without conditions succeeds at once: nothing to backtrack into.
  if (frag.nullableU) return worst({ complexity: 'linear' });
  const finalU = new Set(frag.lastU);
  const { sets, follow } = nfa;
  const n = sets.length;

  const eda = findEda(sets, follow, finalU);
  if (eda === 'unknown') return worst({ complexity: 'unknown', reason: 'automaton too large to analyse' });
  if (eda)
    return worst({
      complexity: 'exponential',
      reason: 'a repeated part can match the same text in more than one way (nested quantifiers or overlapping alternatives under a quantifier)',
      attack: eda,
    });

  // Unanchored search: a state that loops on any character stands for "try every start position".
  let prefixState: number | undefined;
  if (!anchored) {
    prefixState = n;
    sets.push(ALL);
    follow.push(new Set([n, ...frag.firstFree]));
    follow[0]!.add(n);
  }
  const ida = findIda(sets, follow, finalU, prefixState);
  if (ida === 'unknown') return worst({ complexity: 'unknown', reason: 'automaton too large to analyse' });
  if (ida) return worst({ complexity: 'polynomial', reason: ida.reason, attack: ida.attack });
  return worst({ complexity: 'linear' });
}

function rank(v: RegexVerdict): number {
  return { linear: 0, unknown: 1, polynomial: 2, exponential: 3 }[v.complexity];
}

/** A word leading from the initial state to `target` (BFS over the automaton). */
function wordTo(sets: CharSet[], follow: Set<number>[], target: number): string {
  const prev = new Map<number, number>([[0, -1]]);
  const queue = [0];
  while (queue.length) {
    const s = queue.shift()!;
    if (s === target) break;
    for (const t of follow[s]!) {
      if (prev.has(t)) continue;
      prev.set(t, s);
      queue.push(t);
    }
  }
  let word = '';
  for (let s = target; s > 0 && prev.has(s); s = prev.get(s)!) word = (sampleChar(sets[s]!) ?? '') + word;
  return word;
}

/** A character that no transition out of `state` accepts, to make the match fail after the pump. */
function failChar(sets: CharSet[], follow: Set<number>[], state: number): string {
  const taken = norm([...follow[state]!].flatMap((t) => [...sets[t]!]));
  return sampleChar(complement(taken)) ?? '';
}

function findEda(sets: CharSet[], follow: Set<number>[], finalU: Set<number>): RegexVerdict['attack'] | null | 'unknown' {
  const n = sets.length;
  const key = (a: number, b: number): number => a * n + b;
  const edges = new Map<number, number[]>();
  const labels = new Map<string, string>();
  const seen = new Set<number>([key(0, 0)]);
  const order: number[] = [key(0, 0)];
  for (let qi = 0; qi < order.length; qi++) {
    const k = order[qi]!;
    const a = Math.floor(k / n);
    const b = k % n;
    const out: number[] = [];
    for (const c of follow[a]!) {
      // A path through a state where the match may end succeeds once it gets stuck: no blow-up along it.
      if (finalU.has(c)) continue;
      for (const d of follow[b]!) {
        if (finalU.has(d)) continue;
        const common = intersect(sets[c]!, sets[d]!);
        if (!common.length) continue;
        const nk = key(c, d);
        out.push(nk);
        labels.set(`${k}>${nk}`, sampleChar(common)!);
        if (!seen.has(nk)) {
          if (seen.size > MAX_PRODUCT) return 'unknown';
          seen.add(nk);
          order.push(nk);
        }
      }
    }
    edges.set(k, out);
  }
  const comp = sccs(order, edges);
  const members = new Map<number, number[]>();
  for (const [node, c] of comp) members.set(c, [...(members.get(c) ?? []), node]);
  for (const nodes of members.values()) {
    if (nodes.length < 2) continue;
    const diag = nodes.find((k) => Math.floor(k / n) === k % n && !finalU.has(k % n));
    const off = nodes.find((k) => Math.floor(k / n) !== k % n && !finalU.has(Math.floor(k / n)) && !finalU.has(k % n));
    if (diag === undefined || off === undefined) continue;
    const inComp = new Set(nodes);
    const pump = pathWord(diag, off, edges, labels, inComp) + pathWord(off, diag, edges, labels, inComp);
    const q = diag % n;
    return { prefix: wordTo(sets, follow, q), pump, suffix: failChar(sets, follow, q) };
  }
  return null;
}

function pathWord(from: number, to: number, edges: Map<number, number[]>, labels: Map<string, string>, allowed: Set<number>): string {
  const prev = new Map<number, number>();
  const queue = [from];
  let found = false;
  while (queue.length && !found) {
    const s = queue.shift()!;
    for (const t of edges.get(s) ?? []) {
      if (!allowed.has(t) || prev.has(t)) continue;
      prev.set(t, s);
      if (t === to) {
        found = true;
        break;
      }
      queue.push(t);
    }
  }
  let word = '';
  for (let s = to; prev.has(s); ) {
    const p = prev.get(s)!;
    word = (labels.get(`${p}>${s}`) ?? '') + word;
    if (p === from) break;
    s = p;
  }
  return word;
}

/** Tarjan's SCC, iterative (patterns can make deep graphs). Node → component id. */
function sccs(nodes: number[], edges: Map<number, number[]>): Map<number, number> {
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const onStack = new Set<number>();
  const stack: number[] = [];
  const comp = new Map<number, number>();
  let counter = 0;
  let compId = 0;
  for (const root of nodes) {
    if (index.has(root)) continue;
    const work: [number, number][] = [[root, 0]];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length) {
      const top = work[work.length - 1]!;
      const [v, i] = top;
      const out = edges.get(v) ?? [];
      if (i < out.length) {
        top[1]++;
        const w = out[i]!;
        if (!index.has(w)) {
          index.set(w, counter);
          low.set(w, counter++);
          stack.push(w);
          onStack.add(w);
          work.push([w, 0]);
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
      } else {
        work.pop();
        if (work.length) {
          const parent = work[work.length - 1]![0];
          low.set(parent, Math.min(low.get(parent)!, low.get(v)!));
        }
        if (low.get(v) === index.get(v)) {
          let w: number;
          do {
            w = stack.pop()!;
            onStack.delete(w);
            comp.set(w, compId);
          } while (w !== v);
          compId++;
        }
      }
    }
  }
  return comp;
}

function findIda(
  sets: CharSet[],
  follow: Set<number>[],
  finalU: Set<number>,
  prefixState: number | undefined,
): { reason: string; attack: NonNullable<RegexVerdict['attack']> } | null | 'unknown' {
  const n = sets.length;
  // States on a cycle of the automaton: only they can pump.
  const edges = new Map<number, number[]>();
  const all = Array.from({ length: n }, (_, i) => i);
  for (const s of all) edges.set(s, [...follow[s]!]);
  const comp = sccs(all, edges);
  const size = new Map<number, number>();
  for (const c of comp.values()) size.set(c, (size.get(c) ?? 0) + 1);
  const cyclic = all.filter((s) => !finalU.has(s) && (follow[s]!.has(s) || (size.get(comp.get(s)!) ?? 0) > 1));
  let budget = MAX_PRODUCT;
  for (const p of cyclic) {
    for (const q of cyclic) {
      if (p === q) continue;
      // BFS over triples from (p, p, q) to (p, q, q): one word that loops p, leads p to q, and loops q.
      const key = (x: number, y: number, z: number): number => (x * n + y) * n + z;
      const start = key(p, p, q);
      const goal = key(p, q, q);
      const prev = new Map<number, [number, string]>();
      const queue = [start];
      let hit = false;
      while (queue.length && !hit) {
        const k = queue.shift()!;
        const x = Math.floor(k / (n * n));
        const y = Math.floor(k / n) % n;
        const z = k % n;
        for (const x2 of follow[x]!) {
          if (finalU.has(x2)) continue;
          for (const y2 of follow[y]!) {
            if (finalU.has(y2)) continue;
            const xy = intersect(sets[x2]!, sets[y2]!);
            if (!xy.length) continue;
            for (const z2 of follow[z]!) {
              if (finalU.has(z2)) continue;
              const xyz = intersect(xy, sets[z2]!);
              if (!xyz.length) continue;
              const nk = key(x2, y2, z2);
              if (prev.has(nk) || nk === start) continue;
              if (--budget < 0) return 'unknown';
              prev.set(nk, [k, sampleChar(xyz)!]);
              if (nk === goal) {
                hit = true;
                break;
              }
              queue.push(nk);
            }
            if (hit) break;
          }
          if (hit) break;
        }
      }
      if (!hit) continue;
      let pump = '';
      for (let k = goal; k !== start; ) {
        const [p2, ch] = prev.get(k)!;
        pump = ch + pump;
        k = p2;
      }
      const lead = p === prefixState ? '' : wordTo(sets, follow, p);
      const reason =
        p === prefixState
          ? 'a leading repeated part can match text that a search retries from every position before a failing suffix (quadratic)'
          : 'two repeated parts in a row can share the same text before a failing suffix (polynomial)';
      return { reason, attack: { prefix: lead, pump, suffix: failChar(sets, follow, q) } };
    }
  }
  return null;
}

// ---- API -------------------------------------------------------------------------------------------------------

/** How long `re` can take on hostile input, with an input that shows it when super-linear. */
export function analyzeRegex(re: RegExp | string, flags = ''): RegexVerdict {
  const source = typeof re === 'string' ? re : re.source;
  const f = typeof re === 'string' ? flags : re.flags;
  let ast: Ast;
  try {
    ast = new Parser(source, f).parse();
  } catch {
    return { complexity: 'unknown', reason: 'pattern not understood by the checker' };
  }
  return analyzeAst(ast, f.includes('y') || startsAnchored(ast));
}

export interface LinearOptions {
  /** Accept a polynomial (e.g. quadratic) pattern: only for text known to be short. */
  allowPolynomial?: boolean;
  /** Names the pattern in the error (e.g. the rule id). */
  label?: string;
}

/**
 * Throws UnsafeRegexError unless `re` runs in linear time on any input: exponential patterns (nested quantifiers,
 * overlapping alternatives under a quantifier) always, polynomial ones unless `allowPolynomial`. Rule packs call
 * it when they load their patterns, so a pack with a catastrophic pattern refuses to load. Returns `re`.
 */
export function assertLinearRegex<T extends RegExp | string>(re: T, options: LinearOptions = {}): T {
  const v = analyzeRegex(re);
  if (v.complexity === 'exponential' || (v.complexity === 'polynomial' && !options.allowPolynomial)) {
    const src = typeof re === 'string' ? re : re.source;
    throw new UnsafeRegexError(
      `${options.label ? `${options.label}: ` : ''}/${src.length > 80 ? `${src.slice(0, 77)}...` : src}/ can take ${v.complexity} time: ${v.reason}`,
    );
  }
  return re;
}
