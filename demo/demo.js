// The demo's own script: feeds the article's dataset to the first timeline.
import { idlib2019 } from '../dist/data/datasets/idlib-2019.js';

const timeline = document.getElementById('article-timeline');
const readout = document.getElementById('view-readout');
const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

timeline.addEventListener('ct-view-change', (e) => {
  readout.textContent = `View: ${dateFormat.format(e.detail.start)} – ${dateFormat.format(e.detail.end)}`;
});
timeline.events = idlib2019.events;
