import { expect } from '@open-wc/testing';
import { settle, timelineFixture } from '../support/timeline-fixture.js';

const EVENTS = [{ id: 'sochi', start: '2018-09-17', title: 'Sochi memorandum', actors: 'Russia' }];
/** Every colour token the element reads, with a value no theme uses. */
const TOKENS: ReadonlyArray<[string, string]> = [
  ['--ct-bg', 'rgb(1, 2, 3)'],
  ['--ct-surface', 'rgb(4, 5, 6)'],
  ['--ct-text', 'rgb(7, 8, 9)'],
  ['--ct-border', 'rgb(10, 11, 12)'],
];

describe('<conflict-timeline> theming tokens', () => {
  for (const [where, target] of [
    [':root', () => document.documentElement],
    ['an ancestor', (wrapper: HTMLElement) => wrapper],
  ] as const) {
    for (const theme of ['light', 'dark'] as const) {
      it(`takes --ct-* set on ${where} (${theme} theme)`, async () => {
        const el = await timelineFixture(EVENTS, { attributes: { theme } });
        const host = target(el.parentElement!);
        for (const [name, value] of TOKENS) host.style.setProperty(name, value);
        try {
          await settle(el);
          const style = getComputedStyle(el);
          expect(style.backgroundColor, '--ct-bg').to.equal('rgb(1, 2, 3)');
          expect(style.color, '--ct-text').to.equal('rgb(7, 8, 9)');
          expect(style.borderTopColor, '--ct-border').to.equal('rgb(10, 11, 12)');
          const toolbar = el.shadowRoot!.querySelector('[part~="toolbar"]')!;
          expect(getComputedStyle(toolbar).backgroundColor, '--ct-surface').to.equal('rgb(4, 5, 6)');
        } finally {
          for (const [name] of TOKENS) host.style.removeProperty(name);
        }
      });
    }
  }

  it('keeps its own theme where the page sets nothing', async () => {
    const light = await timelineFixture(EVENTS, { attributes: { theme: 'light' } });
    const dark = await timelineFixture(EVENTS, { attributes: { theme: 'dark' } });
    expect(getComputedStyle(light).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(dark).backgroundColor).to.equal('rgb(13, 17, 23)');
  });

  it('says once, in the console, which new name replaces an old lane colour name', async () => {
    const notes: string[] = [];
    const info = console.info;
    console.info = (...args: unknown[]) => notes.push(args.join(' '));
    document.documentElement.style.setProperty('--ct-lane-2-colour', 'rgb(1, 2, 3)');
    try {
      await timelineFixture(EVENTS);
      await timelineFixture(EVENTS);
    } finally {
      console.info = info;
      document.documentElement.style.removeProperty('--ct-lane-2-colour');
    }
    expect(notes).to.have.length(1);
    expect(notes[0]).to.contain('--ct-lane-2-colour').and.contain('use --ct-lane-2-color');
  });
});
