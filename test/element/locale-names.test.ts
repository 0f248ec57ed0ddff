import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';
import { loadLocalePack } from '../../src/element/load-locale-pack.js';

/** Names every plain object answers to: a language lookup must not find them. */
const OBJECT_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype'];

describe('language tags that are names of Object', () => {
  for (const tag of OBJECT_NAMES) {
    it(`locale="${tag}" falls back to English, says so, and draws`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width:900px"></div>`);
      const el = document.createElement('conflict-timeline') as ConflictTimeline;
      el.setAttribute('locale', tag);
      el.events = [{ id: 'x', start: '2018-09-17', title: 'Sochi memorandum' }];
      const changed = oneEvent(el, 'ct-locale-change');
      const warn = console.warn;
      console.warn = () => {};
      try {
        wrapper.append(el);
        expect((await changed).detail).to.deep.equal({ requested: tag, locale: 'en', fallback: true });
        await el.renderComplete;
      } finally {
        console.warn = warn;
      }
      expect(el.shadowRoot!.querySelector('g.mark[data-key="x"]')!.getAttribute('aria-label')).to.contain('17 September 2018');
    });

    it(`an ancestor's lang="${tag}" falls back to English too`, async () => {
      const warn = console.warn;
      console.warn = () => {};
      try {
        const resolution = await loadLocalePack(tag);
        expect(resolution.fallback).to.equal(true);
        expect(resolution.pack.tag).to.equal('en');
        const wrapper = await fixture<HTMLDivElement>(html`<div lang=${tag} style="width:900px"><conflict-timeline></conflict-timeline></div>`);
        const el = wrapper.querySelector('conflict-timeline')!;
        el.events = [{ id: 'x', start: '2018-09-17', title: 'Sochi memorandum' }];
        await el.renderComplete;
        expect(el.shadowRoot!.querySelector('[role="toolbar"]')!.getAttribute('lang')).to.equal('en');
      } finally {
        console.warn = warn;
      }
    });
  }
});
