import { expect } from '@open-wc/testing';
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import { csvStructureProblems } from '../../src/data/csv-structure.js';

const PROPERTY = { numRuns: 500, seed: 6 };
const cell = fc.string({ unit: fc.constantFrom('a', 'b', ' ', ',', '"', '\n', '\r\n', 'é'), maxLength: 8 });
const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 });

describe('csvStructureProblems', () => {
  it('finds nothing in any CSV written by the rules', () => {
    fc.assert(
      fc.property(rows, (table) => {
        const text = csvFormatRows(table);
        expect(csvStructureProblems(text), text).to.deep.equal([]);
      }),
      PROPERTY,
    );
  });

  it('finds a quote left open at the start of any field, on the row and line csvParseRows starts it', () => {
    fc.assert(
      fc.property(rows, fc.nat(), fc.nat(), (table, rowPick, cellPick) => {
        const row = rowPick % table.length;
        const column = cellPick % table[row]!.length;
        // Rows written by the rules (some over several lines), then one of plain fields with a quote opened in one.
        const before = table.slice(0, row).map((cells) => `${csvFormatRows([cells])}\n`).join('');
        const cells = table[row]!.map((value) => value.replace(/[",\r\n]/g, 'x'));
        cells[column] = `"${cells[column]!}`;
        const text = `${before}${cells.join(',')}`;
        const line = 1 + (before.match(/\r\n?|\n/g)?.length ?? 0);
        expect(csvStructureProblems(text), text).to.deep.equal([{ kind: 'unclosed-quote', row, line, lastLine: line }]);
        expect(csvParseRows(text), text).to.have.length(row + 1);
      }),
      PROPERTY,
    );
  });

  it('finds text after a closing quote on the field where csvParseRows splits it', () => {
    const text = 'a,b\n"x"y,z\n"ok",w';
    expect(csvParseRows(text)[1]).to.deep.equal(['x', '', 'z']); // the "y" is lost and the row gains a field
    expect(csvStructureProblems(text)).to.deep.equal([{ kind: 'text-after-quote', row: 1, line: 2, field: 1 }]);
  });
});
