/**
 * A light-DOM list (readable with no JavaScript at all) to raw records:
 *
 * ```html
 * <ol>
 *   <li data-id="sochi" data-actors="Russia, Turkey" data-end="2018-09-18">
 *     <time datetime="2018-09-17">the September deal</time>
 *     <strong>Sochi memorandum</strong>
 *     <p>Russia and Turkey agree a demilitarized zone in Idlib.</p>
 *     <a href="https://example.org/report">Report</a>
 *   </li>
 * </ol>
 * ```
 *
 * Only text is read (`textContent`, attributes), where it stands: nothing is
 * copied or created, so nothing in the list can become live HTML inside the
 * timeline, and reading it loads nothing and runs no handler on the page.
 */
import { splitNames } from '../model/read-actors.js';
import type { EventSourceInput } from '../model/timeline-event.js';
import type { PartialEventRecord, RecordBatch } from './record-batch.js';
import { definedFields } from './defined-fields.js';
import { dateRangeText } from './date-range-text.js';
import { collapseWhitespace, textOf } from './plain-text.js';

const LIST_TAGS = new Set(['OL', 'UL']);
const TITLE_SELECTOR = 'h1, h2, h3, h4, h5, h6';
const EMPHASIS_SELECTOR = 'strong, b';
/** Removed from a copy of the item to leave its title text when it has no heading. */
const NOT_TITLE_SELECTOR = 'time, p, ol, ul, script, style, template';
const LINK_SELECTOR = 'a[href]';
/** Punctuation left dangling once the date is taken out ("<time>…</time> — Summit"). */
const DANGLING_SEPARATORS = /^[\s:;,.–—-]+|[\s:;,–—-]+$/g;

function firstList(root: ParentNode): Element | undefined {
  return Array.from(root.children).find((child) => LIST_TAGS.has(child.tagName));
}

function visibleText(node: Node): string {
  return collapseWhitespace(node.textContent ?? '');
}

/** Elements in the item itself, not in a list nested inside it (sub-items are not this event's parts). */
function ownElements(item: Element, selector: string): Element[] {
  return Array.from(item.querySelectorAll(selector)).filter((element) => element.closest('li') === item);
}

function timeValue(time: Element | undefined): string | undefined {
  if (time === undefined) return undefined;
  // A <time> without datetime states its value as its text (HTML spec).
  return textOf(time.getAttribute('datetime')) ?? textOf(visibleText(time));
}

/** The <time>'s wording when it says more than its machine-readable value ("last fall" vs 2017-23). */
function timeWording(time: Element | undefined): string | undefined {
  if (time === undefined) return undefined;
  const text = textOf(visibleText(time));
  return text === undefined || text === textOf(time.getAttribute('datetime')) ? undefined : text;
}

function itemDateText(times: readonly Element[]): string | undefined {
  const [start, end] = times;
  const startWording = timeWording(start);
  const endWording = timeWording(end);
  if (endWording === undefined) return startWording;
  return dateRangeText(startWording ?? visibleText(start as Element), endWording);
}

function itemTitle(item: Element): string | undefined {
  // Emphasis inside the description is a word stressed, not the title.
  const emphasis = ownElements(item, EMPHASIS_SELECTOR).filter((element) => element.closest('p') === null);
  const heading = ownElements(item, TITLE_SELECTOR)[0] ?? emphasis[0];
  if (heading !== undefined) return textWithout(heading, 'time');
  // Source links usually follow the title ("Sochi summit — RIA"); keep them only when they are the title.
  return textWithout(item, `${NOT_TITLE_SELECTOR}, ${LINK_SELECTOR}`) ?? textWithout(item, NOT_TITLE_SELECTOR);
}

/**
 * The element's text without the text of the descendants matching `selector`, read where it stands.
 * Never from a copy: a copy made in the page's document is live, so an image in it loads and runs its
 * handlers, and a handler that touches the list would make the element read it again, for ever.
 */
function textWithout(element: Element, selector: string): string | undefined {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      return (node as Element).matches(selector) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_SKIP;
    },
  });
  const parts: string[] = [];
  for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) parts.push(node.nodeValue ?? '');
  return textOf(collapseWhitespace(parts.join('')).replace(DANGLING_SEPARATORS, ''));
}

function itemDescription(item: Element): string | undefined {
  const paragraphs = ownElements(item, 'p')
    .map(visibleText)
    .filter((text) => text !== '');
  return paragraphs.length === 0 ? undefined : paragraphs.join('\n\n');
}

/**
 * The link resolved against the page, so relative links work; validation
 * decides which protocols may be shown. Nodes in a <template> belong to an
 * inert document with no address of its own, so they resolve against the page.
 */
function resolvedHref(link: Element): string | undefined {
  const href = textOf(link.getAttribute('href'));
  if (href === undefined) return undefined;
  const base = link.baseURI.startsWith('about:') ? globalThis.document?.baseURI : link.baseURI;
  try {
    return new URL(href, base).href;
  } catch {
    return href; // not a URL at all: validation reports or drops it
  }
}

function itemSources(item: Element): EventSourceInput[] | undefined {
  const sources = ownElements(item, LINK_SELECTOR).map((link): EventSourceInput => {
    return definedFields({ name: textOf(visibleText(link)), url: resolvedHref(link) });
  });
  return sources.length === 0 ? undefined : sources;
}

function itemToRecord(item: Element): PartialEventRecord {
  const times = ownElements(item, 'time');
  const actors = splitNames(collapseWhitespace(item.getAttribute('data-actors') ?? ''));
  return definedFields<PartialEventRecord>({
    id: textOf(item.getAttribute('data-id')),
    start: timeValue(times[0]) ?? textOf(item.getAttribute('data-start')),
    end: textOf(item.getAttribute('data-end')) ?? timeValue(times[1]),
    title: itemTitle(item),
    description: itemDescription(item),
    actors: actors.length === 0 ? undefined : actors,
    category: textOf(item.getAttribute('data-category')),
    dateText: itemDateText(times),
    dateNote: textOf(item.getAttribute('data-date-note')),
    sources: itemSources(item),
  });
}

/** Every <li> of the first <ol>/<ul> child becomes a record; none is skipped, even an empty one. */
export function readLightDomList(root: ParentNode): RecordBatch {
  const list = firstList(root);
  const items = list === undefined ? [] : Array.from(list.children).filter((child) => child.tagName === 'LI');
  return { records: items.map(itemToRecord), eras: [], format: 'list' };
}
