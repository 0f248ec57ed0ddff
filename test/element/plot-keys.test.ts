import { expect } from '@open-wc/testing';
import { plotKeyAction, type PlotKeyState } from '../../src/element/plot-keys.js';
import type { KeyPress } from '../../src/element/story-keys.js';

const key = (k: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key: k,
  code: '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});
const onEvent: PlotKeyState = { count: 10, at: 4, onEvent: true, rtl: false, hasSelection: false };
const beforeEvent: PlotKeyState = { ...onEvent, onEvent: false };

describe('plotKeyAction: the plot key map', () => {
  it('steps through events in time order with the arrows, Left and Right following the screen', () => {
    expect(plotKeyAction(key('ArrowRight'), onEvent)).to.deep.equal({ kind: 'focus', index: 5 });
    expect(plotKeyAction(key('ArrowLeft'), onEvent)).to.deep.equal({ kind: 'focus', index: 3 });
    expect(plotKeyAction(key('ArrowDown'), onEvent)).to.deep.equal({ kind: 'focus', index: 5 });
    expect(plotKeyAction(key('ArrowUp'), onEvent)).to.deep.equal({ kind: 'focus', index: 3 });
    const rtl = { ...onEvent, rtl: true };
    expect(plotKeyAction(key('ArrowRight'), rtl)).to.deep.equal({ kind: 'focus', index: 3 });
    expect(plotKeyAction(key('ArrowLeft'), rtl)).to.deep.equal({ kind: 'focus', index: 5 });
    expect(plotKeyAction(key('ArrowDown'), rtl)).to.deep.equal({ kind: 'focus', index: 5 });
  });

  it('from a cluster (standing before an event), a step forward reaches that event and a step back the one before', () => {
    expect(plotKeyAction(key('ArrowRight'), beforeEvent)).to.deep.equal({ kind: 'focus', index: 4 });
    expect(plotKeyAction(key('ArrowDown'), beforeEvent)).to.deep.equal({ kind: 'focus', index: 4 });
    expect(plotKeyAction(key('ArrowLeft'), beforeEvent)).to.deep.equal({ kind: 'focus', index: 3 });
    expect(plotKeyAction(key('ArrowLeft'), { ...beforeEvent, rtl: true })).to.deep.equal({ kind: 'focus', index: 4 });
  });

  it('stays within the events at both ends, and has nothing to focus when there are none', () => {
    expect(plotKeyAction(key('ArrowUp'), { ...onEvent, at: 0 })).to.deep.equal({ kind: 'focus', index: 0 });
    expect(plotKeyAction(key('ArrowDown'), { ...onEvent, at: 9 })).to.deep.equal({ kind: 'focus', index: 9 });
    expect(plotKeyAction(key('ArrowRight'), { ...beforeEvent, at: 10 })).to.deep.equal({ kind: 'focus', index: 9 });
    expect(plotKeyAction(key('Home'), onEvent)).to.deep.equal({ kind: 'focus', index: 0 });
    expect(plotKeyAction(key('End'), onEvent)).to.deep.equal({ kind: 'focus', index: 9 });
    expect(plotKeyAction(key('ArrowRight'), { ...onEvent, count: 0, at: 0 })).to.equal(undefined);
  });

  it('zooms with + = - _ and fits with 0', () => {
    for (const k of ['+', '=']) expect(plotKeyAction(key(k), onEvent)).to.deep.equal({ kind: 'zoom-in' });
    for (const k of ['-', '_']) expect(plotKeyAction(key(k), onEvent)).to.deep.equal({ kind: 'zoom-out' });
    expect(plotKeyAction(key('0'), onEvent)).to.deep.equal({ kind: 'fit' });
    // Shift is how + is typed on many layouts: it stays ours.
    expect(plotKeyAction(key('+', { shiftKey: true } as Partial<KeyPress>), onEvent)).to.deep.equal({ kind: 'zoom-in' });
  });

  it('closes the details with Escape only when something is selected', () => {
    expect(plotKeyAction(key('Escape'), onEvent)).to.equal(undefined);
    expect(plotKeyAction(key('Escape'), { ...onEvent, hasSelection: true })).to.deep.equal({ kind: 'close-details' });
  });

  it('steps the story with N and P, by the key\'s place on non-Latin layouts', () => {
    expect(plotKeyAction(key('n'), onEvent)).to.deep.equal({ kind: 'story', step: 'next' });
    expect(plotKeyAction(key('P'), onEvent)).to.deep.equal({ kind: 'story', step: 'previous' });
    expect(plotKeyAction(key('т', { code: 'KeyN' }), onEvent)).to.deep.equal({ kind: 'story', step: 'next' });
  });

  it('leaves every key held with Ctrl, ⌘ or Alt to the browser', () => {
    for (const k of ['=', '-', '0', '+', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'n', 'Escape']) {
      for (const modifier of ['ctrlKey', 'metaKey', 'altKey'] as const) {
        expect(plotKeyAction(key(k, { [modifier]: true }), { ...onEvent, hasSelection: true }), `${modifier} + ${k}`).to.equal(undefined);
      }
    }
  });

  it('ignores other keys', () => {
    for (const k of ['a', 'Tab', 'Enter', ' ', 'PageDown']) expect(plotKeyAction(key(k), onEvent)).to.equal(undefined);
  });
});
