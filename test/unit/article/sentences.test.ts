import * as assert from 'node:assert/strict';
import { splitSentences } from '../../../src/core/article/sentences';

function split(text: string, language?: string): string[] {
  return splitSentences(text, [{ start: 0, end: text.length }], { language }).map((s) => text.slice(s.start, s.end));
}

describe('sentence splitting', () => {
  it('splits at full stops, question and exclamation marks', () => {
    assert.deepEqual(split('Talks resume on Monday. Will they succeed? Nobody knows!'), ['Talks resume on Monday.', 'Will they succeed?', 'Nobody knows!']);
  });

  it('keeps titles and abbreviations inside the sentence', () => {
    assert.deepEqual(split('Mr. Lavrov met Gen. Syrskyi and Dr. Hale in St. Petersburg. They talked.'), [
      'Mr. Lavrov met Gen. Syrskyi and Dr. Hale in St. Petersburg.',
      'They talked.',
    ]);
  });

  it('keeps initials, decimals and numbered references', () => {
    assert.deepEqual(split('J. R. Smith said growth was 3.5 percent. See No. 5 and Jan. 6 for details.'), [
      'J. R. Smith said growth was 3.5 percent.',
      'See No. 5 and Jan. 6 for details.',
    ]);
  });

  it('treats a dotted acronym as the end only before a typical sentence start', () => {
    assert.deepEqual(split('The U.S. President spoke. He flew back to the U.S. The talks went on.'), [
      'The U.S. President spoke.',
      'He flew back to the U.S.',
      'The talks went on.',
    ]);
  });

  it('ends a sentence after a closing quote, not before an attribution in lower case', () => {
    assert.deepEqual(split('“We hope for peace.” Lavrov said it twice. “Why?” he asked.'), ['“We hope for peace.”', 'Lavrov said it twice.', '“Why?” he asked.']);
  });

  it('continues after an ellipsis followed by lower case and splits before a capital', () => {
    assert.deepEqual(split('He paused… and went on. Then… Silence.'), ['He paused… and went on.', 'Then…', 'Silence.']);
  });

  it('keeps German ordinal dates and abbreviations together', () => {
    assert.deepEqual(split('Die Gespräche sollen am 2. Juni beginnen, z.B. in Istanbul. Das sagte Lawrow.', 'de'), [
      'Die Gespräche sollen am 2. Juni beginnen, z.B. in Istanbul.',
      'Das sagte Lawrow.',
    ]);
  });

  it('splits Cyrillic text and keeps Ukrainian street abbreviations', () => {
    assert.deepEqual(split('Вибух пролунав на вул. Хрещатик. Постраждалих немає.'), ['Вибух пролунав на вул. Хрещатик.', 'Постраждалих немає.']);
  });

  it('splits CJK text at full-width stops without spaces', () => {
    assert.deepEqual(split('俄罗斯提议举行新一轮会谈。乌克兰尚未回应。'), ['俄罗斯提议举行新一轮会谈。', '乌克兰尚未回应。']);
  });

  it('numbers sentences by paragraph and offsets them in the whole text', () => {
    const text = '  First one. Second one.\nThird one.';
    const sentences = splitSentences(text, [{ start: 2, end: 24 }, { start: 25, end: 35 }]);
    assert.deepEqual(sentences.map((s) => [text.slice(s.start, s.end), s.paragraph]), [['First one.', 0], ['Second one.', 0], ['Third one.', 1]]);
  });

  it('keeps UTF-16 offsets right around emoji', () => {
    const text = 'Talks 🕊️ resumed. Kyiv 🇺🇦 agreed.';
    assert.deepEqual(split(text), ['Talks 🕊️ resumed.', 'Kyiv 🇺🇦 agreed.']);
  });

  it('is linear on a long paragraph without stops', () => {
    const text = 'word '.repeat(400_000);
    const started = Date.now();
    assert.equal(split(text).length, 1);
    assert.ok(Date.now() - started < 2000);
  });
});
