import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { EntityMention, EntityType, ParsedArticle, Quote, Span } from '../../src/core/model';
import { extractQuotes } from '../../src/core/extract/quotes';

/** Each non-blank line is a body paragraph; the first `headlineLines` lines are headline regions instead. */
function article(text: string, options: { language?: string; headlineLines?: number; boilerplate?: Span[] } = {}): ParsedArticle {
  const lines: Span[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === '\n') {
      let end = i;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end > start) lines.push({ start, end });
      start = i + 1;
    }
  }
  const headlines = lines.slice(0, options.headlineLines ?? 0);
  const boilerplate = options.boilerplate ?? [];
  const body = lines.slice(options.headlineLines ?? 0).filter((l) => !boilerplate.some((b) => b.start <= l.start && l.end <= b.end));
  return {
    text,
    title: null,
    source: null,
    publicationDate: null,
    publicationDateSpan: null,
    byline: null,
    language: options.language ?? 'en',
    regions: [
      ...headlines.map((h) => ({ ...h, kind: 'headline' as const })),
      ...body.map((b) => ({ ...b, kind: 'body' as const })),
      ...boilerplate.map((b) => ({ ...b, kind: 'boilerplate' as const })),
    ].sort((a, b) => a.start - b.start),
    paragraphs: body,
    sentences: [],
  };
}

type Name = [surface: string, type: EntityType, name?: string, role?: string];

/** Every occurrence of each surface form, longest forms first, as entity mentions. */
function mentions(text: string, names: Name[]): EntityMention[] {
  const found: EntityMention[] = [];
  const taken = (s: number, e: number) => found.some((m) => m.start < e && s < m.end);
  for (const [surface, type, name, role] of [...names].sort((a, b) => b[0].length - a[0].length)) {
    for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) {
      if (!taken(at, at + surface.length)) found.push({ start: at, end: at + surface.length, text: surface, type, name: name ?? surface, ...(role ? { role } : {}) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function quotesOf(text: string, names: Name[] = [], options: Parameters<typeof article>[1] = {}): Quote[] {
  return extractQuotes(article(text, options), mentions(text, names));
}

const texts = (quotes: Quote[]) => quotes.map((q) => q.text);
const speakers = (quotes: Quote[]) => quotes.map((q) => q.speaker);

describe('extractQuotes: marks', () => {
  it('reads straight, curly, single, guillemet, German, Swedish and CJK quotes, marks excluded', () => {
    const cases: [string, string, string][] = [
      ['He said "we will win," and left.', 'we will win,', '"'],
      ['He said “we will win,” and left.', 'we will win,', '“'],
      ['He said ‘we will win,’ and left.', 'we will win,', '‘'],
      ["He said 'we will win,' and left.", 'we will win,', "'"],
      ['Il a dit « nous gagnerons » hier.', 'nous gagnerons', '«'],
      ['Er sagte „wir gewinnen“ gestern.', 'wir gewinnen', '„'],
      ['Er sagte »wir gewinnen« gestern.', 'wir gewinnen', '»'],
      ['Hon sa ”vi vinner” igår.', 'vi vinner', '”'],
      ['Он сказал «мы победим» вчера.', 'мы победим', '«'],
      ['彼は「勝つ」と言った。', '勝つ', '「'],
    ];
    for (const [text, inner, mark] of cases) {
      const quotes = quotesOf(text);
      assert.deepEqual(texts(quotes), [inner], text);
      assert.equal(quotes[0]!.mark, mark, text);
      assert.equal(text.slice(quotes[0]!.start, quotes[0]!.end), inner);
    }
  });

  it('keeps the inner trailing comma or period inside the span', () => {
    const text = '“We hope for peace,” Lavrov said. Trump called it “a disaster.”';
    assert.deepEqual(texts(quotesOf(text)), ['We hope for peace,', 'a disaster.']);
  });

  it('never opens or closes a quote at an apostrophe', () => {
    const text = "Russia’s envoy and Turkiye's president don’t agree on the ’90s or the '80s, and it's rock 'n' roll.";
    assert.deepEqual(quotesOf(text), []);
    const inside = "'We're ready, and Russia's offer won't change that,' Lavrov said.";
    assert.deepEqual(texts(quotesOf(inside)), ["We're ready, and Russia's offer won't change that,"]);
    const curly = '‘Kyiv’s position hasn’t changed since the ’90s,’ he said.';
    assert.deepEqual(texts(quotesOf(curly)), ['Kyiv’s position hasn’t changed since the ’90s,']);
  });

  it('does not close a single quote at a plural possessive', () => {
    const text = "'The workers' rights come first,' the minister said.";
    assert.deepEqual(texts(quotesOf(text)), ["The workers' rights come first,"]);
  });

  it('reports the outer quote when a single quote is nested in a double one', () => {
    const text = '“They told us ‘no deal’ twice,” Merz said.';
    assert.deepEqual(texts(quotesOf(text, [['Merz', 'person']])), ['They told us ‘no deal’ twice,']);
  });

  it('joins a quotation that runs over paragraphs into one quote', () => {
    const text = 'Merz said:\n“The first part.\n“The second part.”\nThen he left.';
    const quotes = quotesOf(text, [['Merz', 'person']]);
    assert.equal(quotes.length, 1);
    assert.equal(quotes[0]!.text, 'The first part.\n“The second part.');
    assert.equal(quotes[0]!.speaker, 'Merz');
    const attributedAtTheEnd = 'Merz spoke in Berlin.\n“The first part.\n“The second part,” Scholz said.';
    const last = quotesOf(attributedAtTheEnd, [['Merz', 'person'], ['Scholz', 'person'], ['Berlin', 'place']]);
    assert.deepEqual(speakers(last), ['Scholz']);
  });

  it('survives unbalanced marks without absurd quotes', () => {
    assert.deepEqual(quotesOf('He said “no and left.\nNothing else happened.'), []);
    assert.deepEqual(texts(quotesOf('A stray “ mark, then “a real one” here.')), ['a real one']);
    assert.deepEqual(texts(quotesOf('He said "hello and then, later, “Yes,” she replied.')), ['Yes,']);
    assert.deepEqual(quotesOf('” backwards “'), []);
    assert.deepEqual(texts(quotesOf('He said “ we are ready ” and left.')), ['we are ready']);
    assert.deepEqual(quotesOf('Values of 5 " and 7 \' are primes, not quotes.'), []);
    assert.deepEqual(quotesOf('"'), []);
    assert.deepEqual(quotesOf(''), []);
  });

  it('handles CRLF line ends', () => {
    const text = 'Headline here\r\n“We will respond,” Trump said.\r\n“We are ready.”\r\n';
    const quotes = quotesOf(text, [['Trump', 'person']], { headlineLines: 1 });
    assert.deepEqual(texts(quotes), ['We will respond,', 'We are ready.']);
    assert.deepEqual(speakers(quotes), ['Trump', 'Trump']);
  });

  it('counts offsets in UTF-16 units past emoji', () => {
    const text = '🇺🇦🔥 Zelenskyy wrote: “We stand 💪 together.” 🙏';
    const quotes = quotesOf(text, [['Zelenskyy', 'person']]);
    assert.equal(quotes.length, 1);
    assert.equal(text.slice(quotes[0]!.start, quotes[0]!.end), 'We stand 💪 together.');
    assert.equal(quotes[0]!.speaker, 'Zelenskyy');
    assert.deepEqual(quotes[0]!.speakerSpan, { start: text.indexOf('Zelenskyy'), end: text.indexOf('Zelenskyy') + 9 });
  });

  it('scans the headline but never boilerplate', () => {
    const text = 'Trump calls Putin “absolutely crazy”\nBody text without quotes.\nRelated: “Boilerplate quote” here';
    const boilerplateStart = text.indexOf('Related');
    const quotes = quotesOf(text, [['Trump', 'person'], ['Putin', 'person']], { headlineLines: 1, boilerplate: [{ start: boilerplateStart, end: text.length }] });
    assert.deepEqual(texts(quotes), ['absolutely crazy']);
    assert.equal(quotes[0]!.speaker, 'Trump');
  });

  it('returns well-formed, ordered, non-overlapping quotes for any mix of marks', () => {
    const pieces = ['"', '“', '”', '„', "'", '‘', '’', '«', '»', '‹', '›', '「', '」', ' ', ' ', '\n', '\r\n', ',', '.', ':', '—', 'said', 'Lavrov', 'we', 'it’s', 's', '🙂', '90'];
    const names: Name[] = [['Lavrov', 'person']];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const quotes = quotesOf(text, names);
        let previousEnd = -1;
        for (const q of quotes) {
          assert.ok(q.start >= previousEnd && q.start <= q.end && q.end <= text.length);
          assert.equal(q.text, text.slice(q.start, q.end));
          assert.ok(q.text.trim().length > 0);
          if (q.speakerSpan) assert.ok(q.speakerSpan.start >= 0 && q.speakerSpan.end <= text.length);
          if (q.speaker) assert.equal(q.speaker, 'Lavrov');
          previousEnd = q.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it('stays linear on 1 MB of text with a stray opening mark', () => {
    const paragraph = 'Officials met again on Monday and said little about the talks, which ran late into the night. ';
    const body = '“' + paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const started = Date.now();
    const quotes = quotesOf(body);
    const elapsed = Date.now() - started;
    assert.deepEqual(quotes, []);
    assert.ok(elapsed < 5000, `took ${elapsed} ms`);
    // Thousands of quotations in one sentence without a stop: each reads a bounded window.
    const sentence = 'Lavrov said “a”, ';
    const run = sentence.repeat(10_000);
    const lavrovs = Array.from({ length: 10_000 }, (_, k): EntityMention => ({ start: k * sentence.length, end: k * sentence.length + 6, text: 'Lavrov', type: 'person', name: 'Lavrov' }));
    const startedRun = Date.now();
    assert.equal(extractQuotes(article(run), lavrovs).length, 10_000);
    assert.ok(Date.now() - startedRun < 5000);
    // Deep nesting: every opener waits on the stack for its closer.
    const nested = '“a '.repeat(50_000) + 'b” '.repeat(50_000);
    const startedNested = Date.now();
    assert.equal(quotesOf(nested).length, 1);
    assert.ok(Date.now() - startedNested < 5000);
  });
});

describe('extractQuotes: partial and scare quotes', () => {
  it('marks fragments inside the reporter’s sentence as partial, and one or two words as scare', () => {
    const text = 'Trump warned that Putin was “playing with fire” and called the plan “really bad”. “We will see,” Trump said.';
    const quotes = quotesOf(text, [['Trump', 'person'], ['Putin', 'person']]);
    assert.deepEqual(quotes.map((q) => [q.text, q.partial, q.scare]), [
      ['playing with fire', true, false],
      ['really bad', true, true],
      ['We will see,', false, false],
    ]);
    assert.deepEqual(speakers(quotes), ['Trump', 'Trump', 'Trump']);
  });

  it('gives a so-called label no speaker', () => {
    const quotes = quotesOf('Zelenskyy said Russia drafted a so-called "memorandum" for a week.', [['Zelenskyy', 'person']]);
    assert.equal(quotes[0]!.scare, true);
    assert.equal(quotes[0]!.speaker, null);
  });

  it('treats a full quotation introduced by a colon or a comma as direct', () => {
    const text = 'Merezhko, a legislator, expressed skepticism: “Russia wants sanctions relief.” Merezhko continued, “Putin is not interested.”';
    const quotes = quotesOf(text, [['Merezhko', 'person', 'Oleksandr Merezhko']]);
    assert.deepEqual(quotes.map((q) => q.partial), [false, false]);
    assert.deepEqual(speakers(quotes), ['Oleksandr Merezhko', 'Oleksandr Merezhko']);
  });
});

describe('extractQuotes: attribution', () => {
  const lavrov: Name[] = [['Sergey Lavrov', 'person'], ['Lavrov', 'person', 'Sergey Lavrov']];

  it('reads "X said", "said X", "X told reporters", "according to X", "X wrote on Telegram"', () => {
    const cases: [string, Name[]][] = [
      ['Russian Foreign Minister Sergey Lavrov spoke. “We hope for talks,” Lavrov said.', lavrov],
      ['Sergey Lavrov spoke. “We hope for talks,” said Lavrov.', lavrov],
      ['Sergey Lavrov spoke. “We hope for talks,” Lavrov told reporters in Moscow.', lavrov],
      ['Sergey Lavrov spoke. According to Lavrov, the plan is “a good start”.', lavrov],
      ['Sergey Lavrov spoke. “We hope for talks,” according to Lavrov.', lavrov],
      ['Sergey Lavrov spoke. Lavrov wrote on Telegram: “We hope for talks.”', lavrov],
      ['Sergey Lavrov spoke. Lavrov said, “We hope for talks.”', lavrov],
    ];
    for (const [text, names] of cases) {
      const quotes = quotesOf(text, names);
      assert.equal(quotes.length, 1, text);
      assert.equal(quotes[0]!.speaker, 'Sergey Lavrov', text);
      const span = quotes[0]!.speakerSpan!;
      assert.equal(text.slice(span.start, span.end), 'Lavrov', text);
    }
  });

  it('attributes to the subject before the verb, not to a name after it', () => {
    const text = 'Kremlin aide Yuri Ushakov said Trump appeared “not sufficiently informed”.';
    const quotes = quotesOf(text, [['Kremlin', 'organization'], ['Yuri Ushakov', 'person'], ['Trump', 'person', 'Donald Trump']]);
    assert.equal(quotes[0]!.speaker, 'Yuri Ushakov');
  });

  it('skips an appositive and a possessive to find the subject', () => {
    const text = 'Trump’s envoy for Ukraine, Keith Kellogg, signaled irritation, saying that the president has “seen a level of unreasonableness.”';
    const quotes = quotesOf(text, [['Trump', 'person', 'Donald Trump'], ['Ukraine', 'place'], ['Keith Kellogg', 'person']]);
    assert.equal(quotes[0]!.speaker, 'Keith Kellogg');
    const medinsky = 'Vladimir Medinsky, the head of Russia’s delegation, said: “We are ready.”';
    assert.equal(quotesOf(medinsky, [['Vladimir Medinsky', 'person'], ['Russia', 'place']])[0]!.speaker, 'Vladimir Medinsky');
  });

  it('lets an organisation speak', () => {
    const text = '“Rubio reiterated the call for direct talks,” the State Department said.';
    const quotes = quotesOf(text, [['Rubio', 'person'], ['State Department', 'organization', 'US State Department']]);
    assert.equal(quotes[0]!.speaker, 'US State Department');
  });

  it('takes the name in apposition to a title, before or after the verb', () => {
    const before = "'We evacuated whole streets,' the city's mayor, Luca Marchetti, told local television.";
    assert.equal(quotesOf(before, [['Luca Marchetti', 'person']])[0]!.speaker, 'Luca Marchetti');
    const after = '“It is a mistake,” said the foreign minister of Germany, Annalena Baerbock, on Monday.';
    assert.equal(quotesOf(after, [['Germany', 'place'], ['Annalena Baerbock', 'person']])[0]!.speaker, 'Annalena Baerbock');
    const honorific = '“This is a dark day,” Sen. Chuck Schumer said.';
    assert.equal(quotesOf(honorific, [['Chuck Schumer', 'person']])[0]!.speaker, 'Chuck Schumer');
  });

  it('reads a passive agent, "quoted as saying" and a signature dash', () => {
    const agent = 'The sea has been described as a “climate change hotspot” by the UN’s Intergovernmental Panel on Climate Change.';
    assert.equal(quotesOf(agent, [['UN', 'organization'], ['Intergovernmental Panel on Climate Change', 'organization']])[0]!.speaker, 'Intergovernmental Panel on Climate Change');
    const names: Name[] = [['Sybiha', 'person', 'Andrii Sybiha'], ['BBC', 'organization'], ['Interfax', 'organization']];
    assert.equal(quotesOf('The BBC quoted Sybiha as saying: “We are ready.”', names)[0]!.speaker, 'Andrii Sybiha');
    assert.equal(quotesOf('Sybiha was quoted by Interfax as saying the talks were “useless”.', names)[0]!.speaker, 'Andrii Sybiha');
    assert.equal(quotesOf('“We will not surrender” — Sybiha', names)[0]!.speaker, 'Andrii Sybiha');
  });

  it('gives "they said" no single speaker', () => {
    const quotes = quotesOf('Merz and Macron met in Paris. “We agree on everything,” they said.', [['Merz', 'person'], ['Macron', 'person'], ['Paris', 'place']]);
    assert.equal(quotes[0]!.speaker, null);
  });

  it('borrows a name for a statement only from the next sentence and only an organisation', () => {
    const text = 'The minister said the offer was “unacceptable”.\n“No,” Peskov said.';
    assert.deepEqual(speakers(quotesOf(text, [['Peskov', 'person', 'Dmitry Peskov']])), [null, 'Dmitry Peskov']);
  });

  it('carries an unattributed follow-up quote to the previous speaker', () => {
    const text = '“These projects exist,” Zelenskyy said. “We just want more of them.”\n“And soon.”';
    assert.deepEqual(speakers(quotesOf(text, [['Zelenskyy', 'person']])), ['Zelenskyy', 'Zelenskyy', 'Zelenskyy']);
  });

  it('names an unnamed source from the next sentence', () => {
    const text = 'The call, according to a government statement, was “at Russia’s request.” “Talks must continue,” the State Department said.';
    const quotes = quotesOf(text, [['Russia', 'place'], ['State Department', 'organization']]);
    assert.deepEqual(speakers(quotes), ['State Department', 'State Department']);
  });

  it('leaves a quote nobody is named for without a speaker', () => {
    assert.deepEqual(speakers(quotesOf('The sign read “Closed for business” all week.')), [null]);
    assert.deepEqual(speakers(quotesOf('“We are tired,” one resident said.')), [null]);
  });
});

describe('extractQuotes: pronouns and roles', () => {
  it('resolves "he said" to the subject of the previous sentence or the previous speaker', () => {
    const text =
      'German Chancellor Friedrich Merz met Ukrainian President Volodymyr Zelenskyy in Berlin.\n' +
      '“Our ministers will sign a memorandum,” Merz said.\n“There will be no range restrictions,” he added.\n' +
      'Zelenskyy thanked him. “We need more,” he said.';
    const quotes = quotesOf(text, [['Friedrich Merz', 'person'], ['Merz', 'person', 'Friedrich Merz'], ['Volodymyr Zelenskyy', 'person'], ['Zelenskyy', 'person', 'Volodymyr Zelenskyy'], ['Berlin', 'place']]);
    assert.deepEqual(speakers(quotes), ['Friedrich Merz', 'Friedrich Merz', 'Volodymyr Zelenskyy']);
    assert.equal(quotes[1]!.speakerSpan, null);
  });

  it('respects he and she when the article makes the gender knowable', () => {
    const text = 'Maria Zakharova met Sergey Lavrov on Monday. “The talks were useful,” she said. “We agree,” he said.';
    const quotes = quotesOf(text, [['Maria Zakharova', 'person'], ['Sergey Lavrov', 'person']]);
    assert.deepEqual(speakers(quotes), ['Maria Zakharova', 'Sergey Lavrov']);
    const ownPronoun = 'Kaja Kallas said she would come. Later Kallas met Andrii Sybiha in Kyiv. “We agree,” he said.';
    const names: Name[] = [['Kaja Kallas', 'person'], ['Kallas', 'person', 'Kaja Kallas'], ['Andrii Sybiha', 'person'], ['Kyiv', 'place']];
    assert.deepEqual(speakers(quotesOf(ownPronoun, names)), ['Andrii Sybiha']);
    const titled = 'Mrs Smith spoke after John Brown. “It went well,” she said.';
    assert.deepEqual(speakers(quotesOf(titled, [['Smith', 'person', 'Anne Smith'], ['John Brown', 'person']])), ['Anne Smith']);
  });

  it('resolves a subject pronoun through an introductory phrase', () => {
    const text = 'Pressure is growing on President Donald Trump. Speaking on Wednesday, he said Putin was “playing with fire”.';
    assert.deepEqual(speakers(quotesOf(text, [['Donald Trump', 'person'], ['Putin', 'person', 'Vladimir Putin']])), ['Donald Trump']);
  });

  it('resolves "the spokesperson said" to the person the article calls spokesperson', () => {
    const text =
      'Kremlin spokesman Dmitry Peskov spoke to reporters, as did Foreign Minister Sergey Lavrov.\n“No decision has been taken,” the spokesperson said.';
    const quotes = quotesOf(text, [['Kremlin', 'organization'], ['Dmitry Peskov', 'person'], ['Sergey Lavrov', 'person']]);
    assert.equal(quotes[0]!.speaker, 'Dmitry Peskov');
    const span = quotes[0]!.speakerSpan!;
    assert.equal(text.slice(span.start, span.end), 'the spokesperson');
    const appositive = 'Maria Zakharova, the ministry’s spokeswoman, met Lavrov. “We are ready,” the spokeswoman said.';
    assert.equal(quotesOf(appositive, [['Maria Zakharova', 'person'], ['Lavrov', 'person']])[0]!.speaker, 'Maria Zakharova');
    const byRole = 'Talks began. “We are ready,” the spokesman said.';
    assert.equal(extractQuotes(article(byRole), [{ start: 0, end: 5, text: 'Talks', type: 'person', name: 'Ivan Petrov', role: 'spokesman' }])[0]!.speaker, 'Ivan Petrov');
  });

  it('resolves "the ministry said" to the ministry the article names', () => {
    const text = 'The Russian Foreign Ministry issued a statement. “Kyiv must respond,” the ministry said.';
    assert.equal(quotesOf(text, [['Russian Foreign Ministry', 'organization']])[0]!.speaker, 'Russian Foreign Ministry');
  });
});

describe('extractQuotes: other languages', () => {
  const cases: [string, string, Name[], string][] = [
    ['de', '„Wir sind bereit“, sagte Scholz am Montag.', [['Scholz', 'person', 'Olaf Scholz']], 'Olaf Scholz'],
    ['de', 'Scholz erklärte: „Wir sind bereit.“', [['Scholz', 'person', 'Olaf Scholz']], 'Olaf Scholz'],
    ['de', '„Wir sind bereit“, so Scholz.', [['Scholz', 'person', 'Olaf Scholz']], 'Olaf Scholz'],
    ['it', '«Siamo pronti», ha detto Meloni ai giornalisti.', [['Meloni', 'person', 'Giorgia Meloni']], 'Giorgia Meloni'],
    ['it', 'Meloni ha dichiarato: «Siamo pronti».', [['Meloni', 'person', 'Giorgia Meloni']], 'Giorgia Meloni'],
    ['it', 'Secondo Meloni, il piano è «una follia».', [['Meloni', 'person', 'Giorgia Meloni']], 'Giorgia Meloni'],
    ['pt', '“Estamos prontos”, disse Lula em Brasília.', [['Lula', 'person'], ['Brasília', 'place']], 'Lula'],
    ['pt', 'Segundo Lula, o acordo é “um avanço”.', [['Lula', 'person']], 'Lula'],
    ['pt', 'Lula afirmou: “Estamos prontos.”', [['Lula', 'person']], 'Lula'],
    ['id', '"Kami siap," kata Prabowo di Jakarta.', [['Prabowo', 'person', 'Prabowo Subianto'], ['Jakarta', 'place']], 'Prabowo Subianto'],
    ['id', 'Menurut Prabowo, rencana itu "sangat penting".', [['Prabowo', 'person', 'Prabowo Subianto']], 'Prabowo Subianto'],
    ['id', 'Prabowo berbicara di Jakarta. "Kami siap," ujarnya.', [['Prabowo', 'person', 'Prabowo Subianto'], ['Jakarta', 'place']], 'Prabowo Subianto'],
    ['uk', '«Ми готові», — сказав Зеленський.', [['Зеленський', 'person', 'Володимир Зеленський']], 'Володимир Зеленський'],
    ['uk', 'Зеленський заявив: «Ми готові до переговорів».', [['Зеленський', 'person', 'Володимир Зеленський']], 'Володимир Зеленський'],
    ['uk', 'За словами Зеленського, це «важливий крок».', [['Зеленського', 'person', 'Володимир Зеленський']], 'Володимир Зеленський'],
    ['ru', 'Лавров провёл встречу. «Мы готовы», — сказал он.', [['Лавров', 'person', 'Сергей Лавров']], 'Сергей Лавров'],
    ['fr', '« Nous sommes prêts », a déclaré Macron.', [['Macron', 'person', 'Emmanuel Macron']], 'Emmanuel Macron'],
    ['fr', 'Macron a parlé. « Nous sommes prêts », a-t-il dit.', [['Macron', 'person', 'Emmanuel Macron']], 'Emmanuel Macron'],
    ['fr', 'Selon Macron, le plan est « une erreur ».', [['Macron', 'person', 'Emmanuel Macron']], 'Emmanuel Macron'],
    ['es', '“Estamos listos”, dijo Sánchez en Madrid.', [['Sánchez', 'person', 'Pedro Sánchez'], ['Madrid', 'place']], 'Pedro Sánchez'],
    ['es', 'Según Sánchez, el plan es «un error».', [['Sánchez', 'person', 'Pedro Sánchez']], 'Pedro Sánchez'],
    ['es', 'Sánchez habló. «Estamos listos», afirmó el presidente.', [['Sánchez', 'person', 'Pedro Sánchez', 'presidente']], 'Pedro Sánchez'],
  ];
  for (const [language, text, names, speaker] of cases) {
    it(`${language}: ${text}`, () => {
      const quotes = quotesOf(text, names, { language });
      assert.equal(quotes.length, 1);
      assert.equal(quotes[0]!.speaker, speaker);
    });
  }

  it('finds the speaker of a role before an organisation, and a dropped subject', () => {
    const spanish =
      '“No es un calor normal”, explicó la portavoz de la agencia, Lucía Ferrer.\nSegún la portavoz de la Aemet, las temperaturas bajarán, aunque “no se puede descartar una cuarta ola”.';
    assert.deepEqual(speakers(quotesOf(spanish, [['Lucía Ferrer', 'person'], ['Aemet', 'organization']], { language: 'es' })), ['Lucía Ferrer', 'Lucía Ferrer']);
    const italian = '«Il fiume è salito», ha spiegato Giulia Ferretti. «Restate a casa», ha aggiunto.';
    assert.deepEqual(speakers(quotesOf(italian, [['Giulia Ferretti', 'person']], { language: 'it' })), ['Giulia Ferretti', 'Giulia Ferretti']);
    const indonesian = '“Kami siap,” kata Kepala Pelaksana BPBD DKI Jakarta, Rina Hartati, di Jakarta.';
    const mistaken: Name[] = [['Pelaksana', 'person'], ['BPBD', 'organization'], ['Jakarta', 'place'], ['Rina Hartati', 'person']];
    assert.equal(quotesOf(indonesian, mistaken, { language: 'id' })[0]!.speaker, 'Rina Hartati');
  });

  it('reads the gender of a Ukrainian or Russian verb with a dropped subject', () => {
    const text = 'Сергій Лавров зустрівся з Марією Захаровою. «Ми готові», — додала.';
    const names: Name[] = [['Сергій Лавров', 'person'], ['Марією Захаровою', 'person', 'Марія Захарова']];
    assert.equal(quotesOf(text, names, { language: 'uk' })[0]!.speaker, 'Марія Захарова');
  });

  it('does not crash on scripts without quotation marks or spaces', () => {
    for (const text of ['مرحبا بالعالم، قال الوزير.', '这是一个测试。没有引号。', 'שלום עולם', '\u0000\uFFFF\uD800']) {
      assert.deepEqual(quotesOf(text, [], { language: 'xx' }), []);
    }
  });
});
