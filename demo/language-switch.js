// The demo's language and direction switch for the article timeline, and the Arabic timeline's data.
// `?lang=ru&dir=auto` in the address picks the starting language and direction, so a view can be shared.
import { idlib2019 } from '../dist/data/datasets/idlib-2019.js';

/** Languages written right to left: "auto" runs their time from right to left. */
const RIGHT_TO_LEFT = new Set(['ar', 'fa']);

const timeline = document.getElementById('article-timeline');
const language = document.getElementById('timeline-language');
const direction = document.getElementById('timeline-direction');

function apply() {
  const tag = language.value;
  const dir = direction.value === 'auto' ? (RIGHT_TO_LEFT.has(tag) ? 'rtl' : 'ltr') : direction.value;
  // English is the element's default: no attribute keeps the markup as an embedder would write it.
  if (tag === 'en') timeline.removeAttribute('locale');
  else timeline.setAttribute('locale', tag);
  timeline.setAttribute('dir', dir);
  const params = new URLSearchParams(location.search);
  params.set('lang', tag);
  params.set('dir', direction.value);
  history.replaceState(null, '', `?${params}${location.hash}`);
}

const params = new URLSearchParams(location.search);
const optionValues = (select) => [...select.options].map((o) => o.value);
if (optionValues(language).includes(params.get('lang'))) language.value = params.get('lang');
if (optionValues(direction).includes(params.get('dir'))) direction.value = params.get('dir');
language.addEventListener('change', apply);
direction.addEventListener('change', apply);
apply();

// The second, Arabic instance shows the same events (titles in English, as in the dataset).
document.getElementById('arabic-timeline').events = idlib2019.events;
