import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { safeLink } from '../../src/model/safe-url.js';

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

/** The href safeLink keeps, or undefined when it refuses the value. */
function safeHref(value: unknown): string | undefined {
  return safeLink(value)?.href;
}

function platformHref(text: string): string | undefined {
  try {
    return new URL(text).href;
  } catch {
    return undefined;
  }
}

describe('safeLink', () => {
  for (const value of UNSAFE) {
    it(`drops ${JSON.stringify(value)}`, () => {
      expect(safeHref(value)).to.equal(undefined);
    });
  }

  it('keeps http, https and mailto links, trimmed and normalised', () => {
    expect(safeHref('https://example.org/a?b=c#d')).to.equal('https://example.org/a?b=c#d');
    expect(safeHref('  HTTP://Example.ORG  ')).to.equal('http://example.org/');
    expect(safeHref('HtTpS://example.org/a b')).to.equal('https://example.org/a%20b');
    expect(safeHref('mailto:desk@example.org')).to.equal('mailto:desk@example.org');
    expect(safeHref('MAILTO:desk@example.org')).to.equal('mailto:desk@example.org');
  });

  it('names a web link by its host without www., and a mail link by its address', () => {
    expect(safeLink('https://www.example.org/report')?.name).to.equal('example.org');
    expect(safeLink('HTTPS://WWW.Example.org:8443/report')?.name).to.equal('example.org');
    expect(safeLink('mailto:desk%40example.org')?.name).to.equal('desk@example.org');
    expect(safeLink('mailto:%E0%A4%A')?.name).to.equal('%E0%A4%A');
  });

  it('gives the href the platform URL parser gives, for every http(s) link it keeps', () => {
    const tricky = [
      'https://example.org', 'https://example.org?x=1', 'https://example.org#top', 'https://www.example.org/a/b.html',
      'https://Example.org/A', 'https://example.org:443/', 'http://example.org:80/x', 'https://example.org/a/../b',
      'https://example.org/a/./b', 'https://example.org/%2e%2e/b', 'https://1.2.3.4/', 'https://example.123/',
      'https://0x7f.example/', 'https://xn--nxasmq6b.com/', 'https://ex_ample.org/', "https://example.org/it's?q='a'",
      'https://example.org/a b', 'https://example.org/ü', 'https://user:pw@example.org/', 'https://example.org/a\\b',
      'https://exa--mple.org/', 'https://example.org/?a=<b>#c`d', 'https://a.b.c.example.org/x?y#z?w#v',
    ];
    const urls = fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true, validSchemes: ['http', 'https'] }),
      fc.constantFrom(...tricky),
    );
    fc.assert(
      fc.property(urls, (text) => {
        expect(safeHref(text), text).to.equal(platformHref(text));
      }),
      { numRuns: 1000, seed: 23 },
    );
  });

  it('whatever it returns is an http(s) or mailto URL with no controls or whitespace', () => {
    fc.assert(
      fc.property(fc.oneof(fc.webUrl(), fc.string(), fc.string({ unit: fc.constantFrom(...'javscript:hte/\t\n %&#;'.split('')) })), (text) => {
        const href = safeHref(text);
        if (href === undefined) return;
        expect(/^(https?|mailto):/.test(href), href).to.equal(true);
        expect(/[\s\u0000-\u001f]/.test(href), href).to.equal(false);
        expect(new URL(href).href).to.equal(href);
      }),
      { numRuns: 500, seed: 17 },
    );
  });
});
