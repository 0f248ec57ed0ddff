// The embed page's script: takes the timeline's settings from the query (src, view, event, locale,
// label), and tells the parent page its height so the frame can fit it.
//   embed.html?src=…&view=2018/2019-03&event=…&locale=…&label=…

const HEIGHT_MESSAGE = 'conflict-timeline:height';
/** What `src` may be: the web's schemes. A relative address resolves to the embed page's own. */
const SRC_PROTOCOLS = new Set(['http:', 'https:']);
/** EDTF's interval separator; a comma between two dates is taken too. */
const VIEW_SEPARATOR = /[/,]/;
const OPEN_END = '..';

const params = new URLSearchParams(window.location.search);
const timeline = document.getElementById('embedded-timeline');
const message = document.getElementById('embed-message');
const notes = [];

function note(text) {
  notes.push(text);
  message.textContent = notes.join(' ');
  message.hidden = false;
}

/**
 * The address to load, resolved against this page, when it is http(s); undefined otherwise. It is
 * checked as the browser resolves it (tabs and spaces in `java\tscript:` are dropped by the URL
 * parser), and the resolved address is what is loaded, so what is checked is what is fetched.
 */
function webAddress(text) {
  try {
    const url = new URL(text, document.baseURI);
    return SRC_PROTOCOLS.has(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** `2018/2019-03` (an EDTF interval), `2018,2019-03`, `2018/..` or `2019` (start and end of that one date). */
function viewBounds(text) {
  const parts = text.split(VIEW_SEPARATOR).map((part) => part.trim());
  if (parts.length > 2) return undefined;
  const [start, end = start] = parts;
  const bound = (value) => (value === '' || value === OPEN_END ? undefined : value);
  return { start: bound(start), end: bound(end) };
}

/** Posts the height the frame needs (the timeline's bottom, below any message) to the parent, when it changes. */
function heightReporter() {
  let reported;
  return () => {
    const height = Math.ceil(timeline.getBoundingClientRect().bottom + window.scrollY);
    if (height === reported) return;
    reported = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
  };
}

const label = params.get('label')?.trim();
if (label) {
  // The timeline's name, for the page's heading and title, and for the element's accessible name.
  timeline.setAttribute('label', label);
  document.getElementById('embed-title').textContent = label;
  document.title = label;
}

const locale = params.get('locale');
if (locale) timeline.setAttribute('locale', locale);

const view = params.get('view');
if (view) {
  const bounds = viewBounds(view);
  if (bounds === undefined) note(`The view "${view}" was ignored: give one date, or two separated by "/" (2018/2019-03).`);
  if (bounds?.start) timeline.setAttribute('view-start', bounds.start);
  if (bounds?.end) timeline.setAttribute('view-end', bounds.end);
}

const eventId = params.get('event');
if (eventId) {
  // Selected once the first data is in and drawn: the event's id names an event of that data.
  timeline.addEventListener(
    'ct-diagnostics',
    async () => {
      await timeline.renderComplete;
      if (!timeline.select(eventId)) note(`There is no event "${eventId}" in this timeline.`);
    },
    { once: true },
  );
}

const src = params.get('src');
const address = src ? webAddress(src) : undefined;
if (address) timeline.setAttribute('src', address);
else if (src) note('The data address (src) was ignored: only http(s) addresses and addresses relative to this page are loaded.');
else note('No data to show: give the address of a JSON, CSV or TimelineJS file as ?src=… in this page\'s address.');

if (window.parent !== window) {
  const report = heightReporter();
  const observer = new ResizeObserver(report);
  observer.observe(timeline);
  observer.observe(message);
}
