// Deterministic synthetic conflict events, shared by the benchmark (node and
// browser) and demo/stress.html. Plain ES module, no imports, so any page can
// load it as is.

/** The lanes: five parties, weighted so lane order (by count) is stable. */
export const ACTORS = ['Government forces', 'Armed opposition', 'Russia', 'Turkey', 'Civil society'];
const ACTOR_WEIGHTS = [0.34, 0.26, 0.18, 0.13, 0.09];

const RANGE_START = Date.UTC(2011, 0, 1);
const RANGE_END = Date.UTC(2019, 11, 31);
const DAY_MS = 86_400_000;
/** Share of events that are spans rather than single days. */
const SPAN_SHARE = 0.15;
const MAX_SPAN_DAYS = 90;
/** Share of events drawn around a few bursts of activity, as real conflict data is. */
const BURST_SHARE = 0.3;
const BURST_COUNT = 24;
const BURST_SPREAD_DAYS = 20;

const ACTIONS = [
  'Shelling reported in',
  'Airstrikes hit',
  'Clashes erupt near',
  'Protest dispersed in',
  'Ceasefire declared around',
  'Convoy attacked on the road to',
  'Civilians displaced from',
  'Checkpoint seized outside',
  'Talks held on the future of',
  'Humanitarian corridor opened to',
  'Observers report violations in',
  'Market bombed in',
];
const PLACES = [
  'Idlib', 'Maarat al-Numan', 'Saraqib', 'Khan Shaykhun', 'Jisr al-Shughur', 'Aleppo', 'Hama', 'Homs',
  'Daraa', 'Latakia countryside', 'Afrin', 'Manbij', 'Raqqa', 'Deir ez-Zor', 'Eastern Ghouta', 'Kafr Nabl',
];
const DETAILS = [
  '',
  '; casualties unconfirmed',
  '; several civilians killed',
  ', local sources say',
  ' after days of fighting',
  '; aid groups suspend work',
  ', monitoring group reports',
];

/** mulberry32: a tiny, fast PRNG; the same seed gives the same events in every engine. */
export function seededRandom(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function isoDay(ms) {
  return new Date(ms).toISOString().slice(0, 10);
}

function pick(random, list) {
  return list[Math.floor(random() * list.length)];
}

function pickWeighted(random, weights) {
  let r = random();
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i];
    if (r < 0) return i;
  }
  return weights.length - 1;
}

/**
 * `count` events as the element's input records: `{ id, start, end?, title, actors: [actor] }`,
 * dates as ISO calendar days (what CSV/JSON sources give), in random order of time.
 * `titles: 'short'` keeps only the place as the title ("Saraqib"); the dates, lanes and ids stay the same
 * as with the default realistic titles ("Convoy attacked on the road to Saraqib; aid groups suspend work").
 */
export function generateEvents(count, seed = 1, { titles = 'realistic' } = {}) {
  const random = seededRandom(seed);
  const days = Math.floor((RANGE_END - RANGE_START) / DAY_MS);
  const bursts = Array.from({ length: BURST_COUNT }, () => Math.floor(random() * days));
  const events = new Array(count);
  for (let i = 0; i < count; i++) {
    let day;
    if (random() < BURST_SHARE) {
      const centre = bursts[Math.floor(random() * BURST_COUNT)];
      // Sum of uniforms: a cheap bell shape around the burst.
      const offset = (random() + random() + random() - 1.5) * BURST_SPREAD_DAYS;
      day = Math.min(days, Math.max(0, Math.round(centre + offset)));
    } else {
      day = Math.floor(random() * (days + 1));
    }
    const start = RANGE_START + day * DAY_MS;
    const actor = ACTORS[pickWeighted(random, ACTOR_WEIGHTS)];
    const action = pick(random, ACTIONS);
    const place = pick(random, PLACES);
    const detail = pick(random, DETAILS);
    // One flat string, as a title parsed from a file comes. A joined template literal is a tree of its parts
    // until something flattens it, and reading one character does not: the element's first `trim` did,
    // copying every title (65 MB at a million) and leaving the parts as garbage inside the measured load.
    const title = titles === 'short' ? place : JSON.parse(JSON.stringify(`${action} ${place}${detail}`));
    const record = { id: `e${i}`, start: isoDay(start), title, actors: [actor] };
    if (random() < SPAN_SHARE) {
      const length = 1 + Math.floor(random() * MAX_SPAN_DAYS);
      record.end = isoDay(Math.min(RANGE_END, start + length * DAY_MS));
    }
    events[i] = record;
  }
  return events;
}

/** The same records as vis-timeline items and groups (one group per actor). */
export function toVisData(records) {
  const items = records.map((r) => ({
    id: r.id,
    content: r.title,
    start: r.start,
    ...(r.end ? { end: r.end, type: 'range' } : { type: 'box' }),
    group: r.actors[0],
  }));
  const groups = ACTORS.map((actor) => ({ id: actor, content: actor }));
  return { items, groups };
}
