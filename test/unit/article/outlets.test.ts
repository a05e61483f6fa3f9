import * as assert from 'node:assert/strict';
import type { ParsedArticle, RegionKind } from '../../../src/core/model';
import { parseArticle } from '../../../src/core/article/parse';

/** The kind of every non-blank line, in order, for compact assertions. */
function lineKinds(parsed: ParsedArticle): [RegionKind | '?', string][] {
  const out: [RegionKind | '?', string][] = [];
  let offset = 0;
  for (const raw of parsed.text.split(/\r\n|\n|\r/)) {
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    if (text !== '') {
      const at = offset + lead;
      const region = parsed.regions.find((r) => r.start <= at && at < r.end);
      out.push([region?.kind ?? '?', text]);
    }
    offset += raw.length + 1;
  }
  return out;
}

function kindOf(parsed: ParsedArticle, line: string): RegionKind | '?' | undefined {
  return lineKinds(parsed).find(([, text]) => text === line)?.[0];
}

function bodyText(parsed: ParsedArticle): string {
  return parsed.paragraphs.map((p) => parsed.text.slice(p.start, p.end)).join('\n');
}

describe('article structure in the styles of many outlets', () => {
  it('wire story: byline, dated line with update, Reuters dateline and reporting credits', () => {
    const text = [
      'Russia proposes new round of talks with Ukraine in Istanbul',
      'By Guy Hawkins and Mara Lindqvist',
      'May 28, 2025 7:20 PM GMT+1 Updated 2 hours ago',
      '',
      'MOSCOW, May 28 (Reuters) - Russia on Wednesday proposed holding a second round of direct peace talks with Ukraine in Istanbul next Monday, Foreign Minister Sergei Lavrov said.',
      'Lavrov said Moscow had drafted a memorandum setting out its position, which it would present to the Ukrainian delegation at the talks.',
      'Kyiv did not immediately respond to the proposal, which came after a week of heavy aerial attacks on both sides.',
      '(Reporting by Guy Hawkins; Editing by Tom Ash)',
      'Our Standards: The Trust Principles.',
    ].join('\n');
    const parsed = parseArticle(text);
    assert.equal(parsed.title?.text, 'Russia proposes new round of talks with Ukraine in Istanbul');
    assert.equal(parsed.byline?.text, 'Guy Hawkins and Mara Lindqvist');
    assert.equal(parsed.publicationDate, '2025-05-28');
    assert.equal(parsed.source, 'Reuters');
    assert.equal(kindOf(parsed, '(Reporting by Guy Hawkins; Editing by Tom Ash)'), 'meta');
    assert.equal(kindOf(parsed, 'Our Standards: The Trust Principles.'), 'boilerplate');
    assert.equal(parsed.paragraphs.length, 3);
  });

  it('TASS-style dateline: the year comes from another full date in the text', () => {
    const text = [
      'Russian delegation ready to present memorandum in Istanbul',
      '',
      'ISTANBUL, June 2. /TASS/. The Russian delegation is ready to hand over its memorandum to the Ukrainian side at the talks on Monday, a source told TASS.',
      'The first round of talks took place on 16 May 2025 in the same palace on the Bosphorus.',
    ].join('\n');
    const parsed = parseArticle(text);
    assert.equal(parsed.source, 'TASS');
    assert.equal(parsed.publicationDate, '2025-06-02');
    assert.equal(text.slice(parsed.publicationDateSpan!.start, parsed.publicationDateSpan!.end), 'June 2');
  });

  it('a dateline without a year and no other full date leaves the publication date unknown', () => {
    const text = 'ISTANBUL, June 2. /TASS/. The Russian delegation is ready to hand over its memorandum to the Ukrainian side at the talks on Monday, a source said.';
    const parsed = parseArticle(text);
    assert.equal(parsed.publicationDate, null);
    assert.equal(parsed.source, 'TASS');
  });

  it('BBC-like page: navigation, share buttons, unlabelled byline lines and a related block', () => {
    const text = [
      'Skip to content',
      'Home',
      'News',
      'Sport',
      'Weather',
      'Ukraine war: Russia proposes new round of talks in Istanbul',
      '2 hours ago',
      'Share',
      'Save',
      'Paul Kirby',
      'BBC News',
      'Russia has proposed holding a new round of direct peace talks with Ukraine in Istanbul on Monday, according to its foreign minister.',
      'Sergei Lavrov said the Russian delegation would present a memorandum setting out its conditions for a ceasefire.',
      '"We hope that all those who are sincerely interested in the success of the peace process will support it," he said.',
      'Ukraine has not yet responded.',
      'Related',
      'Zelensky says Ukraine will send delegation to Istanbul',
      'Ukraine says it has sent its own memorandum to Russia. The document sets out a ceasefire of at least thirty days and an exchange of all prisoners of war.',
      'More from the BBC',
      'Copyright 2025 BBC. All rights reserved.',
    ].join('\n');
    const parsed = parseArticle(text);
    assert.equal(parsed.title?.text, 'Ukraine war: Russia proposes new round of talks in Istanbul');
    assert.equal(parsed.paragraphs.length, 4);
    assert.ok(!bodyText(parsed).includes('memorandum to Russia'), 'the related story stays out of the body');
    for (const line of ['Skip to content', 'Home', 'Share', 'Save', 'Related', 'More from the BBC']) assert.equal(kindOf(parsed, line), 'boilerplate', line);
    assert.equal(kindOf(parsed, '2 hours ago'), 'meta');
    assert.equal(parsed.publicationDate, null);
    assert.equal(parsed.source, 'BBC');
  });

  it('German page with a cookie banner, breadcrumbs and "Mehr zum Thema"', () => {
    const text = [
      'Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis bieten zu können. Mit der Nutzung unserer Webseite stimmen Sie der Verwendung von Cookies zu.',
      'Alle akzeptieren',
      'Einstellungen',
      'Startseite > Politik > Ausland',
      'Russland schlägt neue Gespräche in Istanbul vor',
      'Stand: 28.05.2025 19:20 Uhr',
      'Russland hat der Ukraine eine zweite Runde direkter Gespräche in Istanbul vorgeschlagen. Das sagte Außenminister Sergej Lawrow am Mittwoch in Moskau.',
      'Die russische Delegation werde ein Memorandum mit ihren Bedingungen für eine Waffenruhe vorlegen, sagte Lawrow.',
      'Aus Kiew gab es zunächst keine Reaktion auf den Vorschlag.',
      'Mehr zum Thema',
      'Selenskyj fordert härtere Sanktionen gegen Moskau',
      'Die Ukraine verlangt von ihren Verbündeten weitere Sanktionen gegen Russland. Das sagte Präsident Selenskyj am Dienstag in Berlin vor Journalisten.',
    ].join('\n');
    const parsed = parseArticle(text);
    assert.equal(parsed.title?.text, 'Russland schlägt neue Gespräche in Istanbul vor');
    assert.equal(parsed.publicationDate, '2025-05-28');
    assert.equal(parsed.language, 'de');
    assert.equal(parsed.paragraphs.length, 3);
    assert.equal(kindOf(parsed, 'Alle akzeptieren'), 'boilerplate');
    assert.equal(kindOf(parsed, 'Startseite > Politik > Ausland'), 'boilerplate');
    assert.ok(!bodyText(parsed).includes('Sanktionen'));
    assert.ok(!bodyText(parsed).includes('Cookies'));
  });

  it('Italian page: kicker, headline and standfirst, "di" byline, "Leggi anche" link inside the article', () => {
    const text = [
      'Home > Esteri > Russia',
      'GUERRA IN UCRAINA',
      "Russia propone nuovi colloqui con l'Ucraina a Istanbul",
      'Il ministro degli Esteri Lavrov: "Pronti a presentare il memorandum"',
      'di Marco Bellini',
      '28 maggio 2025 - 19:20',
      "Mosca ha proposto un nuovo round di colloqui diretti con Kiev a Istanbul il 2 giugno, ha detto il ministro degli Esteri Sergej Lavrov.",
      'Leggi anche: Zelensky: "Pronti a incontrare Putin in qualsiasi formato"',
      "Secondo Lavrov, la delegazione russa è pronta a presentare un memorandum con le condizioni per una tregua, ma da Kiev non è ancora arrivata una risposta.",
      'Riproduzione riservata © 2025 Il Quotidiano Nazionale',
    ].join('\n');
    const parsed = parseArticle(text);
    assert.equal(parsed.title?.text, "Russia propone nuovi colloqui con l'Ucraina a Istanbul");
    assert.equal(parsed.byline?.text, 'Marco Bellini');
    assert.equal(parsed.publicationDate, '2025-05-28');
    assert.equal(parsed.language, 'it');
    assert.equal(kindOf(parsed, 'Leggi anche: Zelensky: "Pronti a incontrare Putin in qualsiasi formato"'), 'boilerplate');
    assert.equal(kindOf(parsed, 'Riproduzione riservata © 2025 Il Quotidiano Nazionale'), 'boilerplate');
    assert.equal(kindOf(parsed, 'GUERRA IN UCRAINA'), 'meta');
    // The standfirst is the reporter's text and belongs to the body.
    assert.equal(kindOf(parsed, 'Il ministro degli Esteri Lavrov: "Pronti a presentare il memorandum"'), 'body');
    assert.equal(parsed.paragraphs.length, 3);
    assert.equal(parsed.source, 'Il Quotidiano Nazionale');
  });

  it('Ukrainian page: language switcher, byline glued to a date, advertisement, Patreon appeal and a news list', () => {
    const text = [
      'Укр Рус Eng',
      'Підтримайте нас',
      'Росія запропонувала провести наступний раунд переговорів 2 червня у Стамбулі',
      'Тетяна Олійник — Середа, 28 травня 2025, 19:20',
      'Росія запропонувала провести другий раунд переговорів з Україною в Стамбулі 2 червня, заявив міністр закордонних справ РФ Сергій Лавров.',
      'Реклама:',
      'За його словами, російська делегація готова представити українській стороні меморандум, який викладає позицію Росії щодо врегулювання.',
      'Підтримайте Українську правду на Patreon!',
      'Останні новини',
      '20:23',
      'ЄС планує продовжити тимчасовий захист для українців до березня 2027 року',
      '20:12',
      'Внаслідок російської атаки на Сумщину загинула жінка, ще дев\'ятеро цивільних поранені за минулу добу.',
    ].join('\n');
    const parsed = parseArticle(text);
    assert.equal(parsed.title?.text, 'Росія запропонувала провести наступний раунд переговорів 2 червня у Стамбулі');
    assert.equal(parsed.byline?.text, 'Тетяна Олійник');
    assert.equal(parsed.publicationDate, '2025-05-28');
    assert.equal(parsed.language, 'uk');
    assert.equal(parsed.source, 'Українську правду');
    assert.equal(parsed.paragraphs.length, 2);
    assert.equal(kindOf(parsed, 'Реклама:'), 'boilerplate');
    assert.equal(kindOf(parsed, '20:12'), 'boilerplate');
    assert.ok(!bodyText(parsed).includes('Сумщину'));
  });

  it('Indonesian page: "Oleh" byline, weekday date with WIB, outlet dateline and "Baca juga" links', () => {
    const text = [
      'Beranda',
      'Internasional',
      'Rusia Usulkan Perundingan Baru dengan Ukraina di Istanbul',
      'Oleh: Ahmad Fauzi',
      'Rabu, 28 Mei 2025 19:20 WIB',
      'JAKARTA, KOMPAS.com - Rusia mengusulkan putaran baru perundingan langsung dengan Ukraina di Istanbul pada Senin, kata Menteri Luar Negeri Rusia Sergei Lavrov.',
      'Baca juga: Zelensky Siap Bertemu Putin dan Trump',
      'Menurut Lavrov, delegasi Rusia siap menyerahkan memorandum yang berisi syarat-syarat gencatan senjata kepada pihak Ukraina dalam perundingan tersebut.',
      'Berita Terkait',
      'Ukraina Serang Pabrik Rudal Rusia di Dekat Moskwa',
    ].join('\n');
    const parsed = parseArticle(text);
    assert.equal(parsed.title?.text, 'Rusia Usulkan Perundingan Baru dengan Ukraina di Istanbul');
    assert.equal(parsed.byline?.text, 'Ahmad Fauzi');
    assert.equal(parsed.publicationDate, '2025-05-28');
    assert.equal(parsed.language, 'id');
    assert.equal(parsed.source, 'KOMPAS.com');
    assert.equal(kindOf(parsed, 'Baca juga: Zelensky Siap Bertemu Putin dan Trump'), 'boilerplate');
    assert.equal(kindOf(parsed, 'Ukraina Serang Pabrik Rudal Rusia di Dekat Moskwa'), 'boilerplate');
    assert.equal(parsed.paragraphs.length, 2);
  });

  it('Portuguese page with cookie consent, menu line and "Leia também" block after the article', () => {
    const text = [
      'Utilizamos cookies para melhorar a sua experiência. Ao continuar a navegar, aceita a nossa política de privacidade.',
      'Aceitar todos',
      'Início | Mundo | Política | Economia | Desporto',
      'Rússia propõe nova ronda de negociações com a Ucrânia em Istambul',
      'Publicado em 28 de maio de 2025',
      'A Rússia propôs uma nova ronda de negociações diretas com a Ucrânia em Istambul na próxima segunda-feira, anunciou o ministro dos Negócios Estrangeiros, Serguei Lavrov.',
      'Segundo Lavrov, a delegação russa está pronta para apresentar um memorando com as suas condições para um cessar-fogo.',
      'Leia também',
      'Zelensky diz que a Ucrânia enviou o seu memorando à Rússia e aguarda uma resposta de Moscovo sobre as condições de um cessar-fogo.',
    ].join('\n');
    const parsed = parseArticle(text);
    assert.equal(parsed.title?.text, 'Rússia propõe nova ronda de negociações com a Ucrânia em Istambul');
    assert.equal(parsed.publicationDate, '2025-05-28');
    assert.equal(parsed.language, 'pt');
    assert.equal(parsed.paragraphs.length, 2);
    assert.equal(kindOf(parsed, 'Início | Mundo | Política | Economia | Desporto'), 'boilerplate');
    assert.ok(!bodyText(parsed).includes('Zelensky'));
  });

  it('liveblog: timestamps between entries stay in one body', () => {
    const text = [
      'Russia-Ukraine war live: Moscow proposes new talks in Istanbul',
      'Updated 28 May 2025 19:20',
      '19:05',
      'Russia has proposed a second round of direct talks with Ukraine in Istanbul on 2 June, Foreign Minister Sergei Lavrov says.',
      '18:40',
      'Zelenskyy says Ukraine has already handed over its own memorandum and is waiting for Russia to do the same.',
      '18:12',
      'Germany and Ukraine have agreed to jointly produce long-range weapons, Chancellor Friedrich Merz says after meeting Zelenskyy in Berlin.',
    ].join('\n');
    const parsed = parseArticle(text);
    assert.equal(parsed.title?.text, 'Russia-Ukraine war live: Moscow proposes new talks in Istanbul');
    assert.equal(parsed.publicationDate, '2025-05-28');
    assert.equal(parsed.paragraphs.length, 3);
    assert.equal(kindOf(parsed, '18:40'), 'body');
  });

  it('newsletter: hard-wrapped paragraphs are joined, e-mail chrome is boilerplate', () => {
    const text = [
      'View this email in your browser',
      '',
      'The Morning Briefing: Russia proposes new talks',
      'Wednesday, May 28, 2025',
      '',
      'Good morning. Russia has proposed a new round of direct talks with',
      'Ukraine in Istanbul on Monday, its foreign minister said, after a week',
      'of heavy bombardments on both sides of the front line.',
      '',
      'Kyiv has not yet responded. President Zelenskyy said on Tuesday that',
      'Ukraine had already handed over its own memorandum and was waiting for',
      'Moscow to present its draft before agreeing to another meeting.',
      '',
      'Unsubscribe | Update your preferences',
    ].join('\n');
    const parsed = parseArticle(text);
    assert.equal(parsed.paragraphs.length, 2);
    assert.equal(parsed.title?.text, 'The Morning Briefing: Russia proposes new talks');
    assert.equal(parsed.publicationDate, '2025-05-28');
    assert.equal(kindOf(parsed, 'Unsubscribe | Update your preferences'), 'boilerplate');
    assert.equal(kindOf(parsed, 'View this email in your browser'), 'boilerplate');
    const second = parsed.sentences.find((s) => text.slice(s.start, s.end).startsWith('Kyiv'));
    assert.equal(second?.paragraph, 1);
    assert.ok(parsed.sentences.some((s) => text.slice(s.start, s.end).startsWith('President Zelenskyy said on Tuesday that\nUkraine')));
  });

  it('French, Spanish, Dutch, Polish and Turkish end-of-article headings close the article', () => {
    const cases: [string, string][] = [
      ['Lire aussi', 'La Russie propose un nouveau cycle de négociations avec l’Ukraine à Istanbul lundi prochain, a annoncé le ministre des Affaires étrangères.'],
      ['Noticias relacionadas', 'Rusia propuso el miércoles una nueva ronda de negociaciones directas con Ucrania en Estambul el próximo lunes, según el ministro de Exteriores.'],
      ['Meest gelezen', 'Rusland heeft voorgesteld om maandag in Istanbul een nieuwe ronde directe vredesbesprekingen met Oekraïne te houden, zei de minister.'],
      ['Czytaj także', 'Rosja zaproponowała nową rundę bezpośrednich rozmów z Ukrainą w Stambule w poniedziałek, poinformował minister spraw zagranicznych.'],
      ['İlgili Haberler', 'Rusya, Ukrayna ile doğrudan müzakerelerin yeni turunun pazartesi günü İstanbul’da yapılmasını önerdi, dedi Dışişleri Bakanı Lavrov.'],
    ];
    for (const [heading, prose] of cases) {
      const other = `${prose.split(' ').reverse().join(' ')}.`;
      const parsed = parseArticle([prose, prose, heading, other].join('\n'));
      assert.equal(kindOf(parsed, heading), 'boilerplate', heading);
      assert.equal(kindOf(parsed, other), 'boilerplate', heading);
      assert.equal(parsed.paragraphs.length, 2, heading);
    }
  });

  it('an inline "Advertisement" or "Read more:" line does not end the article', () => {
    const prose = 'The talks resulted in an exchange of prisoners of war but failed to produce a ceasefire, which remains a key demand of Ukraine.';
    const parsed = parseArticle([prose, 'Advertisement', prose, 'Read more: Zelensky says Ukraine will send a delegation', prose].join('\n'));
    assert.equal(parsed.paragraphs.length, 3);
    assert.deepEqual(parsed.regions.map((r) => r.kind), ['body', 'boilerplate', 'body', 'boilerplate', 'body']);
  });

  it('a teaser sentence in the page header is not the article', () => {
    const lede = 'Russia has proposed a new round of direct talks with Ukraine in Istanbul on Monday with the goal of securing a lasting ceasefire, its foreign minister says.';
    const text = [
      'Breaking: Earthquake of magnitude 6.1 shakes central Japan, no casualties reported.',
      'Menu',
      'Search',
      'Sign in',
      'Most read',
      'Russia proposes new round of Istanbul talks',
      'Published 28 May 2025',
      ...Array.from({ length: 6 }, () => lede),
    ].join('\n');
    const parsed = parseArticle(text);
    assert.equal(parsed.title?.text, 'Russia proposes new round of Istanbul talks');
    assert.equal(kindOf(parsed, 'Breaking: Earthquake of magnitude 6.1 shakes central Japan, no casualties reported.'), 'boilerplate');
    assert.equal(parsed.paragraphs.length, 6);
  });

  it('a saved page title ("Headline | Site") yields the outlet and is not the headline', () => {
    const text = [
      'Russia proposes new talks | The Northern Courier',
      'Menu',
      'Russia proposes new talks',
      'Jane Holloway in Kyiv',
      'Russia has proposed a new round of direct talks with Ukraine in Istanbul on Monday, its foreign minister said on Wednesday evening.',
      'Kyiv has not yet responded to the proposal, which came after a week of heavy bombardments on both sides of the front line.',
    ].join('\n');
    const parsed = parseArticle(text);
    assert.equal(parsed.title?.text, 'Russia proposes new talks');
    assert.equal(parsed.title?.start, text.indexOf('Russia proposes new talks\n'));
    assert.equal(parsed.source, 'The Northern Courier');
    assert.equal(parsed.byline?.text, 'Jane Holloway in Kyiv');
  });

  it('a short title above a standfirst is not mistaken for a kicker', () => {
    const text = [
      'Moscow proposes Istanbul talks',
      'Kyiv says it will study the offer but wants a ceasefire first.',
      'Russia has proposed a new round of direct talks with Ukraine in Istanbul on Monday, its foreign minister said on Wednesday evening.',
    ].join('\n');
    assert.equal(parseArticle(text).title?.text, 'Moscow proposes Istanbul talks');
  });

  it('agency datelines with a title-case place, picture credits and ad labels with a prompt', () => {
    const text = [
      'Moscow, May 28 (Interfax) - Russia has proposed a second round of talks with Ukraine in Istanbul, Foreign Minister Sergei Lavrov said on Wednesday.',
      'A man walks past a building destroyed by a drone strike in Kharkiv. REUTERS/Vyacheslav Madiyevskyy',
      'Advertisement - Scroll to continue',
      'Lavrov said the Russian delegation would present a memorandum setting out conditions for a ceasefire at the meeting in 2025.',
    ].join('\n');
    const parsed = parseArticle(text);
    assert.equal(parsed.source, 'Interfax');
    assert.equal(kindOf(parsed, 'A man walks past a building destroyed by a drone strike in Kharkiv. REUTERS/Vyacheslav Madiyevskyy'), 'meta');
    assert.equal(kindOf(parsed, 'Advertisement - Scroll to continue'), 'boilerplate');
    assert.equal(parsed.paragraphs.length, 2);
    // A title-case sentence opening with brackets is no dateline.
    assert.equal(parseArticle('Kyiv (which was hit again overnight) said the talks would go ahead on Monday in Istanbul as planned.').source, null);
  });

  it('a Markdown or question headline, a mid-article newsletter prompt, a caption and a comment section', () => {
    const text = [
      '# Will Russia and Ukraine agree a ceasefire in Istanbul?',
      '',
      'Russia has proposed a new round of direct talks with Ukraine in Istanbul on Monday, its foreign minister said.',
      'Sign up for our morning newsletter',
      'Kyiv has not yet responded to the proposal, which came after a week of heavy bombardments on both sides.',
      "Image: Delegations at the first round of talks in Istanbul's Dolmabahce Palace",
      '"We are ready," Lavrov said. The Kremlin said the memorandum was ready.',
      'Comments (12)',
      'This is outrageous, they never keep their word and everyone knows it by now.',
    ].join('\n');
    const parsed = parseArticle(text);
    assert.equal(parsed.title?.text, 'Will Russia and Ukraine agree a ceasefire in Istanbul?');
    assert.equal(parsed.title?.start, 2);
    assert.equal(parsed.paragraphs.length, 3);
    assert.equal(kindOf(parsed, 'Sign up for our morning newsletter'), 'boilerplate');
    assert.equal(kindOf(parsed, "Image: Delegations at the first round of talks in Istanbul's Dolmabahce Palace"), 'meta');
    assert.equal(kindOf(parsed, 'This is outrageous, they never keep their word and everyone knows it by now.'), 'boilerplate');
  });
});
