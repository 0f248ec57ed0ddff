// Vue 3 renders the tag in a page: `events` bound as a property ('.events'), ct-select heard through
// Vue's own listener. A render function, so the app needs no template compiler to run in a browser.
import { createApp, h, ref } from 'vue';
import 'conflict-timeline';
import type { SelectEvent } from 'conflict-timeline';
import { events } from './shared-events';

const selected = ref('none');
createApp({
  setup: () => () => [
    h('conflict-timeline', {
      id: 'timeline',
      '.events': events,
      label: 'Vue',
      gaps: 'linear',
      'onCt-select': (e: SelectEvent) => (selected.value = e.detail?.title ?? 'cleared'),
    }),
    h('output', { id: 'selected' }, selected.value),
  ],
}).mount('#root');
