/**
 * Inline LaTeX in decks (`$\sqrt{2/n}$`) reads badly in Discord and Slack, which
 * render no math. This turns the common subset into plain Unicode (`√(2/n)`).
 */

const symbols: Record<string, string> = {
  alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ', epsilon: 'ε', varepsilon: 'ε', zeta: 'ζ',
  eta: 'η', theta: 'θ', kappa: 'κ', lambda: 'λ', mu: 'μ', nu: 'ν', xi: 'ξ', pi: 'π', rho: 'ρ',
  sigma: 'σ', tau: 'τ', phi: 'φ', varphi: 'φ', chi: 'χ', psi: 'ψ', omega: 'ω',
  Gamma: 'Γ', Delta: 'Δ', Theta: 'Θ', Lambda: 'Λ', Xi: 'Ξ', Pi: 'Π', Sigma: 'Σ', Phi: 'Φ',
  Psi: 'Ψ', Omega: 'Ω',
  nabla: '∇', partial: '∂', infty: '∞', times: '×', cdot: '·', div: '÷', pm: '±', mp: '∓',
  leq: '≤', le: '≤', geq: '≥', ge: '≥', neq: '≠', ne: '≠', approx: '≈', sim: '~', equiv: '≡',
  propto: '∝', to: '→', rightarrow: '→', leftarrow: '←', Rightarrow: '⇒', Leftrightarrow: '⇔',
  in: '∈', notin: '∉', subset: '⊂', subseteq: '⊆', cup: '∪', cap: '∩', forall: '∀', exists: '∃',
  sum: 'Σ', prod: 'Π', int: '∫', odot: '⊙', otimes: '⊗', circ: '∘', mid: '|', lVert: '‖',
  rVert: '‖', Vert: '‖', ldots: '…', cdots: '⋯', dots: '…', prime: '′', langle: '⟨', rangle: '⟩',
  lbrace: '{', rbrace: '}', '{': '{', '}': '}', '%': '%', '$': '$', '&': '&', '#': '#', _: '_',
  ',': ' ', ';': ' ', ':': ' ', '!': '', ' ': ' ', quad: ' ', qquad: ' ', '\\': ' ',
};

/** Commands whose argument is shown as is. */
const passThrough = new Set([
  'text', 'textrm', 'textbf', 'textit', 'mathrm', 'mathbf', 'mathit', 'mathsf', 'mathtt',
  'mathcal', 'mathbb', 'boldsymbol', 'operatorname', 'hat', 'bar', 'tilde', 'vec', 'overline',
  'underline', 'widehat', 'mbox',
]);

/** Sizing commands that only affect rendering. */
const ignored = new Set(['left', 'right', 'big', 'Big', 'bigg', 'Bigg', 'displaystyle', 'limits']);

const superscripts: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
  '+': '⁺', '-': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', n: 'ⁿ', i: 'ⁱ', T: 'ᵀ', t: 'ᵗ', k: 'ᵏ',
  x: 'ˣ', '′': '′',
};

const subscripts: Record<string, string> = {
  '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉',
  '+': '₊', '-': '₋', '=': '₌', '(': '₍', ')': '₎', a: 'ₐ', e: 'ₑ', o: 'ₒ', x: 'ₓ', i: 'ᵢ',
  j: 'ⱼ', r: 'ᵣ', u: 'ᵤ', v: 'ᵥ', h: 'ₕ', k: 'ₖ', l: 'ₗ', m: 'ₘ', n: 'ₙ', p: 'ₚ', s: 'ₛ', t: 'ₜ',
};

/** Parenthesise unless the text is one number, one name or one symbol. */
const wrap = (s: string): string => (/^(?:[√∛∜]?[\p{L}\p{N}.]+|.)$/u.test(s) ? s : `(${s})`);

const script = (s: string, table: Record<string, string>, marker: string): string => {
  const mapped = [...s].map((ch) => table[ch]);
  return mapped.every((m) => m !== undefined) && s.length > 0 ? mapped.join('') : `${marker}${wrap(s)}`;
};

class MathReader {
  private i = 0;
  constructor(private readonly src: string) {}

  all(): string {
    let out = '';
    while (this.i < this.src.length) out += this.atom();
    return out;
  }

  /** One unit: a group, a command with its arguments, a script, or a character. */
  private atom(): string {
    const ch = this.src[this.i++] as string;
    if (ch === '{') return this.groupRest();
    if (ch === '}') return '';
    if (ch === '^') return script(this.argument(), superscripts, '^');
    if (ch === '_') return script(this.argument(), subscripts, '_');
    if (ch === '~') return ' ';
    if (ch === '\\') return this.command();
    return ch;
  }

  /** Reads up to the `}` that closes a `{` already consumed. */
  private groupRest(): string {
    let out = '';
    while (this.i < this.src.length && this.src[this.i] !== '}') out += this.atom();
    this.i++;
    return out;
  }

  private argument(): string {
    while (this.src[this.i] === ' ') this.i++;
    if (this.i >= this.src.length) return '';
    return this.atom();
  }

  private optionalArgument(): string | undefined {
    if (this.src[this.i] !== '[') return undefined;
    const end = this.src.indexOf(']', this.i);
    if (end < 0) return undefined;
    const inner = new MathReader(this.src.slice(this.i + 1, end)).all();
    this.i = end + 1;
    return inner;
  }

  private command(): string {
    const name = /^(?:[A-Za-z]+|.)/.exec(this.src.slice(this.i, this.i + 40))?.[0] ?? '';
    this.i += name.length;
    if (name === 'sqrt') {
      const index = this.optionalArgument();
      const root = index === '3' ? '∛' : index === '4' ? '∜' : index ? `${script(index, superscripts, '')}√` : '√';
      return root + wrap(this.argument().trim());
    }
    if (name === 'frac' || name === 'dfrac' || name === 'tfrac') {
      const top = this.argument().trim();
      const bottom = this.argument().trim();
      return `${wrap(top)}/${wrap(bottom)}`;
    }
    if (passThrough.has(name)) return this.argument();
    if (ignored.has(name)) return '';
    const symbol = symbols[name];
    if (symbol !== undefined) return symbol;
    // Unknown command (\log, \max, \tanh ...): its name reads well enough.
    return name;
  }
}

const maxMathChars = 500;

/** Converts one math expression (without its `$` delimiters). */
export function mathToText(tex: string): string {
  // Real inline math is short; a huge span is left as written, which also bounds
  // the reader's recursion on pathological nesting like `{{{{...`.
  if (tex.length > maxMathChars) return tex;
  return new MathReader(tex).all().replace(/\s+/g, ' ').trim();
}

// `$...$` is math only when it hugs its content and is not followed by a digit,
// so prices like "$5 and $10" stay as written.
// Spans are bounded so an unclosed `\[` in a huge text costs linear time.
const inlineMath = /(^|[^\\$])\$(?!\s)([^$\n]{1,500}?)(?<![\s\\])\$(?![\d$])/g;
const displayMath = /\$\$([\s\S]{1,500}?)\$\$|\\\[([\s\S]{1,500}?)\\\]|\\\(([\s\S]{1,500}?)\\\)/g;

/**
 * Replaces every math span in a text. Spaces that authors put around math
 * (`is  $n$ , where`) are tidied so the sentence reads naturally.
 */
export function latexToText(text: string): string {
  // Texts this long are refused by the deck limits anyway; skipping them keeps
  // hostile input (thousands of unclosed `\[`) from costing seconds.
  if (text.length > 20_000 || (!text.includes('$') && !text.includes('\\'))) return text;
  const marked = text
    .replace(displayMath, (_m, a?: string, b?: string, c?: string) => `\u0000${mathToText(a ?? b ?? c ?? '')}\u0001`)
    .replace(inlineMath, (_m, before: string, tex: string) => `${before}\u0000${mathToText(tex)}\u0001`);
  if (!marked.includes('\u0000')) return text;
  return marked
    // Bounded runs: an unbounded `[ \t]*` before a marker backtracks
    // quadratically over a long run of spaces.
    .replace(/^[ \t]{0,40}\u0000/gm, '')
    .replace(/[ \t]{0,40}\u0000/g, (m) => (m.length > 1 ? ' ' : ''))
    .replace(/\u0001[ \t]{1,40}(?=[,.;:!?)])/g, '')
    .replace(/\u0001[ \t]{1,40}/g, ' ')
    .replace(/\u0001/g, '');
}
