import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { safeUrl } from '../../src/model/safe-url.js';

const UNSAFE = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  '\u0000javascript:alert(1)',
  'javascript\u0000:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'vbscript:msgbox(1)',
  '//evil.example',
  '&#106;avascript:alert(1)',
  '%6Aavascript:alert(1)',
  'https\t://example.org',
  'ht\ntps://example.org',
  'file:///etc/passwd',
  'blob:https://example.org/x',
  '/relative/path',
  'example.org',
  'http://',
  'https:///',
  '',
  42,
  null,
  { href: 'https://example.org' },
];

describe('safeUrl', () => {
  for (const value of UNSAFE) {
    it(`drops ${JSON.stringify(value)}`, () => {
      expect(safeUrl(value)).to.equal(undefined);
    });
  }

  it('keeps http, https and mailto links, trimmed and normalised', () => {
    expect(safeUrl('https://example.org/a?b=c#d')).to.equal('https://example.org/a?b=c#d');
    expect(safeUrl('  HTTP://Example.ORG  ')).to.equal('http://example.org/');
    expect(safeUrl('HtTpS://example.org/a b')).to.equal('https://example.org/a%20b');
    expect(safeUrl('mailto:desk@example.org')).to.equal('mailto:desk@example.org');
    expect(safeUrl('MAILTO:desk@example.org')).to.equal('mailto:desk@example.org');
  });

  it('whatever it returns is an http(s) or mailto URL with no controls or whitespace', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string(), fc.string({ unit: fc.constantFrom(...'javscript:hte/\t\n %&#;'.split('')) })), (text) => {
        const href = safeUrl(text);
        if (href === undefined) return;
        expect(/^(https?|mailto):/.test(href), href).to.equal(true);
        expect(/[\s\u0000-\u001f]/.test(href), href).to.equal(false);
        expect(new URL(href).href).to.equal(href);
      }),
      { numRuns: 500, seed: 17 },
    );
  });
});
