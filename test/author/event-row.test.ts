import { expect } from '@open-wc/testing';
import { recordOfRow, rowFromDraft, rowFromRecord, withDate } from '../../demo/author/event-row.js';

const DRAFT = {
  id: 'd1',
  title: 'Ministers met in Ankara on Monday.',
  description: 'Ministers met in Ankara on Monday.',
  start: '2019-02-11',
  dateText: 'on Monday',
  dateNote: "'on Monday' before 13 February 2019: 11 February 2019",
  offset: 19,
};

describe('event rows', () => {
  it('a draft becomes a row with its dates, wording and note', () => {
    const row = rowFromDraft(DRAFT, 'e1');
    expect(recordOfRow(row, '2019-02-13')).to.deep.equal({
      start: '2019-02-11',
      title: DRAFT.title,
      description: DRAFT.description,
      dateText: 'on Monday',
      dateNote: DRAFT.dateNote,
    });
  });

  it('a date set by hand drops the draft\'s note, which explained the draft\'s date; setting it back restores it', () => {
    const row = rowFromDraft(DRAFT, 'e1');
    const edited = withDate(row, 'start', '2019-02-12');
    expect(edited.dateNote).to.equal('');
    expect(withDate(edited, 'start', '2019-02-11').dateNote).to.equal(DRAFT.dateNote);
  });

  it('a note the journalist wrote stays when the date changes', () => {
    const row = { ...rowFromDraft(DRAFT, 'e1'), dateNote: 'RIA Novosti dates the meeting 11 February.' };
    expect(withDate(row, 'start', '2019-02-12').dateNote).to.equal('RIA Novosti dates the meeting 11 February.');
  });

  it('a record of any shape becomes text fields; what is not a date stays visible for validation to name', () => {
    const row = rowFromRecord(
      { id: 7, start: Date.UTC(2019, 1, 11), end: { year: 2019 }, title: 'T', actors: ['Russia', 'Turkey'], sources: ['RIA', { name: 'TASS', url: 'https://tass.ru' }], url: 'https://example.org' },
      'e1',
    );
    expect(row.id).to.equal('7');
    expect(row.start).to.equal('2019-02-11T00:00:00.000Z');
    expect(row.end).to.equal('{"year":2019}');
    expect(row.actors).to.equal('Russia, Turkey');
    expect(row.source).to.deep.equal({ name: 'RIA', url: '' });
    expect(row.moreSources).to.deep.equal([{ name: 'TASS', url: 'https://tass.ru' }, { name: '', url: 'https://example.org' }]);
  });

  it('blank fields are left out of the record, and actors are split as the package splits them', () => {
    const row = { ...rowFromDraft({ ...DRAFT, description: '  ' }, 'e1'), actors: 'Russia; Turkey, the Republic', dateNote: ' ' };
    const record = recordOfRow(row, '2019-02-13');
    expect(record.actors).to.deep.equal(['Russia', 'Turkey, the Republic']);
    expect(record).not.to.have.property('description');
    expect(record).not.to.have.property('dateNote');
  });

  it('a date typed in words is placed from the publication date, with the note of how', () => {
    const row = { ...rowFromDraft(DRAFT, 'e1'), start: 'on Monday', dateNote: '' };
    const record = recordOfRow(row, '2019-02-13');
    expect(record.start).to.equal('2019-02-11');
    expect(record.dateNote).to.be.a('string').and.not.equal('');
  });
});
