import { expect } from '@open-wc/testing';
import { acceptDraft, EMPTY_STATE, withDrafts, withText } from '../../demo/author/author-state.js';
import { loadState, saveState, STORAGE_KEY } from '../../demo/author/author-storage.js';

const DRAFTS = [
  { id: 'd1', title: 'On Monday.', description: 'On Monday.', start: '2019-02-11', dateText: 'on Monday', dateNote: 'the Monday before', offset: 0 },
  { id: 'd2', title: 'Soon.', description: 'Soon.', dateText: 'soon', dateNote: '', reason: 'no date', offset: 3 },
];

describe('the work kept in storage', () => {
  afterEach(() => localStorage.removeItem(STORAGE_KEY));

  it('comes back as it was saved', () => {
    const state = acceptDraft(withDrafts(withText(EMPTY_STATE, 'article', 'Text'), DRAFTS), 0);
    expect(saveState(localStorage, state)).to.equal(true);
    expect(loadState(localStorage)).to.deep.equal(state);
  });

  it('is empty when nothing, or something unreadable, was saved', () => {
    expect(loadState(localStorage)).to.deep.equal(EMPTY_STATE);
    localStorage.setItem(STORAGE_KEY, '{not json');
    expect(loadState(localStorage)).to.deep.equal(EMPTY_STATE);
    localStorage.setItem(STORAGE_KEY, JSON.stringify({ format: 99, state: {} }));
    expect(loadState(localStorage)).to.deep.equal(EMPTY_STATE);
  });

  it('keeps what it can of a state edited by hand, and gives new rows keys no row has', () => {
    localStorage.setItem(
      STORAGE_KEY,
      JSON.stringify({
        format: 1,
        state: { article: 42, published: '2019-02-13', rows: [{ key: 'e9', title: 'Kept', start: 7 }, { key: 'bad' }, null], drafts: [{ draft: DRAFTS[0], status: 'maybe' }], lastKey: -3 },
      }),
    );
    const state = loadState(localStorage);
    expect(state.article).to.equal('');
    expect(state.published).to.equal('2019-02-13');
    expect(state.rows.map((row) => [row.key, row.title, row.start])).to.deep.equal([['e9', 'Kept', '']]);
    expect(state.drafts).to.deep.equal([]);
    expect(state.lastKey).to.equal(9);
  });
});
