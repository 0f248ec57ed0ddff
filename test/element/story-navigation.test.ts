import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { idlib2019 } from '../../src/data/datasets/idlib-2019.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import type { LocalePack } from '../../src/element/locale-pack.js';
import { AR_PACK } from '../../src/element/locales/ar.js';
import { EN_PACK } from '../../src/element/locales/en.js';
import { describeEventDate } from '../../src/model/describe-date.js';
import type { TimelineEvent } from '../../src/model/timeline-event.js';
import { validateEvents } from '../../src/model/validate-events.js';
import { markX, plotSvg, settle, timeAt, timelineFixture } from '../support/timeline-fixture.js';

const inTimeOrder = validateEvents(idlib2019.events).events;
const span = (v: { start: Date; end: Date }) => v.end.getTime() - v.start.getTime();
const centre = (v: { start: Date; end: Date }) => (v.start.getTime() + v.end.getTime()) / 2;

const button = (el: ConflictTimeline, step: 'previous' | 'next') =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`button[part~="${step}"]`)!;
const disabled = (b: HTMLElement) => b.getAttribute('aria-disabled') === 'true';

/** What a step button must be called, in a pack's words: the step, the title, the date in words. */
function nameFor(pack: LocalePack, step: 'previous' | 'next', event: TimelineEvent | undefined): string {
  const word = step === 'next' ? pack.ui.next : pack.ui.previous;
  if (!event) return word;
  const when = describeEventDate(event, { words: pack.words, ...(pack.dateFns ? { locale: pack.dateFns } : {}) });
  return pack.ui.storyTarget(word, event.title, when);
}

/** Presses a toolbar button with the mouse, as a reader does, and returns the ct-select it fired. */
async function press(el: ConflictTimeline, step: 'previous' | 'next'): Promise<TimelineEvent | null> {
  const box = button(el, step).getBoundingClientRect();
  const selected = oneEvent(el, 'ct-select');
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
  const { detail } = await selected;
  await settle(el);
  return detail as TimelineEvent | null;
}

/** The event's mark is drawn whole inside the plot, and one of its marks carries its title. */
function expectOnScreenAndLabelled(el: ConflictTimeline, event: TimelineEvent): void {
  const plot = plotSvg(el).getBoundingClientRect();
  const mark = el.shadowRoot!.querySelector<SVGGElement>(`g.mark[data-key="${CSS.escape(event.id)}"]`);
  expect(mark, `${event.id} is drawn as its own mark`).to.not.equal(null);
  const shape = mark!.querySelector('path.symbol, rect.extent')!.getBoundingClientRect();
  expect(shape.right, `${event.id} on screen`).to.be.above(plot.left);
  expect(shape.left, `${event.id} on screen`).to.be.below(plot.right);
  const labels = [...el.shadowRoot!.querySelectorAll(`g.mark[data-event="${CSS.escape(event.id)}"] .label`)];
  // On a phone a label may be the start of its title, cut at a word (the whole title is in the details).
  expect(labels.length, `${event.id} is labelled once`).to.equal(1);
  const text = labels[0]!.textContent ?? '';
  expect(text.length > 0 && event.title.startsWith(text), `${event.id} is labelled: "${text}"`).to.equal(true);
}

function timeline(width: number, locale: 'en' | 'ar'): Promise<ConflictTimeline> {
  return timelineFixture(idlib2019.events, locale === 'en' ? { width } : { width, locale, dir: 'rtl' });
}

describe('<conflict-timeline> a story to step through', () => {
  for (const [name, size] of [
    ['desk', { width: 1280, height: 900 }],
    ['phone', { width: 375, height: 812 }],
  ] as const) {
    for (const locale of ['en', 'ar'] as const) {
      const pack = locale === 'ar' ? AR_PACK : EN_PACK;
      describe(`at ${size.width}x${size.height} (${name}), ${locale}`, () => {
        before(() => setViewport(size));
        after(() => setViewport({ width: 800, height: 600 }));

        it('Next visits every event in time order, each selected, on screen and labelled; Previous goes back', async () => {
          const el = await timeline(size.width - 16, locale);
          expect(button(el, 'next').getAttribute('aria-label')).to.equal(nameFor(pack, 'next', inTimeOrder[0]));
          expect(button(el, 'next').title).to.equal(button(el, 'next').getAttribute('aria-label'));
          for (const [i, event] of inTimeOrder.entries()) {
            const selected = await press(el, 'next');
            expect(selected?.id).to.equal(event.id);
            expect(el.shadowRoot!.querySelector('[part="details"] h2')!.textContent).to.equal(event.title);
            expectOnScreenAndLabelled(el, event);
            expect(button(el, 'next').getAttribute('aria-label')).to.equal(nameFor(pack, 'next', inTimeOrder[i + 1]));
            expect(button(el, 'previous').getAttribute('aria-label')).to.equal(nameFor(pack, 'previous', inTimeOrder[i - 1]));
          }
          expect(disabled(button(el, 'next')), 'Next at the last event').to.equal(true);
          expect(disabled(button(el, 'previous'))).to.equal(false);
          for (let i = inTimeOrder.length - 2; i >= 0; i--) {
            const selected = await press(el, 'previous');
            expect(selected?.id).to.equal(inTimeOrder[i]!.id);
            expectOnScreenAndLabelled(el, inTimeOrder[i]!);
          }
          expect(disabled(button(el, 'previous')), 'Previous at the first event').to.equal(true);
        });

        it('keeps the toolbar on one row, every button inside it', async () => {
          const el = await timeline(size.width - 16, locale);
          const toolbar = el.shadowRoot!.querySelector<HTMLElement>('[part~="toolbar"]')!.getBoundingClientRect();
          expect(toolbar.height).to.be.at.most(50);
          for (const b of el.shadowRoot!.querySelectorAll('[part~="toolbar"] button')) {
            const box = b.getBoundingClientRect();
            expect(box.left).to.be.at.least(toolbar.left);
            expect(box.right).to.be.at.most(toolbar.right);
          }
        });
      });
    }
  }

  it('in Arabic, right to left, Next goes to the later event, drawn to the left, and its arrow points left', async () => {
    const el = await timeline(900, 'ar');
    await press(el, 'next');
    const first = markX(el, inTimeOrder[0]!.id);
    el.zoomTo('2011', '2019-12');
    await settle(el);
    await press(el, 'next');
    expect(markX(el, inTimeOrder[1]!.id)).to.be.below(markX(el, inTimeOrder[0]!.id));
    expect(first).to.be.a('number');
    // Next sits left of Previous, and its › is mirrored to ‹.
    expect(button(el, 'next').getBoundingClientRect().left).to.be.below(button(el, 'previous').getBoundingClientRect().left);
    const mirrored = (step: 'previous' | 'next') => getComputedStyle(button(el, step).querySelector('.step-icon')!).transform;
    expect(mirrored('next')).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    expect(mirrored('previous')).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    const ltr = await timeline(900, 'en');
    expect(getComputedStyle(button(ltr, 'next').querySelector('.step-icon')!).transform).to.equal('none');
  });

  it('steps with N and P from a focused mark, moving focus with the selection', async () => {
    const el = await timelineFixture(idlib2019.events);
    el.shadowRoot!.querySelector<SVGGElement>('g.mark[tabindex="0"]')!.focus();
    await sendKeys({ press: 'n' });
    await settle(el);
    const focusedId = () => el.shadowRoot!.activeElement?.getAttribute('data-event');
    expect(focusedId()).to.equal(inTimeOrder[0]!.id);
    await sendKeys({ press: 'n' });
    await settle(el);
    expect(focusedId()).to.equal(inTimeOrder[1]!.id);
    expect(el.shadowRoot!.querySelector('[part="details"] h2')!.textContent).to.equal(inTimeOrder[1]!.title);
    await sendKeys({ press: 'p' });
    await settle(el);
    expect(focusedId()).to.equal(inTimeOrder[0]!.id);
  });

  it('names the next target as the article reads it', async () => {
    const el = await timelineFixture(idlib2019.events, { gaps: 'linear' });
    el.select('shoigu-akar-ankara-2019');
    await settle(el);
    expect(button(el, 'next').getAttribute('aria-label')).to.equal('Next: Tripartite summit on Syria in Sochi, 14 February 2019');
  });
});

describe('<conflict-timeline> zoom anchor', () => {
  it('zooms in around the view centre right after load', async () => {
    const el = await timelineFixture(idlib2019.events, { gaps: 'linear' });
    const before = el.view;
    el.zoomIn();
    await settle(el);
    expect(span(el.view)).to.be.closeTo(span(before) / 2, span(before) * 0.01);
    expect(centre(el.view)).to.be.closeTo(centre(before), span(before) * 0.01);
  });

  it('zooms in around the selected event, which stays where it is on screen', async () => {
    const el = await timelineFixture(idlib2019.events, { gaps: 'linear' });
    el.select('sochi-memorandum-2018');
    await settle(el);
    const x = markX(el, 'sochi-memorandum-2018');
    for (let i = 0; i < 4; i++) {
      el.zoomIn();
      await settle(el);
      expect(markX(el, 'sochi-memorandum-2018')).to.be.closeTo(x, 2);
    }
  });

  it('zooms with + around the mark that holds focus', async () => {
    const el = await timelineFixture(idlib2019.events, { gaps: 'linear' });
    el.shadowRoot!.querySelector<SVGGElement>('g.mark[tabindex="0"]')!.focus();
    await sendKeys({ press: 'End' });
    await settle(el);
    const id = inTimeOrder.at(-1)!.id;
    const at = timeAt(el, markX(el, id));
    await sendKeys({ press: '+' });
    await settle(el);
    expect(Math.abs(timeAt(el, markX(el, id)) - at)).to.be.below(span(el.view) * 0.01);
  });
});
