import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { idlib2019 } from '../../src/data/datasets/idlib-2019.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import type { LocaleChangeDetail } from '../../src/element/timeline-events.js';
import { giveRecords, settle, timelineFixture } from '../support/timeline-fixture.js';
import { untilMutated } from '../support/until-mutated.js';

/**
 * What each shipped language must say, written out by hand and checked by eye against the
 * language (not read back from the packs, so a pack that drifts fails here).
 */
interface Expected {
  readonly toolbar: string;
  /** Zoom in, zoom out, show all, table: the toolbar's buttons in order. */
  readonly buttons: readonly [string, string, string, string, string];
  /** The story step buttons' names at load: Previous goes to the last event, Next to the first. */
  readonly steps: readonly [string, string];
  /** 2018-09-17. */
  readonly day: string;
  /** 2017-23~: autumn 2017, approximate. */
  readonly season: string;
  /** Month ticks when the view is September 2018 to February 2019: Oct, Nov, Dec, Jan 2019. */
  readonly ticks: readonly [string, string, string, string];
  /** The event count the live region ends with, for 1, 2, 5 and 21 events. */
  readonly counts: readonly [string, string, string, string];
}

const LANGUAGES: Readonly<Record<string, Expected>> = {
  en: {
    toolbar: 'Timeline controls',
    buttons: ['Zoom in', 'Zoom out', 'Show all', 'Table', 'Filter'],
    steps: ['Previous: Tripartite summit on Syria in Sochi, 14 February 2019', 'Next: Protests and their repression begin the Syrian civil war, 15 or 18 March 2011'],
    day: '17 September 2018',
    season: 'autumn 2017, approximate',
    ticks: ['Oct', 'Nov', 'Dec', 'Jan 2019'],
    counts: ['1 event', '2 events', '5 events', '21 events'],
  },
  ar: {
    toolbar: 'أدوات الخط الزمني',
    buttons: ['تكبير', 'تصغير', 'عرض الكل', 'جدول', 'تصفية'],
    steps: ['السابق: Tripartite summit on Syria in Sochi، 14 فبراير 2019', 'التالي: Protests and their repression begin the Syrian civil war، 15 أو 18 مارس 2011'],
    day: '17 سبتمبر 2018',
    season: 'خريف 2017، تقريبًا',
    ticks: ['أكتوبر', 'نوفمبر', 'ديسمبر', 'يناير 2019'],
    // Arabic: one, two (dual), few (3–10), many (11–99).
    counts: ['حدث واحد', 'حدثان', '5 أحداث', '21 حدثًا'],
  },
  de: {
    toolbar: 'Steuerung der Zeitleiste',
    buttons: ['Vergrößern', 'Verkleinern', 'Alles zeigen', 'Tabelle', 'Filter'],
    steps: ['Vorheriges: Tripartite summit on Syria in Sochi, 14. Februar 2019', 'Nächstes: Protests and their repression begin the Syrian civil war, 15. oder 18. März 2011'],
    day: '17. September 2018',
    season: 'etwa Herbst 2017',
    ticks: ['Okt', 'Nov', 'Dez', 'Jan 2019'],
    counts: ['1 Ereignis', '2 Ereignisse', '5 Ereignisse', '21 Ereignisse'],
  },
  es: {
    toolbar: 'Controles de la cronología',
    buttons: ['Acercar', 'Alejar', 'Ver todo', 'Tabla', 'Filtrar'],
    steps: ['Anterior: Tripartite summit on Syria in Sochi, 14 de febrero de 2019', 'Siguiente: Protests and their repression begin the Syrian civil war, 15 o 18 de marzo de 2011'],
    day: '17 de septiembre de 2018',
    season: 'otoño de 2017 (fecha aproximada)',
    ticks: ['oct', 'nov', 'dic', 'ene 2019'],
    counts: ['1 acontecimiento', '2 acontecimientos', '5 acontecimientos', '21 acontecimientos'],
  },
  fa: {
    toolbar: 'ابزارهای خط زمانی',
    buttons: ['بزرگ‌نمایی', 'کوچک‌نمایی', 'نمایش همه', 'جدول', 'فیلتر'],
    steps: ['قبلی: Tripartite summit on Syria in Sochi، 14 فوریه 2019', 'بعدی: Protests and their repression begin the Syrian civil war، 15 یا 18 مارس 2011'],
    day: '17 سپتامبر 2018',
    season: 'پاییز 2017 (تقریبی)',
    // Whole month names: Persian does not abbreviate them (date-fns' would read "اکتـ").
    ticks: ['اکتبر', 'نوامبر', 'دسامبر', 'ژانویه 2019'],
    // The noun stays singular after a number.
    counts: ['1 رویداد', '2 رویداد', '5 رویداد', '21 رویداد'],
  },
  fr: {
    toolbar: 'Commandes de la frise chronologique',
    buttons: ['Zoom avant', 'Zoom arrière', 'Tout afficher', 'Tableau', 'Filtrer'],
    steps: ['Précédent\u00a0: Tripartite summit on Syria in Sochi, 14 février 2019', 'Suivant\u00a0: Protests and their repression begin the Syrian civil war, 15 ou 18 mars 2011'],
    day: '17 septembre 2018',
    season: 'automne 2017 (date approximative)',
    ticks: ['oct.', 'nov.', 'déc.', 'janv. 2019'],
    counts: ['1 événement', '2 événements', '5 événements', '21 événements'],
  },
  ru: {
    toolbar: 'Управление хронологией',
    buttons: ['Увеличить', 'Уменьшить', 'Показать всё', 'Таблица', 'Фильтр'],
    steps: ['Предыдущее: Tripartite summit on Syria in Sochi, 14 февраля 2019 г.', 'Следующее: Protests and their repression begin the Syrian civil war, 15 или 18 марта 2011 г.'],
    day: '17 сентября 2018 г.',
    season: 'осень 2017 г. (приблизительно)',
    ticks: ['окт.', 'нояб.', 'дек.', 'янв. 2019'],
    // Russian: one (1, 21), few (2–4), many (5–20).
    counts: ['1 событие', '2 события', '5 событий', '21 событие'],
  },
  tr: {
    toolbar: 'Zaman çizelgesi denetimleri',
    buttons: ['Yakınlaştır', 'Uzaklaştır', 'Tümünü göster', 'Tablo', 'Filtrele'],
    steps: ['Önceki: Tripartite summit on Syria in Sochi, 14 Şubat 2019', 'Sonraki: Protests and their repression begin the Syrian civil war, 15 veya 18 Mart 2011'],
    day: '17 Eylül 2018',
    season: '2017 sonbaharı (yaklaşık)',
    ticks: ['Eki', 'Kas', 'Ara', 'Oca 2019'],
    // The noun stays singular after a number.
    counts: ['1 olay', '2 olay', '5 olay', '21 olay'],
  },
};

const shadow = (el: ConflictTimeline) => el.shadowRoot!;
const detailsDate = (el: ConflictTimeline) => shadow(el).querySelector('[part="details-date"]')?.textContent ?? null;
const liveRegion = (el: ConflictTimeline) => shadow(el).querySelector('[aria-live="polite"]')!;
const tickLabels = (el: ConflictTimeline) => [...shadow(el).querySelectorAll('.axis .tick text')].map((t) => t.textContent);

/**
 * A button's accessible name as the accessibility tree computes it for these buttons: its
 * aria-label, else its text without the aria-hidden icons.
 */
function accessibleName(button: HTMLElement): string {
  const label = button.getAttribute('aria-label');
  if (label !== null) return label.trim();
  const copy = button.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
  return (copy.textContent ?? '').trim();
}

/** Sets `locale` and waits until the pack is in use and drawn. */
async function switchTo(el: ConflictTimeline, locale: string): Promise<LocaleChangeDetail> {
  const changed = oneEvent(el, 'ct-locale-change');
  el.locale = locale;
  const { detail } = await changed;
  await settle(el);
  return detail as LocaleChangeDetail;
}

/** `n` one-day events a week apart, from 1 March 2018: few enough to be drawn apart, never clustered. */
function weeklyEvents(n: number): unknown[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `e${i}`,
    start: new Date(Date.UTC(2018, 2, 1 + 7 * i)).toISOString().slice(0, 10),
    title: `Event ${i}`,
  }));
}

describe('<conflict-timeline> languages', () => {
  for (const [tag, expected] of Object.entries(LANGUAGES)) {
    describe(tag, () => {
      it(`loads the ${tag} pack and names the toolbar and its buttons in it`, async () => {
        const el = await timelineFixture(idlib2019.events);
        const detail = await switchTo(el, tag);
        expect(detail).to.deep.equal({ requested: tag, locale: tag, fallback: false });
        const toolbar = shadow(el).querySelector<HTMLElement>('[role="toolbar"]')!;
        expect(toolbar.getAttribute('aria-label')).to.equal(expected.toolbar);
        // The story steps are named with their target event: their words are checked on their own.
        const names = [...toolbar.querySelectorAll<HTMLElement>('button:not(.story-step)')].map(accessibleName);
        expect(names).to.deep.equal(expected.buttons);
        const steps = [...toolbar.querySelectorAll<HTMLElement>('button.story-step')].map(accessibleName);
        expect(steps).to.deep.equal(expected.steps);
      });

      it(`writes a day, and a season with its hedge, in ${tag}`, async () => {
        const el = await timelineFixture([
          ...idlib2019.events,
          { id: 'hedged-season', start: '2017-23~', title: 'Hedged season' },
        ]);
        await switchTo(el, tag);
        el.select('sochi-memorandum-2018');
        await settle(el);
        expect(detailsDate(el)).to.equal(expected.day);
        el.select('hedged-season');
        await settle(el);
        expect(detailsDate(el)).to.equal(expected.season);
        // The mark's accessible name carries the same words.
        const mark = shadow(el).querySelector('g.mark[data-key="sochi-memorandum-2018"]')!;
        expect(mark.getAttribute('aria-label')).to.contain(expected.day);
      });

      it(`labels the axis with ${tag} month names when zoomed to a few months`, async () => {
        // Linear time: every month of the view has its tick (a collapsed stretch would skip some).
        const el = await timelineFixture(idlib2019.events, { gaps: 'linear' });
        await switchTo(el, tag);
        el.zoomTo('2018-09', '2019-02');
        await settle(el);
        expect(tickLabels(el)).to.include.members([...expected.ticks]);
      });

      it(`counts 1, 2, 5 and 21 events in ${tag} with the right plural forms`, async () => {
        const el = await timelineFixture(weeklyEvents(1));
        await switchTo(el, tag);
        for (const [i, n] of [1, 2, 5, 21].entries()) {
          const before = liveRegion(el).textContent;
          giveRecords(el, weeklyEvents(n));
          await settle(el);
          await untilMutated(
            shadow(el),
            () => liveRegion(el).textContent !== before && liveRegion(el).textContent!.trim() !== '',
            `${n} events announced`,
          );
          const spoken = liveRegion(el).textContent!.trim();
          // The whole count, not a tail of a longer number ("1 событие" inside "21 событие").
          expect(spoken.endsWith(` ${expected.counts[i]}`) || spoken === expected.counts[i], spoken).to.equal(true);
        }
      });
    });
  }

  describe('resolving the tag', () => {
    for (const unknown of ['xx', 'zz-ZZ']) {
      it(`falls back to English for "${unknown}", says so in ct-locale-change and warns`, async () => {
        const el = await timelineFixture(idlib2019.events);
        await switchTo(el, 'de');
        const warnings: unknown[][] = [];
        const warn = console.warn;
        console.warn = (...args: unknown[]) => warnings.push(args);
        try {
          const detail = await switchTo(el, unknown);
          expect(detail).to.deep.equal({ requested: unknown, locale: 'en', fallback: true });
        } finally {
          console.warn = warn;
        }
        expect(warnings.length).to.equal(1);
        expect(String(warnings[0]![0])).to.contain(unknown);
        el.select('sochi-memorandum-2018');
        await settle(el);
        expect(detailsDate(el)).to.equal('17 September 2018');
      });
    }

    for (const [tag, language] of [
      ['tr-TR', 'tr'],
      ['ar-SY', 'ar'],
      ['ru_RU', 'ru'],
      ['FR-ca', 'fr'],
    ] as const) {
      it(`resolves ${tag} to the ${language} pack by its language subtag`, async () => {
        const el = await timelineFixture(idlib2019.events);
        const detail = await switchTo(el, tag);
        expect(detail).to.deep.equal({ requested: tag, locale: language, fallback: false });
        el.select('sochi-memorandum-2018');
        await settle(el);
        expect(detailsDate(el)).to.equal(LANGUAGES[language]!.day);
      });
    }

    it('takes the language of the nearest ancestor with lang when there is no locale attribute', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="ru" style="width:900px"><section></section></div>`);
      const el = document.createElement('conflict-timeline');
      const changed = oneEvent(el, 'ct-locale-change');
      wrapper.querySelector('section')!.append(el);
      const { detail } = await changed;
      expect(detail).to.deep.equal({ requested: 'ru', locale: 'ru', fallback: false });
      el.events = idlib2019.events;
      await settle(el);
      el.select('sochi-memorandum-2018');
      await settle(el);
      expect(detailsDate(el)).to.equal('17 сентября 2018 г.');
    });

    it('follows a change of its own lang attribute, and a locale attribute overrides lang', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="ru" style="width:900px"></div>`);
      const el = document.createElement('conflict-timeline');
      const first = oneEvent(el, 'ct-locale-change');
      wrapper.append(el);
      await first;
      const toFrench = oneEvent(el, 'ct-locale-change');
      el.setAttribute('lang', 'fr');
      expect((await toFrench).detail).to.deep.equal({ requested: 'fr', locale: 'fr', fallback: false });
      const toTurkish = oneEvent(el, 'ct-locale-change');
      el.setAttribute('locale', 'tr');
      expect((await toTurkish).detail).to.deep.equal({ requested: 'tr', locale: 'tr', fallback: false });
      el.events = idlib2019.events;
      await settle(el);
      el.select('sochi-memorandum-2018');
      await settle(el);
      expect(detailsDate(el)).to.equal('17 Eylül 2018');
    });
  });

  it('keeps the current view when the language changes', async () => {
    const el = await timelineFixture(idlib2019.events);
    el.zoomTo('2018-08-20', '2018-10-10');
    await settle(el);
    const before = el.view;
    const views: unknown[] = [];
    el.addEventListener('ct-view-change', (e) => views.push((e as CustomEvent).detail));
    for (const tag of ['ru', 'ar', 'de', 'en']) {
      await switchTo(el, tag);
      expect(el.view.start.getTime(), `${tag} start`).to.equal(before.start.getTime());
      expect(el.view.end.getTime(), `${tag} end`).to.equal(before.end.getTime());
    }
    expect(views).to.deep.equal([]);
  });
});

describe('<conflict-timeline> quotes and lists in the reader\'s language', () => {
  it('quotes the source and lists actors as each language writes them', async () => {
    const { idlib2019 } = await import('../../src/data/datasets/idlib-2019.js');
    const { timelineFixture, settle } = await import('../support/timeline-fixture.js');
    const expected: Record<string, [string, string]> = {
      en: ['“on Monday”', 'Russia, Turkey'],
      de: ['„on Monday“', 'Russia, Turkey'],
      fr: ['« on Monday »', 'Russia, Turkey'],
      ru: ['«on Monday»', 'Russia, Turkey'],
      ar: ['«on Monday»', 'Russia، Turkey'],
    };
    const el = await timelineFixture(idlib2019.events);
    for (const [tag, [quote, actors]] of Object.entries(expected)) {
      el.locale = tag;
      await new Promise((r) => el.addEventListener('ct-locale-change', r, { once: true }));
      el.select('shoigu-akar-ankara-2019');
      await settle(el);
      const dds = [...el.shadowRoot!.querySelectorAll('[part~="details"] dd')].map((dd) => dd.textContent!.trim());
      expect(dds, tag).to.include(quote);
      expect(dds, tag).to.include(actors);
      expect(el.shadowRoot!.querySelector('[part~="toolbar"]')!.getAttribute('lang')).to.equal(tag);
      expect(el.shadowRoot!.querySelector('[part~="details-date"]')!.getAttribute('lang')).to.equal(tag);
    }
  });
});
