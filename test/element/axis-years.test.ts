/**
 * The axis as a reader sees it: years before AD 1 named with their era, no year padded with zeros, and
 * an empty or wholly rejected load saying it is empty over an axis with no years.
 */
import { expect } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { setEvents, shadow } from './data-support.js';
import { timelineFixture } from '../support/timeline-fixture.js';

const ANCIENT_TO_FUTURE = [
  { start: '-0710', title: 'Sargon II takes Ashdod' },
  { start: '-0538', title: 'The Cyrus Cylinder' },
  { start: '0256', title: 'Dura-Europos falls' },
  { start: '0762', title: 'Baghdad founded' },
  { start: '2127', title: 'A treaty expires' },
];

function tickLabels(el: ConflictTimeline): string[] {
  return [...shadow(el).querySelectorAll('[part~="axis"] .tick text')].map((text) => text.textContent!.trim());
}

function emptyNote(el: ConflictTimeline): string | undefined {
  return shadow(el).querySelector('p.empty')?.textContent?.trim();
}

describe('the axis from 711 BC to AD 2127', () => {
  it('names the era on every year and pads none', async () => {
    const el = await timelineFixture(ANCIENT_TO_FUTURE, { gaps: 'linear' });
    const labels = tickLabels(el);
    expect(labels.length).to.be.at.least(4);
    expect(labels.some((label) => / BC$/.test(label)), labels.join(' | ')).to.equal(true);
    for (const label of labels) {
      expect(label, labels.join(' | ')).to.match(/^\d+ (BC|AD)$/);
      expect(label, labels.join(' | ')).not.to.match(/^0/);
    }
    // Round years on both sides of the era: 200 BC rather than 201 BC.
    const years = labels.map((label) => Number(label.split(' ')[0]));
    expect(years.filter((year) => year !== 1).every((year) => year % 100 === 0), labels.join(' | ')).to.equal(true);
  });

  it('speaks the era in Turkish, Russian and Arabic', async () => {
    const bc = { tr: 'MÖ', ru: 'до н. э.', ar: 'ق.م' } as const;
    for (const [locale, word] of Object.entries(bc)) {
      const el = await timelineFixture(ANCIENT_TO_FUTURE, { locale, gaps: 'linear' });
      const labels = tickLabels(el);
      expect(labels.some((label) => label.includes(word)), `${locale}: ${labels.join(' | ')}`).to.equal(true);
      for (const label of labels) expect(label, locale).not.to.match(/(^|\s)0\d/);
    }
  });

  it('has years under 1000 after AD 1 unpadded when no year BC is in view', async () => {
    const el = await timelineFixture([
      { start: '0256', title: 'Dura-Europos falls' },
      { start: '0762', title: 'Baghdad founded' },
    ], { gaps: 'linear' });
    const labels = tickLabels(el);
    expect(labels.length).to.be.at.least(3);
    for (const label of labels) expect(label, labels.join(' | ')).to.match(/^[1-9]\d{2}$/);
  });
});

describe('an empty timeline', () => {
  it('says it is empty over an axis with no years', async () => {
    const el = await timelineFixture();
    await setEvents(el, []);
    expect(emptyNote(el)).to.equal('No events to show.');
    expect(tickLabels(el).filter((label) => label !== '')).to.deep.equal([]);
    expect(shadow(el).querySelector('[part~="axis"]')).to.not.equal(null);
  });

  it('says so, with no years, when every record was rejected', async () => {
    const el = await timelineFixture();
    const detail = await setEvents(el, [{ title: 'No date' }, { start: 'sometime', title: 'No real date' }]);
    expect(detail.accepted).to.equal(0);
    expect(detail.rejected).to.have.length(2);
    expect(emptyNote(el)).to.equal('No events to show.');
    expect(tickLabels(el)).to.deep.equal([]);
  });

  it('draws years again once events come', async () => {
    const el = await timelineFixture();
    await setEvents(el, []);
    await setEvents(el, ANCIENT_TO_FUTURE);
    expect(emptyNote(el)).to.equal(undefined);
    expect(tickLabels(el).length).to.be.at.least(4);
  });
});
