// Level 2 sets against the reference parser (npm `edtf`, level 2) over generated sets. Where the two
// differ, the difference is written down below and checked, so a change on either side shows.
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import edtf from 'edtf';
import type { EdtfValue } from 'edtf';
import { parseEventDate } from '../../src/model/parse-event-date.js';

const PROPERTY = { numRuns: 300, seed: 20180917, includeErrorInReport: true };
const LEVEL_2 = { level: 2 } as const;
const pad = (value: number, width: number) => String(value).padStart(width, '0');

function daysIn(year: number, month: number): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month, 0);
  return date.getUTCDate();
}

const year = fc.integer({ min: 1000, max: 2999 });
const month = fc.integer({ min: 1, max: 12 });
const dayDate = fc.tuple(year, month, fc.integer({ min: 1, max: 31 })).map(([y, m, d]) => `${y}-${pad(m, 2)}-${pad(Math.min(d, daysIn(y, m)), 2)}`);
const monthDate = fc.tuple(year, month).map(([y, m]) => `${y}-${pad(m, 2)}`);
const member = fc.oneof(dayDate, monthDate, year.map(String));
/** Distinct members, written in time order: where `edtf` and we agree on what a set is. */
const orderedMembers = fc.uniqueArray(member, { minLength: 2, maxLength: 6 }).map((members) =>
  [...members].sort((a, b) => parseEventDate(a)!.earliest - parseEventDate(b)!.earliest || parseEventDate(a)!.latest - parseEventDate(b)!.latest),
);

function reference(text: string): EdtfValue {
  return edtf(text, LEVEL_2);
}

describe('EDTF level 2 sets agree with the reference parser (edtf, level 2)', () => {
  it('on what is a set, its kind and its earliest instant', () => {
    fc.assert(
      fc.property(orderedMembers, fc.boolean(), (members, oneOf) => {
        const text = oneOf ? `[${members.join(',')}]` : `{${members.join(',')}}`;
        const ours = parseEventDate(text);
        const theirs = reference(text);
        expect(ours?.set?.kind).to.equal(oneOf ? 'one-of' : 'all-of');
        expect(theirs.type).to.equal(oneOf ? 'Set' : 'List');
        expect(ours!.earliest).to.equal(theirs.min);
      }),
      PROPERTY,
    );
  });

  it('on the latest instant, where the last written member ends last', () => {
    fc.assert(
      fc.property(orderedMembers, (members) => {
        const text = `[${members.join(',')}]`;
        const ours = parseEventDate(text)!;
        const lastEnds = Math.max(...members.map((m) => parseEventDate(m)!.latest));
        fc.pre(parseEventDate(members[members.length - 1]!)!.latest === lastEnds);
        expect(ours.latest).to.equal(reference(text).max);
      }),
      PROPERTY,
    );
  });

  it('on open sets: [..a] and [a..]', () => {
    fc.assert(
      fc.property(member, (date) => {
        const before = reference(`[..${date}]`);
        const after = reference(`[${date}..]`);
        // `edtf` gives the unbounded side as ±Infinity; we place the date where it is known, and say "or earlier".
        expect(before.min).to.equal(-Infinity);
        expect(after.max).to.equal(Infinity);
        const ours = parseEventDate(`[..${date}]`)!;
        expect(ours.set!.earlier).to.equal(true);
        expect(ours.latest).to.equal(before.max);
        expect(parseEventDate(`[${date}..]`)!.earliest).to.equal(after.min);
      }),
      PROPERTY,
    );
  });
});

describe('EDTF level 2 sets: where we depart from the reference parser, on purpose', () => {
  it('members out of order: edtf takes min and max from the first and last written; we from time', () => {
    const text = '[2019-03,2019-01]';
    expect(reference(text).max).to.be.below(reference(text).min); // an "earliest" after its "latest"
    const ours = parseEventDate(text)!;
    expect(ours.earliest).to.equal(Date.UTC(2019, 0, 1));
    expect(ours.latest).to.equal(Date.UTC(2019, 3, 1) - 1);
  });

  it('a run a..b: edtf ends it at the end of a (its max is the first date\'s); we at the end of b', () => {
    const text = '[2018-09-17..2018-09-20]';
    expect(reference(text).max).to.equal(Date.UTC(2018, 8, 18) - 1);
    expect(parseEventDate(text)!.latest).to.equal(Date.UTC(2018, 8, 21) - 1);
  });

  it('a run that ends before it starts: edtf accepts it; we refuse it', () => {
    expect(reference('[2019-03..2019-01]').type).to.equal('Set');
    expect(parseEventDate('[2019-03..2019-01]')).to.equal(undefined);
  });

  it('an all-of set that runs on: edtf accepts {..2019}; we ask for the interval ../2019', () => {
    expect(reference('{..2019}').min).to.equal(-Infinity);
    expect(parseEventDate('{..2019}')).to.equal(undefined);
  });

  it('[..2019-02-14].min: the issue found it throwing; this edtf (4.x) answers -Infinity, and we place the date at 14 February', () => {
    expect(() => reference('[..2019-02-14]').min).to.not.throw();
    expect(parseEventDate('[..2019-02-14]')!.earliest).to.equal(Date.UTC(2019, 1, 14));
  });

  it('date-times in a set: refused by both (sets hold calendar dates)', () => {
    expect(() => reference('[2019-02-14T10:00:00Z,2019-02-15]')).to.throw();
    expect(parseEventDate('[2019-02-14T10:00:00Z,2019-02-15]')).to.equal(undefined);
  });
});
