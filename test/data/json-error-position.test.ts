import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { jsonErrorPosition } from '../../src/data/json-error-position.js';

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe('jsonErrorPosition', () => {
  it('finds nothing wrong with valid JSON', () => {
    expect(jsonErrorPosition(' {"a": [1, -2.5e3, true, null, "x\\u00e9\\n"], "b": {}} ')).to.equal(undefined);
  });

  it('points at a trailing comma, on the right line', () => {
    expect(jsonErrorPosition('{\n  "events": [\n    {"title": "x"},\n  ]\n}')).to.deep.equal({ line: 4, column: 3 });
  });

  it('points at unquoted keys, unterminated strings, bad escapes and trailing text', () => {
    expect(jsonErrorPosition("{title: 'x'}")).to.deep.equal({ line: 1, column: 2 });
    expect(jsonErrorPosition('["abc')).to.deep.equal({ line: 1, column: 6 });
    expect(jsonErrorPosition('["a\\x"]')).to.deep.equal({ line: 1, column: 4 });
    expect(jsonErrorPosition('[1] [2]')).to.deep.equal({ line: 1, column: 5 });
    expect(jsonErrorPosition('')).to.deep.equal({ line: 1, column: 1 });
    expect(jsonErrorPosition('01')).to.deep.equal({ line: 1, column: 2 });
  });

  it('agrees with JSON.parse on which texts are valid', () => {
    const damaged = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', ']', '}', '"', ':', ' ', 'x'))
      .map(([json, at, insert]) => {
        const cut = at % (json.length + 1);
        return json.slice(0, cut) + insert + json.slice(cut + (insert === '' ? 1 : 0));
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), damaged), (text) => (jsonErrorPosition(text) === undefined) === parses(text)),
      { numRuns: 2000 },
    );
  });
});
