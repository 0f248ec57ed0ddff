import { expect } from '@open-wc/testing';
import { MAX_FIELD_LENGTH, MAX_FIELDS } from '../../src/model/read-fields.js';
import { validateEvents } from '../../src/model/validate-events.js';

describe("a record's other columns (fields)", () => {
  it('keeps fields and top-level values the format does not name, as text; declared fields win', () => {
    const [event] = validateEvents([{ start: '2020-05-09', title: 'a', admin1: 'Hama', fatalities: 3, fields: { admin1: 'Idlib', location: ' Saraqib ' } }]).events;
    expect([...event!.fields!]).to.deep.equal([
      ['admin1', 'Idlib'],
      ['fatalities', '3'],
      ['location', 'Saraqib'],
    ]);
  });

  it('leaves out empty values, objects and lists, and gives no map to a record without fields', () => {
    const [plain, odd] = validateEvents([
      { start: '2020-05-09', title: 'a' },
      { start: '2020-05-10', title: 'b', blank: '  ', nested: { a: 1 }, list: ['x'], nan: Number.NaN },
    ]).events;
    expect(plain!.fields).to.equal(undefined);
    expect(odd!.fields).to.equal(undefined);
  });

  it('keeps a column called __proto__ as a field, without touching any prototype', () => {
    const record = JSON.parse('{"start":"2020-05-09","title":"a","__proto__":"x","fields":{"constructor":"y"}}');
    const [event] = validateEvents([record]).events;
    expect(event!.fields!.get('__proto__')).to.equal('x');
    expect(event!.fields!.get('constructor')).to.equal('y');
    expect(({} as Record<string, unknown>)['x']).to.equal(undefined);
  });

  it(`keeps at most ${MAX_FIELDS} fields of at most ${MAX_FIELD_LENGTH} characters`, () => {
    const fields = Object.fromEntries(Array.from({ length: MAX_FIELDS + 10 }, (_, i) => [`c${i}`, 'v'.repeat(MAX_FIELD_LENGTH + 5)]));
    const [event] = validateEvents([{ start: '2020-05-09', title: 'a', fields }]).events;
    expect(event!.fields!.size).to.equal(MAX_FIELDS);
    expect(event!.fields!.get('c0')).to.have.length(MAX_FIELD_LENGTH);
  });
});
