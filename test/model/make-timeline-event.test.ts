import { expect } from '@open-wc/testing';
import { makeTimelineEvent } from '../../src/model/make-timeline-event.js';
import { validateEvents } from '../../src/model/validate-events.js';

const FULL_KEYS = ['id', 'title', 'start', 'end', 'openStart', 'openEnd', 'description', 'actors', 'category', 'dateText', 'dateNote', 'sources', 'reported', 'confidence', 'dateClaims', 'fields', 'from', 'to'];

describe('the two forms of an event', () => {
  const { events } = validateEvents([
    { id: 'day', start: '2018-09-17', title: 'A day', actors: ['Russia'] },
    { id: 'span', start: '2018-09-17', end: '2018-09-20', title: 'A span' },
    { id: 'told', start: '2018-09-17', title: 'Described', description: 'More words' },
    { id: 'open', start: '2018-09-17', end: '..', title: 'Ongoing' },
  ]);
  const byId = (id: string) => events.find((e) => e.id === id)!;

  it('holds only the usual parts for an event that has no others, its times read from its dates', () => {
    const day = byId('day');
    expect(Object.keys(day)).to.deep.equal(['id', 'title', 'start', 'end', 'actors', 'sources']);
    expect(day.from).to.equal(Date.UTC(2018, 8, 17));
    expect(day.to).to.equal(Date.UTC(2018, 8, 18) - 1);
    const span = byId('span');
    expect(span.from).to.equal(Date.UTC(2018, 8, 17));
    expect(span.to).to.equal(Date.UTC(2018, 8, 21) - 1);
    expect(span.description).to.equal(undefined);
    expect(span.openEnd).to.equal(undefined);
  });

  it('keeps every key in one order for an event with any rare part', () => {
    expect(Object.keys(byId('told'))).to.deep.equal(FULL_KEYS);
    expect(byId('told').description).to.equal('More words');
    expect(Object.keys(byId('open'))).to.deep.equal(FULL_KEYS);
    expect(byId('open').openEnd).to.equal('open');
  });

  it('reads, compares and writes as JSON alike in both forms', () => {
    const day = byId('day');
    const { start, actors, sources } = day;
    const asObject = { id: 'day', title: 'A day', start, end: undefined, actors, sources, from: day.from, to: day.to };
    expect(day).to.deep.equal(asObject);
    expect(JSON.stringify(day)).to.equal(JSON.stringify(asObject));
    const full = makeTimelineEvent('day', 'A day', start, undefined, actors, sources, { description: 'x' });
    expect(JSON.parse(JSON.stringify(full))).to.deep.equal({ ...JSON.parse(JSON.stringify(day)), description: 'x' });
    const keys: string[] = [];
    for (const key in day) keys.push(key);
    expect(keys).to.include.members(['from', 'to']);
  });

  it('is the plain form when the rare parts given are all absent', () => {
    const { start } = byId('day');
    const event = makeTimelineEvent('x', 'X', start, undefined, [], [], { description: undefined, fields: undefined });
    expect(Object.keys(event)).to.deep.equal(['id', 'title', 'start', 'end', 'actors', 'sources']);
    expect(event.to).to.equal(start.latest);
  });
});
