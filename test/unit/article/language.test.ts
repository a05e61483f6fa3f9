import * as assert from 'node:assert/strict';
import { detectLanguage } from '../../../src/core/article/language';

const texts: Record<string, string> = {
  en: 'Russia has proposed a new round of direct talks with Ukraine in Istanbul on Monday, its foreign minister said, after a week of heavy bombardments on both sides.',
  de: 'Russland hat der Ukraine eine neue Runde direkter Gespräche in Istanbul vorgeschlagen. Das sagte Außenminister Lawrow am Mittwoch, nachdem es schwere Angriffe gegeben hatte.',
  fr: 'La Russie a proposé un nouveau cycle de négociations directes avec l’Ukraine à Istanbul lundi, a annoncé le ministre des Affaires étrangères, après une semaine de bombardements.',
  it: 'La Russia ha proposto un nuovo round di colloqui diretti con l’Ucraina a Istanbul per lunedì, ha detto il ministro degli Esteri, dopo una settimana di pesanti bombardamenti.',
  es: 'Rusia ha propuesto una nueva ronda de negociaciones directas con Ucrania en Estambul el lunes, según el ministro de Exteriores, tras una semana de intensos bombardeos.',
  pt: 'A Rússia propôs uma nova ronda de negociações diretas com a Ucrânia em Istambul na segunda-feira, disse o ministro dos Negócios Estrangeiros, após uma semana de bombardeamentos.',
  nl: 'Rusland heeft een nieuwe ronde van directe gesprekken met Oekraïne in Istanbul voorgesteld, zei de minister van Buitenlandse Zaken, na een week van zware bombardementen.',
  id: 'Rusia mengusulkan putaran baru perundingan langsung dengan Ukraina di Istanbul pada hari Senin, kata menteri luar negeri, setelah serangan yang terjadi selama satu minggu tersebut.',
  uk: 'Росія запропонувала провести новий раунд прямих переговорів з Україною в Стамбулі в понеділок, заявив міністр закордонних справ, після тижня масованих обстрілів.',
  ru: 'Россия предложила провести новый раунд прямых переговоров с Украиной в Стамбуле в понедельник, заявил министр иностранных дел, после недели массированных обстрелов.',
  pl: 'Rosja zaproponowała nową rundę bezpośrednich rozmów z Ukrainą w Stambule w poniedziałek, poinformował minister spraw zagranicznych, po tygodniu ciężkich bombardowań.',
  tr: 'Rusya, Ukrayna ile doğrudan müzakerelerin yeni turunun pazartesi günü İstanbul’da yapılmasını önerdi, Dışişleri Bakanı bir haftalık yoğun bombardımanın ardından açıklama yaptı.',
};

describe('language detection', () => {
  for (const [language, text] of Object.entries(texts)) {
    it(`recognises ${language}`, () => assert.equal(detectLanguage(text), language));
  }

  it('recognises languages by script', () => {
    assert.equal(detectLanguage('روسيا تقترح جولة جديدة من المحادثات المباشرة مع أوكرانيا في إسطنبول'), 'ar');
    assert.equal(detectLanguage('רוסיה מציעה סבב שיחות חדש עם אוקראינה באיסטנבול'), 'he');
    assert.equal(detectLanguage('Η Ρωσία προτείνει νέο γύρο συνομιλιών με την Ουκρανία'), 'el');
    assert.equal(detectLanguage('ロシアはイスタンブールでの新たな協議を提案した'), 'ja');
    assert.equal(detectLanguage('俄罗斯提议在伊斯坦布尔举行新一轮会谈'), 'zh');
    assert.equal(detectLanguage('러시아는 이스탄불에서 새로운 회담을 제안했다'), 'ko');
  });

  it('answers "und" when unsure', () => {
    assert.equal(detectLanguage(''), 'und');
    assert.equal(detectLanguage('12:05 — 2025'), 'und');
    assert.equal(detectLanguage('Istanbul Kyiv Moscow'), 'und');
  });

  it('tells Ukrainian from Russian by their letters when function words are few', () => {
    assert.equal(detectLanguage('Київ і Харків: світло повернулося до більшості будинків'), 'uk');
    assert.equal(detectLanguage('Москва и Харьков: свет вернулся в большинство домов ещё вчера'), 'ru');
  });
});
