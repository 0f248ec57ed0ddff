import { expect } from '@open-wc/testing';
import { AcceptedRecords } from '../../src/model/accepted-records.js';
import { assignEventIds, assignEventIdsStepwise } from '../../src/model/assign-event-ids.js';
import { parseEventDate } from '../../src/model/parse-event-date.js';
import { makeTimelineEvent } from '../../src/model/make-timeline-event.js';
import { runToEnd } from '../../src/model/stepwise.js';
import type { EventDate } from '../../src/model/event-date.js';

function date(text: string): EventDate {
  const parsed = parseEventDate(text);
  if (!parsed) throw new Error(`${text} is not a date`);
  return parsed;
}

describe('accepted records', () => {
  const sept17 = date('2018-09-17');
  const sept20 = date('2018-09-20');
  const fall = date('2017-23');
  const sources = [{ name: 'Radio Free Europe' }];

  /** Room for five, three accepted (records 1 and 3 of the input were rejected). */
  function threeOfFive(): AcceptedRecords {
    const accepted = new AcceptedRecords(5);
    accepted.add(0, 'deal', 'The September deal', sept17, undefined, ['Russia', 'Turkey'], sources, undefined);
    accepted.add(2, undefined, 'Talks in Ankara', sept17, sept20, [], [], undefined);
    accepted.add(4, 'zones', 'De-escalation zones', fall, undefined, [], [], { description: 'Agreed last fall', dateText: 'last fall' });
    return accepted;
  }

  it('counts the records added, not the room made for them', () => {
    const accepted = threeOfFive();
    expect(accepted.count).to.equal(3);
    expect(accepted.indices.slice(0, accepted.count)).to.deep.equal([0, 2, 4]);
  });

  it('asks for one id per record added, as the same requests as objects would', () => {
    const accepted = threeOfFive();
    const asObjects = assignEventIds([
      { index: 0, given: 'deal' },
      { index: 2, given: undefined },
      { index: 4, given: 'zones' },
    ]);
    expect(runToEnd(assignEventIdsStepwise(accepted, 1))).to.deep.equal(asObjects);
    expect(asObjects.ids).to.deep.equal(['deal', 'event-2', 'zones']);
  });

  it('makes each record the event its parts make, in either form, with the times the event has', () => {
    const accepted = threeOfFive();
    const expected = [
      makeTimelineEvent('deal', 'The September deal', sept17, undefined, ['Russia', 'Turkey'], sources),
      makeTimelineEvent('event-2', 'Talks in Ankara', sept17, sept20, [], []),
      makeTimelineEvent('zones', 'De-escalation zones', fall, undefined, [], [], { description: 'Agreed last fall', dateText: 'last fall' }),
    ];
    const ids = ['deal', 'event-2', 'zones'];
    for (let k = 0; k < 3; k++) {
      const event = accepted.event(k, ids[k]!);
      expect(event).to.deep.equal(expected[k]);
      expect(Object.keys(event)).to.deep.equal(Object.keys(expected[k]!));
      expect(accepted.from(k)).to.equal(event.from);
      expect(accepted.to(k)).to.equal(event.to);
    }
    expect(accepted.to(1)).to.equal(Date.UTC(2018, 8, 21) - 1);
    expect(accepted.event(2, 'zones').description).to.equal('Agreed last fall');
  });
});
