import { expect } from '@open-wc/testing';
import { eventMatcher, filterEvents, foldForSearch, isEmptyFilter, normalizeFilter, valueCounts } from '../../src/model/event-filter.js';
import { validateEvents } from '../../src/model/validate-events.js';

const { events } = validateEvents([
  { id: 'a', start: '2020-05-09', title: 'Shelling near Saraqib', actors: ['Military Forces of Syria'], category: 'Explosions', fields: { admin1: 'İdlib' } },
  { id: 'b', start: '2020-05-10', title: 'Clashes', actors: ['Hayat Tahrir al-Sham', 'Military Forces of Syria'], category: 'Battles', description: 'In Idlib countryside' },
  { id: 'c', start: '2020-05-11', title: 'Protest in Ḥalab', actors: ['Protesters (Syria)'], category: 'Protests' },
  { id: 'd', start: '2020-05-12', title: 'Meeting', sources: [{ name: 'Anadolu Ajansı', url: 'https://aa.com.tr/' }] },
]);
const ids = (filter: Parameters<typeof filterEvents>[1]) => filterEvents(events, filter).map((event) => event.id);

describe('event filter', () => {
  it('folds case and accents, the Turkish dotted İ and Arabic vowel marks included', () => {
    expect(foldForSearch('İdlib')).to.equal('idlib');
    expect(foldForSearch('Ḥalab')).to.equal('halab');
    expect(foldForSearch('مُحَمَّد')).to.equal('محمد');
  });

  it('finds words in the title, description, fields and sources, every word required', () => {
    expect(ids({ text: 'idlib' })).to.deep.equal(['a', 'b']);
    expect(ids({ text: 'halab' })).to.deep.equal(['c']);
    expect(ids({ text: 'anadolu' })).to.deep.equal(['d']);
    expect(ids({ text: 'idlib clashes' })).to.deep.equal(['b']);
    expect(ids({ text: 'idlib protest' })).to.deep.equal([]);
  });

  it('keeps events with any chosen actor or kind, and combines them with the words', () => {
    expect(ids({ actors: ['Military Forces of Syria'] })).to.deep.equal(['a', 'b']);
    expect(ids({ actors: ['Military Forces of Syria'], categories: ['Battles'] })).to.deep.equal(['b']);
    expect(ids({ text: 'idlib', actors: ['Hayat Tahrir al-Sham'] })).to.deep.equal(['b']);
    expect(eventMatcher({ categories: ['Protests'] })(events[3]!)).to.equal(false);
  });

  it('returns the same array when the filter keeps everything', () => {
    expect(filterEvents(events, { text: '  ' })).to.equal(events);
    expect(isEmptyFilter({ actors: [] })).to.equal(true);
  });

  it('cleans what a page hands it: trimmed words, lists without blanks or repeats, anything else ignored', () => {
    expect(normalizeFilter({ text: ' Idlib ', actors: ['A', ' A', '', 3], categories: 'Battles', extra: 1 })).to.deep.equal({
      text: 'Idlib',
      actors: ['A'],
      categories: ['Battles'],
    });
    expect(normalizeFilter(null)).to.deep.equal({});
    expect(normalizeFilter('Idlib')).to.deep.equal({});
  });

  it('counts the choices, busiest first', () => {
    expect(valueCounts(events, (event) => event.actors)).to.deep.equal([
      { value: 'Military Forces of Syria', count: 2 },
      { value: 'Hayat Tahrir al-Sham', count: 1 },
      { value: 'Protesters (Syria)', count: 1 },
    ]);
  });
});
