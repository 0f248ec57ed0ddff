import { expect } from '@open-wc/testing';
import { prepareTimeline } from '../../src/layout/prepare-timeline.js';
import { validateEvents } from '../../src/model/validate-events.js';

describe('PreparedTimeline.byId', () => {
  const eventSet = validateEvents([
    { id: 'sochi', start: '2019-02-14', title: 'Sochi summit' },
    { id: 'protests', start: '2011-03', title: 'Protests' },
    { start: '2018-09-17', title: 'Idlib deal' },
    { id: 'ankara', start: '2019-02-11', title: 'Ankara meeting' },
  ]);
  const prepared = prepareTimeline(eventSet);
  const map = new Map(eventSet.events.map((event) => [event.id, event]));

  it('answers as a map of each event by its id', () => {
    expect(prepared.byId.size).to.equal(4);
    for (const event of eventSet.events) {
      expect(prepared.byId.get(event.id)).to.equal(event);
      expect(prepared.byId.has(event.id)).to.equal(true);
    }
    expect(prepared.byId.get('nothing')).to.equal(undefined);
    expect(prepared.byId.has('nothing')).to.equal(false);
    expect([...prepared.byId]).to.deep.equal([...map]);
    expect([...prepared.byId.keys()]).to.deep.equal([...map.keys()]);
    expect([...prepared.byId.values()]).to.deep.equal([...map.values()]);
    const seen: string[] = [];
    prepared.byId.forEach((event, id) => seen.push(`${id}:${event.title}`));
    expect(seen).to.deep.equal([...map].map(([id, event]) => `${id}:${event.title}`));
  });

  it('and orderOf gives each id its place in time order', () => {
    expect([...prepared.orderOf]).to.deep.equal(eventSet.events.map((event, i) => [event.id, i]));
    expect(eventSet.events[prepared.orderOf.get('sochi')!]!.title).to.equal('Sochi summit');
  });
});
