// The ISO week in each shipped language: the phrase, and "until" before it (which declines it).
import { expect } from '@open-wc/testing';
import { describeDate, describeEventDate } from '../../src/model/describe-date.js';
import { parseEventDate } from '../../src/model/parse-event-date.js';
import { validateEvents } from '../../src/model/validate-events.js';
import type { LocalePack } from '../../src/element/locale-pack.js';
import { AR_PACK } from '../../src/element/locales/ar.js';
import { DE_PACK } from '../../src/element/locales/de.js';
import { EN_PACK } from '../../src/element/locales/en.js';
import { ES_PACK } from '../../src/element/locales/es.js';
import { FA_PACK } from '../../src/element/locales/fa.js';
import { FR_PACK } from '../../src/element/locales/fr.js';
import { RU_PACK } from '../../src/element/locales/ru.js';
import { TR_PACK } from '../../src/element/locales/tr.js';

/** Written out by hand: 2020-W19 is Monday 4 May to Sunday 10 May 2020. */
const EXPECTED: ReadonlyArray<[LocalePack, string, string]> = [
  [EN_PACK, 'the week of 4 May 2020', 'until the week of 4 May 2020'],
  [AR_PACK, 'أسبوع 4 مايو 2020', 'حتى أسبوع 4 مايو 2020'],
  [DE_PACK, 'Woche vom 4. Mai 2020', 'bis zur Woche vom 4. Mai 2020'],
  [ES_PACK, 'semana del 4 de mayo de 2020', 'hasta la semana del 4 de mayo de 2020'],
  [FA_PACK, 'هفتهٔ 4 مه 2020', 'تا هفتهٔ 4 مه 2020'],
  [FR_PACK, 'semaine du 4 mai 2020', 'jusqu’à la semaine du 4 mai 2020'],
  [RU_PACK, 'неделя с 4 мая 2020 г.', 'по неделю с 4 мая 2020 г.'],
  [TR_PACK, '4 Mayıs 2020 haftası', '4 Mayıs 2020 haftasına kadar'],
];

describe('an ISO week in words, in every shipped language', () => {
  for (const [pack, week, until] of EXPECTED) {
    it(`${pack.tag}: "${week}", "${until}"`, () => {
      const options = { words: pack.words, ...(pack.dateFns ? { locale: pack.dateFns } : {}) };
      expect(describeDate(parseEventDate('2020-W19')!, options)).to.equal(week);
      const { events } = validateEvents([{ title: 't', start: '../2020-W19' }]);
      expect(describeEventDate(events[0]!, options)).to.equal(until);
    });
  }
});
