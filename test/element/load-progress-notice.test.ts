/**
 * The notice while a `src` loads: bytes and rows in every language, a bar when the total is known,
 * Cancel, and for a screen reader the same sentence in coarse steps, so that a load reporting ten
 * times a second is not read out ten times a second.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { loadNotice, type LoadNoticeProps, type LoadStatus } from '../../src/element/load-notice.js';
import { AR_PACK } from '../../src/element/locales/ar.js';
import { DE_PACK } from '../../src/element/locales/de.js';
import { EN_PACK } from '../../src/element/locales/en.js';
import { ES_PACK } from '../../src/element/locales/es.js';
import { FA_PACK } from '../../src/element/locales/fa.js';
import { FR_PACK } from '../../src/element/locales/fr.js';
import { RU_PACK } from '../../src/element/locales/ru.js';
import { TR_PACK } from '../../src/element/locales/tr.js';
import type { LocalePack } from '../../src/element/locale-pack.js';

const MB = 1e6;
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function shown(status: LoadStatus, pack: LocalePack = EN_PACK, onCancel = () => {}): Promise<HTMLElement> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const props: LoadNoticeProps = { status, dismissed: false, strings: pack.ui, lang: pack.tag, onRetry: () => {}, onCancel, onDismiss: () => {} };
  render(loadNotice(props), host);
  return host.querySelector<HTMLElement>('[part~="notice"]')!;
}

/** What a screen reader hears of the notice: its text less what is hidden from it. */
function spoken(box: HTMLElement): string {
  const copy = box.cloneNode(true) as HTMLElement;
  copy.querySelectorAll('[aria-hidden="true"], button').forEach((node) => node.remove());
  return text(copy);
}

describe('the loading notice', () => {
  it('shows bytes of the total and rows, with a bar of the bytes and a Cancel button', async () => {
    let cancelled = 0;
    const box = await shown({ kind: 'loading', progress: { bytes: 12.4 * MB, totalBytes: 50.1 * MB, rows: 31_200 } }, EN_PACK, () => cancelled++);
    expect(box.getAttribute('role')).to.equal('status');
    expect(text(box.querySelector('[aria-hidden="true"]'))).to.equal('Loading events… 12.4 MB of 50.1 MB · 31,200 rows');
    const bar = box.querySelector('progress')!;
    expect([bar.max, bar.value]).to.deep.equal([50.1 * MB, 12.4 * MB]);
    expect(bar.getAttribute('aria-label')).to.equal('Loading events…');
    box.querySelector<HTMLButtonElement>('button[part~="cancel"]')!.click();
    expect(cancelled).to.equal(1);
  });

  it('shows the bytes alone when the server gives no length, and no bar; the rows only once counted', async () => {
    const box = await shown({ kind: 'loading', progress: { bytes: 3.25 * MB, rows: undefined } });
    expect(text(box.querySelector('[aria-hidden="true"]'))).to.equal('Loading events… 3.3 MB');
    expect(box.querySelector('progress')).to.equal(null);
    expect(box.querySelector('button[part~="cancel"]')).to.not.equal(null);
  });

  it('says to a screen reader the same sentence in steps: a quarter of the total, the first digit of the rows', async () => {
    const first = spoken(await shown({ kind: 'loading', progress: { bytes: 13 * MB, totalBytes: 50 * MB, rows: 31_200 } }));
    const next = spoken(await shown({ kind: 'loading', progress: { bytes: 24 * MB, totalBytes: 50 * MB, rows: 38_900 } }));
    const later = spoken(await shown({ kind: 'loading', progress: { bytes: 26 * MB, totalBytes: 50 * MB, rows: 41_000 } }));
    expect(first).to.equal('Loading events… 12.5 MB of 50.0 MB · 30,000 rows');
    expect(next, 'within the same steps, nothing new is said').to.equal(first);
    expect(later).to.equal('Loading events… 25.0 MB of 50.0 MB · 40,000 rows');
    const unknownTotal = spoken(await shown({ kind: 'loading', progress: { bytes: 12.4 * MB, rows: 7 } }));
    expect(unknownTotal).to.equal('Loading events… 10.0 MB · 7 rows');
  });

  it('prepares in steps too, with Cancel while a src load may still be stopped', async () => {
    const box = await shown({ kind: 'preparing', share: 0.43, cancellable: true });
    expect(text(box.querySelector('[aria-hidden="true"]'))).to.equal('Preparing events… 43%');
    expect(spoken(box)).to.equal('Preparing events… 25%');
    expect(box.querySelector('progress')!.value).to.equal(43);
    expect(box.querySelector('button[part~="cancel"]')).to.not.equal(null);
    const events = await shown({ kind: 'preparing', share: 0.43 });
    expect(events.querySelector('button[part~="cancel"]'), 'events given by the page cannot be cancelled').to.equal(null);
  });

  it('is in every language', async () => {
    const expected: Array<[LocalePack, string, string]> = [
      [EN_PACK, 'Loading events… 12.4 MB of 50.1 MB · 31,200 rows', 'Loading events… 0.1 MB · 1 row'],
      [DE_PACK, 'Ereignisse werden geladen … 12,4 MB von 50,1 MB · 31.200 Zeilen', 'Ereignisse werden geladen … 0,1 MB · 1 Zeile'],
      [FR_PACK, 'Chargement des événements… 12,4 Mo sur 50,1 Mo · 31 200 lignes', 'Chargement des événements… 0,1 Mo · 1 ligne'],
      [ES_PACK, 'Cargando acontecimientos… 12,4 MB de 50,1 MB · 31.200 filas', 'Cargando acontecimientos… 0,1 MB · 1 fila'],
      [RU_PACK, 'Загрузка событий… 12,4 МБ из 50,1 МБ · 31 200 строк', 'Загрузка событий… 0,1 МБ · 1 строка'],
      [TR_PACK, 'Olaylar yükleniyor… 12,4 MB / 50,1 MB · 31.200 satır', 'Olaylar yükleniyor… 0,1 MB · 1 satır'],
      [AR_PACK, 'جارٍ تحميل الأحداث… 12.4 م.ب من 50.1 م.ب · 31200 صف', 'جارٍ تحميل الأحداث… 0.1 م.ب · صف واحد'],
      [FA_PACK, 'در حال بارگذاری رویدادها… 12.4 مگابایت از 50.1 مگابایت · 31,200 ردیف', 'در حال بارگذاری رویدادها… 0.1 مگابایت · 1 ردیف'],
    ];
    const normalise = (s: string) => s.replace(/[\u00a0\u202f\u200f\u061c]/g, ' ').replace(/\s+/g, ' ');
    for (const [pack, many, one] of expected) {
      expect(normalise(pack.ui.loadProgress(12.4 * MB, 50.1 * MB, 31_200)), pack.tag).to.equal(normalise(many));
      expect(normalise(pack.ui.loadProgress(0.1 * MB, undefined, 1)), pack.tag).to.equal(normalise(one));
    }
  });
});
