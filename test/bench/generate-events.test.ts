import { expect } from '@open-wc/testing';
import { ACTORS, generateEvents } from '../../bench/generate-events.js';
import { validateEvents } from '../../src/model/validate-events.js';

// The benchmark compares libraries on these records, so they must be the same in every run and engine.
describe('bench generator', () => {
  it('gives the same events for the same seed, and other events for another', () => {
    expect(generateEvents(500, 42)).to.deep.equal(generateEvents(500, 42));
    expect(generateEvents(500, 43)).to.not.deep.equal(generateEvents(500, 42));
    const [first] = generateEvents(1, 20110315);
    expect(first).to.deep.equal(generateEvents(1, 20110315)[0]);
  });

  it('makes valid events in 2011-2019 on the five lanes', () => {
    const records = generateEvents(2000, 7);
    const set = validateEvents(records, []);
    expect(set.rejected).to.have.length(0);
    expect(set.events).to.have.length(2000);
    for (const event of set.events) {
      expect(event.from).to.be.at.least(Date.UTC(2011, 0, 1));
      expect(event.to).to.be.below(Date.UTC(2020, 0, 1));
      expect(ACTORS).to.include(event.actors[0]);
    }
    expect(records.some((r) => r.end)).to.equal(true);
  });

  it('gives the same events with short titles: each title is the place its realistic title names', () => {
    const realistic = generateEvents(300, 11);
    const short = generateEvents(300, 11, { titles: 'short' });
    expect(short.map(({ title: _title, ...rest }) => rest)).to.deep.equal(realistic.map(({ title: _title, ...rest }) => rest));
    short.forEach((record, i) => {
      expect(record.title.length).to.be.below(realistic[i].title.length);
      expect(realistic[i].title).to.contain(record.title);
    });
  });
});
