import * as assert from 'node:assert/strict';
import { matchesAnyGlob } from '../../src/core/text/glob';

describe('glob matching', () => {
  it('matches ** across any depth, including none', () => {
    assert.ok(matchesAnyGlob('articles/a.txt', ['**/articles/**/*.txt']));
    assert.ok(matchesAnyGlob('research/articles/2025/may/a.txt', ['**/articles/**/*.txt']));
    assert.ok(!matchesAnyGlob('research/notes/a.txt', ['**/articles/**/*.txt']));
  });

  it('keeps * and ? within one path segment', () => {
    assert.ok(matchesAnyGlob('a.txt', ['*.txt']));
    assert.ok(!matchesAnyGlob('folder/a.txt', ['*.txt']));
    assert.ok(matchesAnyGlob('a1.txt', ['a?.txt']));
  });

  it('supports {a,b} alternatives and escapes regex characters', () => {
    assert.ok(matchesAnyGlob('x/story.article', ['**/*.{txt,article}']));
    assert.ok(!matchesAnyGlob('x/storyXtxt', ['**/*.txt']));
    assert.ok(matchesAnyGlob('a+b (1).txt', ['a+b (1).txt']));
  });
});
