import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import {
  ARTICLE_SCORE_THRESHOLD, ARTICLE_SNIFF_CHARS, classifyArticleFile, isArticleVerdict, looksLikeArticle, measureArticleLikeness,
  type ArticleFileRules,
} from '../../src/core/article/articleLikeness';

const repoRoot = resolve(__dirname, '../../..');
const fixtures = join(repoRoot, 'test/fixtures/articleLikeness');

function filesIn(dir: string): { name: string; text: string }[] {
  return readdirSync(dir).filter((name) => name.endsWith('.txt')).sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}

const samples = filesIn(join(repoRoot, 'samples'));
const positives = filesIn(join(fixtures, 'positive'));
const negatives = filesIn(join(fixtures, 'negative'));

function explain(text: string): string {
  const { isArticle, ...evidence } = measureArticleLikeness(text);
  return `isArticle=${isArticle} ${JSON.stringify(evidence)}`;
}

describe('looksLikeArticle', () => {
  it('has fixtures to judge', () => {
    assert.equal(samples.length, 5);
    assert.ok(positives.length >= 8, `${positives.length} positive fixtures`);
    assert.ok(negatives.length >= 12, `${negatives.length} negative fixtures`);
  });

  describe('recognises news articles', () => {
    for (const { name, text } of samples) {
      it(`the sample ${name}`, () => assert.ok(looksLikeArticle(text), explain(text)));
    }
    for (const { name, text } of positives) {
      it(`${name}`, () => assert.ok(looksLikeArticle(text), explain(text)));
    }
  });

  describe('leaves other plain text alone', () => {
    for (const { name, text } of negatives) {
      it(`${name}`, () => assert.ok(!looksLikeArticle(text), explain(text)));
    }

    it('an empty or blank file', () => {
      assert.equal(looksLikeArticle(''), false);
      assert.equal(looksLikeArticle(' \n\n\t\r\n '), false);
    });

    it('binary content, even around article text', () => {
      const article = samples[0].text;
      assert.equal(looksLikeArticle(`\u0000\u0001PK\u0003\u0004${article}`), false);
      assert.equal(looksLikeArticle(article.replace(/e/g, '\uFFFD')), false);
      assert.equal(looksLikeArticle(Array.from({ length: 4000 }, (_, i) => String.fromCharCode(i % 32)).join('')), false);
    });

    it('prose without any news evidence (the reason lorem ipsum and manuals stay plain text)', () => {
      const lorem = negatives.find((n) => n.name === 'lorem.txt')!.text;
      const evidence = measureArticleLikeness(lorem);
      assert.ok(evidence.proseWords >= 100 && evidence.sentences >= 5, explain(lorem));
      assert.ok(evidence.score < ARTICLE_SCORE_THRESHOLD, explain(lorem));
    });

    it('the same article text when most lines are code or log output', () => {
      const article = samples[4].text.split('\n').filter((line) => line.trim()).slice(0, 6);
      const log = Array.from({ length: 30 }, (_, i) => `2025-06-02 10:${String(i).padStart(2, '0')}:00 INFO worker ${i} done`);
      assert.equal(looksLikeArticle([...article, ...log].join('\n')), false);
    });
  });

  it('keeps a byte order mark from hiding the first line', () => {
    const text = positives.find((p) => p.name.startsWith('de-'))!.text;
    assert.deepEqual(measureArticleLikeness(`\uFEFF${text}`), measureArticleLikeness(text));
  });

  it('finds the evidence it reports: reporting verbs, quotes, dates and a published line', () => {
    const evidence = measureArticleLikeness(samples[0].text);
    assert.ok(evidence.attributions >= 5, explain(samples[0].text));
    assert.ok(evidence.quotes >= 5);
    assert.ok(evidence.dates >= 3);
    assert.equal(evidence.hasMetaLine, true);
    assert.equal(evidence.technicalShare, 0);
  });

  it('reads only the first ARTICLE_SNIFF_CHARS characters', () => {
    const article = samples[0].text;
    const log = Array.from({ length: 4000 }, (_, i) => `2025-06-02 10:00:${String(i % 60).padStart(2, '0')} ERROR job ${i} failed`).join('\n');
    const articles = `${article}\n`.repeat(Math.ceil(ARTICLE_SNIFF_CHARS / article.length));
    assert.equal(looksLikeArticle(`${articles}${log}`), true);
    assert.equal(looksLikeArticle(`${log}\n${article}`), false);
    const long = `${article}\n${'word '.repeat(2_000_000)}`;
    assert.deepEqual(measureArticleLikeness(long), measureArticleLikeness(long.slice(0, ARTICLE_SNIFF_CHARS)));
  });

  it('never throws on any text, and judges the same text the same way', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
      assert.equal(looksLikeArticle(text), looksLikeArticle(text));
    }), { numRuns: 200 });
  });
});

describe('classifyArticleFile', () => {
  const rules: ArticleFileRules = {
    include: ['**/articles/**/*.txt', '**/*.article.txt'],
    exclude: ['**/node_modules/**', '**/{README,LICENSE}*'],
    detect: true,
  };
  const article = samples[1].text;
  const notRead = (): string => assert.fail('the text must not be read when the path decides');

  it('lets exclusions win over include globs, the .article extension and detection', () => {
    assert.equal(classifyArticleFile('node_modules/pkg/articles/a.txt', notRead, rules), 'excluded');
    assert.equal(classifyArticleFile('docs/README.txt', notRead, rules), 'excluded');
    assert.equal(classifyArticleFile('node_modules/x/story.article', notRead, rules), 'excluded');
  });

  it('takes .article files and include globs as articles without reading them', () => {
    assert.equal(classifyArticleFile('story.article', notRead, rules), 'articleExtension');
    assert.equal(classifyArticleFile('articles/2025/may/notes.txt', notRead, rules), 'included');
    assert.equal(classifyArticleFile('research/kyiv.article.txt', notRead, rules), 'included');
  });

  it('detects the rest by content, only when detection is on', () => {
    assert.equal(classifyArticleFile('inbox/story.txt', () => article, rules), 'detected');
    assert.equal(classifyArticleFile('inbox/app.txt', () => negatives[0].text, rules), 'notArticle');
    assert.equal(classifyArticleFile('inbox/story.txt', notRead, { ...rules, detect: false }), 'notArticle');
  });

  it('says which verdicts make an article', () => {
    assert.deepEqual(
      (['excluded', 'articleExtension', 'included', 'detected', 'notArticle'] as const).filter(isArticleVerdict),
      ['articleExtension', 'included', 'detected'],
    );
  });
});
