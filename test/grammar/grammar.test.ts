// The Article TextMate grammar, tokenised by the same engine VS Code uses (vscode-textmate with the
// Oniguruma WebAssembly build), on the fixtures in test/fixtures/grammar and the sample articles.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type StateStack } from 'vscode-textmate';

const repoRoot = resolve(__dirname, '../../..');
const grammarPath = join(repoRoot, 'syntaxes/article.tmLanguage.json');
const fixture = (name: string): string => readFileSync(join(repoRoot, 'test/fixtures/grammar', name), 'utf8');

interface Token {
  line: number;
  start: number;
  end: number;
  text: string;
  scopes: string[];
}

interface Tokenized {
  lines: string[];
  tokens: Token[];
  /** The rule stack's depth after each line: 1 means nothing is left open. */
  depths: number[];
}

let grammar: IGrammar;

before(async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
      createOnigString: (text) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) => (scopeName === 'text.article' ? parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath) : null),
  });
  const loaded = await registry.loadGrammar('text.article');
  assert.ok(loaded, 'the grammar loads');
  grammar = loaded;
});

function tokenize(text: string): Tokenized {
  const lines = text.split(/\r\n|\r|\n/);
  const tokens: Token[] = [];
  const depths: number[] = [];
  let state: StateStack = INITIAL;
  lines.forEach((line, index) => {
    const result = grammar.tokenizeLine(line, state);
    for (const token of result.tokens) {
      const end = Math.min(token.endIndex, line.length);
      if (end > token.startIndex) tokens.push({ line: index, start: token.startIndex, end, text: line.slice(token.startIndex, end), scopes: token.scopes });
    }
    state = result.ruleStack;
    depths.push(state.depth);
  });
  return { lines, tokens, depths };
}

/** The tokens covering the `occurrence`-th appearance of `needle` (counted through the whole text). */
function tokensOf(doc: Tokenized, needle: string, occurrence = 0): Token[] {
  let seen = 0;
  for (const [line, text] of doc.lines.entries()) {
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) {
      if (seen++ < occurrence) continue;
      const covering = doc.tokens.filter((t) => t.line === line && t.start < at + needle.length && t.end > at);
      assert.ok(covering.length, `tokens for ${JSON.stringify(needle)}`);
      return covering;
    }
  }
  return assert.fail(`${JSON.stringify(needle)} (occurrence ${occurrence}) is not in the text`);
}

function describeTokens(tokens: Token[]): string {
  return tokens.map((t) => `${JSON.stringify(t.text)} → ${t.scopes.slice(1).join(' ') || '(none)'}`).join('; ');
}

/** Every character of `needle` carries a scope that is `scope` or starts with `scope.`. */
function assertScope(doc: Tokenized, needle: string, scope: string, occurrence = 0): void {
  const tokens = tokensOf(doc, needle, occurrence);
  const has = (t: Token) => t.scopes.some((s) => s === scope || s.startsWith(`${scope}.`));
  assert.ok(tokens.every(has), `${JSON.stringify(needle)} should be ${scope}: ${describeTokens(tokens)}`);
}

/** No character of `needle` carries `scope` (or a scope below it). */
function assertNoScope(doc: Tokenized, needle: string, scope: string, occurrence = 0): void {
  const tokens = tokensOf(doc, needle, occurrence);
  const has = (t: Token) => t.scopes.some((s) => s === scope || s.startsWith(`${scope}.`));
  assert.ok(!tokens.some(has), `${JSON.stringify(needle)} should not be ${scope}: ${describeTokens(tokens)}`);
}

/** `needle` is exactly one token span with `scope`: it starts and ends where the scope does. */
function assertExactly(doc: Tokenized, needle: string, scope: string, occurrence = 0): void {
  assertScope(doc, needle, scope, occurrence);
  const [first] = tokensOf(doc, needle, occurrence);
  const line = doc.lines[first.line];
  const at = nthIndex(doc, needle, occurrence);
  const inScope = (t: Token) => t.line === first.line && t.scopes.some((s) => s === scope || s.startsWith(`${scope}.`));
  const before = doc.tokens.find((t) => inScope(t) && t.end === at);
  const after = doc.tokens.find((t) => inScope(t) && t.start === at + needle.length);
  assert.ok(!before && !after, `${scope} should span exactly ${JSON.stringify(needle)} in ${JSON.stringify(line)}: ${describeTokens(doc.tokens.filter((t) => t.line === first.line))}`);
}

function nthIndex(doc: Tokenized, needle: string, occurrence: number): number {
  let seen = 0;
  for (const text of doc.lines) {
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) if (seen++ === occurrence) return at;
  }
  return -1;
}

/** `is`: the needle is exactly one span of the scope; `in`: it lies within the scope; `not`: no part of it has the scope. */
type Expectation = readonly [kind: 'is' | 'in' | 'not', needle: string, scope: string, occurrence?: number];

function check(doc: Tokenized, expectations: readonly Expectation[]): void {
  for (const [kind, needle, scope, occurrence = 0] of expectations) {
    if (kind === 'is') assertExactly(doc, needle, scope, occurrence);
    else if (kind === 'in') assertScope(doc, needle, scope, occurrence);
    else assertNoScope(doc, needle, scope, occurrence);
  }
}

describe('article grammar', () => {
  it('is the grammar package.json contributes for the article language', () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    const raw = JSON.parse(readFileSync(grammarPath, 'utf8'));
    const contribution = manifest.contributes.grammars.find((g: { language: string }) => g.language === 'article');
    assert.equal(contribution.scopeName, 'text.article');
    assert.equal(raw.scopeName, 'text.article');
    assert.equal(resolve(repoRoot, contribution.path), grammarPath);
    const language = manifest.contributes.languages.find((l: { id: string }) => l.id === 'article');
    assert.ok(language.extensions.includes('.article'));
  });

  describe('quotations', () => {
    let doc: Tokenized;
    before(() => { doc = tokenize(fixture('quotes.txt')); });

    it('curly double quotes', () => {
      check(doc, [
        ['is', '“We will not back down,”', 'string.quoted.double.article'],
        ['in', '“', 'punctuation.definition.string.begin.article'],
        ['in', '”', 'punctuation.definition.string.end.article'],
        ['not', ' the minister said.', 'string'],
      ]);
    });

    it('straight double and single quotes', () => {
      check(doc, [
        ['is', '"We hope for the best,"', 'string.quoted.double.article'],
        ['is', "'We are ready,'", 'string.quoted.single.article'],
        ['not', ' the spokesman said.', 'string'],
      ]);
    });

    it('curly single quotes, closed by the first ’ that is not an apostrophe', () => {
      check(doc, [
        ['is', '‘a stab in the back’', 'string.quoted.single.article'],
        ['not', ' on Monday.', 'string'],
      ]);
    });

    it('guillemets both ways, German and Polish low quotes, German single low quotes', () => {
      check(doc, [
        ['is', '« Nous sommes prêts »', 'string.quoted.other.article'],
        ['is', '„Wir sind bereit“', 'string.quoted.other.article'],
        ['is', '»Wir sind bereit«', 'string.quoted.other.article'],
        ['is', '„Jesteśmy gotowi”', 'string.quoted.other.article'],
        ['is', '‚Bereit‘', 'string.quoted.single.article'],
        ['not', ', a déclaré le ministre.', 'string'],
        ['not', ', sagte die Ministerin.', 'string'],
        ['not', ' war das Wort des Tages.', 'string'],
      ]);
    });

    it('leaves apostrophes alone: possessives and contractions open no quotation', () => {
      check(doc, [
        ['not', 'The country’s delegation said they don\'t know; the workers\' union agreed.', 'string'],
        ['not', 'Don\'t panic, it\'s only the city’s mayor.', 'string'],
        ['not', 'The 12" pipe and the 1990s\' music are not quotations.', 'string'],
      ]);
    });

    it('ends an unclosed quotation at the end of its line, never later', () => {
      check(doc, [
        ['in', 'An unclosed quotation runs to the end of its paragraph', 'string.quoted.double.article'],
        ['not', 'This next paragraph is not a quotation.', 'string'],
        ['in', 'An unclosed single quotation also stops at the end of its line', 'string.quoted.single.article'],
        ['not', 'Nested', 'string.quoted.single'],
      ]);
      doc.depths.forEach((depth, line) => assert.equal(depth, 1, `line ${line + 1} leaves a rule open`));
    });

    it('nests single quotes in double ones, and an unclosed single stops at the double’s end', () => {
      check(doc, [
        ['is', '‘single’', 'string.quoted.single.article'],
        ['in', '‘single’', 'string.quoted.double.article'],
        ['is', '“Nested ‘single’ quotes stay inside the double ones,”', 'string.quoted.double.article'],
        ['is', '“A quote with ‘an unclosed single inside,”', 'string.quoted.double.article'],
        ['in', '”', 'punctuation.definition.string.end.article', 4],
        ['not', ' he said, and the sentence goes on.', 'string'],
      ]);
    });

    it('colours dates and numbers inside quotations too', () => {
      check(doc, [
        ['is', '“sharply”', 'string.quoted.double.article'],
        ['in', '2024', 'constant.numeric.article'],
      ]);
    });
  });

  describe('dates, times and numbers', () => {
    let doc: Tokenized;
    before(() => { doc = tokenize(fixture('literals.txt')); });

    it('month-name dates in either order, with or without the year', () => {
      check(doc, [
        ['is', 'May 16, 2025', 'constant.numeric.date.article'],
        ['is', '2 June', 'constant.numeric.date.article'],
        ['is', 'March 2027', 'constant.numeric.date.article'],
      ]);
    });

    it('numeric dates: ISO, European dotted, slashed', () => {
      check(doc, [
        ['is', '2025-05-28', 'constant.numeric.date.article'],
        ['is', '28.05.2025', 'constant.numeric.date.article'],
        ['is', '05/28/2025', 'constant.numeric.date.article'],
      ]);
    });

    it('weekdays and clock times', () => {
      check(doc, [
        ['is', 'Wednesday', 'constant.numeric.date.weekday.article'],
        ['is', 'Monday', 'constant.numeric.date.weekday.article'],
        ['is', '19:20', 'constant.numeric.time.article'],
        ['is', '7:30 p.m.', 'constant.numeric.time.article'],
      ]);
    });

    it('dates and weekdays in other languages', () => {
      check(doc, [
        ['is', '3. März 2025', 'constant.numeric.date.article'],
        ['is', 'Montag', 'constant.numeric.date.weekday.article'],
        ['is', '14 juillet 2024', 'constant.numeric.date.article'],
        ['is', 'lundi', 'constant.numeric.date.weekday.article'],
        ['is', '26 de mayo de 2024', 'constant.numeric.date.article'],
        ['is', '28 травня 2025', 'constant.numeric.date.article'],
        ['is', 'середу', 'constant.numeric.date.weekday.article'],
      ]);
    });

    it('does not take a month word without a day or year for a date', () => {
      check(doc, [
        ['not', 'mid-May', 'constant'],
        ['not', 'She said she may go; may I add that they march on', 'constant'],
      ]);
    });

    it('numbers with thousands separators, currencies, multipliers and units', () => {
      check(doc, [
        ['is', '1,000', 'constant.numeric.article'],
        ['not', ' prisoners', 'constant'],
        ['is', '€5bn', 'constant.numeric.currency.article'],
        ['is', '€', 'keyword.other.unit.currency.article'],
        ['is', 'bn', 'keyword.other.unit.article'],
        ['is', 'US$30bn', 'constant.numeric.currency.article'],
        ['is', '30 km', 'constant.numeric.article'],
        ['is', 'km', 'keyword.other.unit.article'],
        ['is', '4.5%', 'constant.numeric.article'],
        ['is', '$1.2 trillion', 'constant.numeric.currency.article'],
        ['is', '2,500 sq km', 'constant.numeric.article'],
        ['is', '12 tonnes', 'constant.numeric.article'],
      ]);
    });

    it('leaves digits inside names alone', () => {
      check(doc, [['not', 'COVID-19, the G7 summit, F-16 jets and MH17 are names', 'constant']]);
    });
  });

  describe('headline and meta lines', () => {
    let doc: Tokenized;
    before(() => { doc = tokenize(fixture('meta.txt')); });

    it('takes the first line that is not page chrome or a meta line for the headline', () => {
      check(doc, [
        ['not', 'logo', 'markup.heading'],
        ['not', 'ARTICLE AD BOX', 'markup.heading'],
        ['is', 'Officials agree to resume talks next week', 'markup.heading.article'],
      ]);
      assert.equal(doc.tokens.filter((t) => t.scopes.includes('markup.heading.article')).length, 1, 'one headline');
    });

    it('bylines, published and updated lines, sources and credits', () => {
      check(doc, [
        ['is', 'By Jane Doe and John Roe, Staff Reporters', 'comment.line.byline.article'],
        ['is', 'Published On 28 May 2025', 'comment.line.published.article'],
        ['is', '28 May 2025', 'constant.numeric.date.article'],
        ['is', 'Updated: 29 May 2025 10:42 GMT', 'comment.line.published.article'],
        ['is', 'Source: Regional news agency, citing officials', 'comment.line.source.article'],
        ['is', 'Photo: Agency archive', 'comment.line.source.article'],
      ]);
    });

    it('editorial furniture: read-more links, advertisement labels, copyright lines', () => {
      check(doc, [
        ['is', 'Read more: Related coverage', 'comment.line.editorial.article'],
        ['is', 'Advertisement', 'comment.line.editorial.article'],
        ['is', '© 2025 Example Media', 'comment.line.editorial.article'],
      ]);
    });

    it('wire datelines at the start of a paragraph', () => {
      check(doc, [
        ['is', 'GENEVA (Wire)', 'markup.bold.dateline.article'],
        ['is', 'KYIV, Ukraine', 'markup.bold.dateline.article'],
        ['not', ' Officials agreed on', 'markup.bold'],
      ]);
    });

    it('does not mistake sentences that start like meta lines for them', () => {
      check(doc, [
        ['not', 'By Monday, officials said, the talks had stalled.', 'comment'],
        ['not', 'Updated figures show the economy grew', 'comment'],
        ['not', 'Source code is not a meta line without a colon.', 'comment'],
      ]);
    });

    it('finds no headline when the first line is already body text', () => {
      const body = tokenize(`${'Officials said the talks would resume, '.repeat(8)}sources said.\nA Second Line In Title Case`);
      assert.ok(!body.tokens.some((t) => t.scopes.includes('markup.heading.article')), describeTokens(body.tokens));
    });
  });

  describe('a whole article', () => {
    let doc: Tokenized;
    before(() => { doc = tokenize(fixture('article.txt')); });

    it('skips leading blank lines to find the headline', () => {
      check(doc, [['is', 'Harbour strike enters third day as talks stall', 'markup.heading.article']]);
    });

    it('scopes its meta lines, dateline, quotations, dates and amounts', () => {
      check(doc, [
        ['is', 'By Maria Lindqvist', 'comment.line.byline.article'],
        ['is', 'Published on 12 March 2025, 08:15', 'comment.line.published.article'],
        ['is', 'PORT ELLIS (Wire)', 'markup.bold.dateline.article'],
        ['is', 'Wednesday', 'constant.numeric.date.weekday.article'],
        ['is', '“We are not going back until the offer is on paper,”', 'string.quoted.double.article'],
        ['is', '€12m', 'constant.numeric.currency.article'],
        ['is', '“the damage to supply chains will last for months”', 'string.quoted.double.article'],
        ['is', '14 March', 'constant.numeric.date.article'],
        ['is', 'Source: Regional news agency', 'comment.line.source.article'],
      ]);
    });

    it('ends a quotation continued in the next paragraph at the end of its own', () => {
      check(doc, [
        ['in', 'Our members have waited two years.', 'string.quoted.double.article'],
        ['not', 'The port authority said losses had reached', 'string'],
      ]);
    });
  });

  describe('the sample articles', () => {
    const samplesDir = join(repoRoot, 'samples');
    const samples = readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort();

    it('there are samples to tokenise', () => assert.equal(samples.length, 5));

    for (const name of samples) {
      it(`${name}: every line closes what it opens, and every quotation mark pair is a string`, () => {
        const doc = tokenize(readFileSync(join(samplesDir, name), 'utf8'));
        // Only the lines before the headline sit in the (one-level) search for it.
        const firstClosed = doc.depths.indexOf(1);
        assert.ok(firstClosed !== -1 && firstClosed < 10, `the headline search ends early (line ${firstClosed + 1})`);
        doc.depths.slice(firstClosed).forEach((depth, i) => assert.equal(depth, 1, `line ${firstClosed + i + 1} leaves a rule open`));
        doc.lines.forEach((line, index) => {
          for (const match of line.matchAll(/“[^“”\n]{1,200}”/g)) {
            const inside = doc.tokens.filter((t) => t.line === index && t.start >= match.index && t.end <= match.index + match[0].length);
            assert.ok(inside.every((t) => t.scopes.some((s) => s.startsWith('string.quoted'))), `${JSON.stringify(match[0])}: ${describeTokens(inside)}`);
          }
        });
      });
    }

    it('colours the sample dates and amounts', () => {
      const doc = tokenize(readFileSync(join(samplesDir, samples[0]), 'utf8'));
      check(doc, [
        ['is', 'Published On 28 May 2025', 'comment.line.published.article'],
        ['is', 'May 16', 'constant.numeric.date.article'],
        ['is', '1,000', 'constant.numeric.article'],
      ]);
    });
  });

  describe('cost', () => {
    // VS Code stops tokenising lines longer than 20,000 characters (editor.maxTokenizationLineLength).
    const long = (unit: string) => unit.repeat(Math.ceil(20_000 / unit.length)).slice(0, 20_000);
    // Shapes that make backtracking regexes blow up: long runs of separators, unclosed quotes,
    // almost-bylines, almost-datelines, almost-dates. Tokenised as a first line, the costliest state.
    const hostile = ['1,', '“a ‘b ', "'a ", 'By A ', 'KYIV, K ', 'May 1 ', 'Published 1 a ', ' ', '«a „b ', '—'].map(long);

    it('tokenises hostile 20,000-character lines without backtracking blow-ups', () => {
      for (const line of hostile) {
        const started = Date.now();
        tokenize(line);
        const elapsed = Date.now() - started;
        assert.ok(elapsed < 1000, `${JSON.stringify(line.slice(0, 12))}… took ${elapsed} ms`);
      }
    });

    it('tokenises the five samples (33 KB) quickly', () => {
      const texts = readdirSync(join(repoRoot, 'samples')).map((f) => readFileSync(join(repoRoot, 'samples', f), 'utf8'));
      tokenize(texts[0]); // compiles the rules
      const started = Date.now();
      for (const text of texts) tokenize(text);
      const elapsed = Date.now() - started;
      assert.ok(elapsed < 1500, `${elapsed} ms`);
    });
  });
});
