import { expect } from '@open-wc/testing';
import { validateEvents } from '../../src/model/validate-events.js';
import { RepeatedValues } from '../../src/model/repeated-values.js';
import { readActors } from '../../src/model/read-actors.js';

describe('values records repeat', () => {
  const { events } = validateEvents([
    { id: 'a', start: '2018-09-17', title: 'A', actors: ['Russia', 'Turkey'] },
    { id: 'b', start: '2018-09-17', end: '2018-09-20', title: 'B', actors: 'Russia; Turkey' },
    { id: 'c', start: '2018-09-20', title: 'C', actors: ['Turkey', 'Russia'] },
    { id: 'd', start: '2018-09-20', title: 'D' },
  ]);
  const byId = (id: string) => events.find((e) => e.id === id)!;

  it('are one date shared by the events that give the same text', () => {
    expect(byId('a').start).to.equal(byId('b').start);
    expect(byId('b').end).to.equal(byId('c').start);
    expect(byId('a').start).not.to.equal(byId('c').start);
    expect(byId('c').start.text).to.equal('2018-09-20');
  });

  it('are one list of actors for the events that name the same, in the same order, frozen', () => {
    expect(byId('a').actors).to.equal(byId('b').actors);
    expect(byId('c').actors).to.deep.equal(['Turkey', 'Russia']);
    expect(byId('c').actors).not.to.equal(byId('a').actors);
    expect(Object.isFrozen(byId('a').actors)).to.equal(true);
    expect(() => (byId('a').actors as string[]).push('Iran')).to.throw(TypeError);
    expect(byId('b').actors).to.deep.equal(['Russia', 'Turkey']);
    expect(byId('d').actors).to.deep.equal([]);
  });

  it('read a text and a list of one name each as readActors does, whichever comes first: "A; B" is two names, ["A; B"] one', () => {
    for (const inputs of [['Russia; Turkey', ['Russia; Turkey'], 'Russia', ['Russia']], [['Russia; Turkey'], 'Russia; Turkey', ['Russia'], 'Russia']]) {
      const repeated = new RepeatedValues();
      for (const input of [...inputs, ...inputs]) {
        expect(repeated.readActors(input).actors, JSON.stringify(input)).to.deep.equal(readActors(input).actors);
      }
      expect(repeated.readActors('Russia').actors, 'a text and a list of the same one name share a list').to.equal(repeated.readActors(['Russia']).actors);
    }
  });
});
