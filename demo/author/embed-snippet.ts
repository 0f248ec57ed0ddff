/**
 * What the journalist pastes into their page. The list snippet is the element with its events written
 * out as the light-DOM list it reads (src/data/read-light-dom.ts), so the page shows the events as a
 * plain list before, or without, any script; the frame snippet points the embed page at a data file.
 * Every value is escaped, and only http(s) and mailto links become links.
 */
import { safeLink } from '../../src/model/safe-url.js';
import type { EventRecord } from './event-row.js';
import { escapeAttribute, escapeText } from './html-escape.js';

/** The standalone bundle on jsDelivr, pinned to one version so a later release cannot change a published page. */
export function bundleUrl(version: string): string {
  return `https://cdn.jsdelivr.net/npm/conflict-timeline@${encodeURIComponent(version)}/dist/conflict-timeline.bundle.js`;
}

export interface ListSnippetOptions {
  readonly version: string;
  /** The timeline's accessible name (`label`). */
  readonly label: string;
}

export function listSnippet(records: readonly EventRecord[], { version, label }: ListSnippetOptions): string {
  const labelAttribute = label.trim() === '' ? '' : ` label="${escapeAttribute(label.trim())}"`;
  return [
    `<script type="module" src="${escapeAttribute(bundleUrl(version))}"></script>`,
    `<conflict-timeline${labelAttribute}>`,
    '  <ol>',
    ...records.map((record) => `    ${listItem(record)}`),
    '  </ol>',
    '</conflict-timeline>',
    '',
  ].join('\n');
}

function listItem(record: EventRecord): string {
  const attributes = [
    ['data-id', record.id],
    ['data-actors', actorsAttribute(record.actors)],
    ['data-end', record.end],
    ['data-category', record.category],
    ['data-date-note', record.dateNote],
  ]
    .filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== '')
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  // The <time>'s words are read back as the source's wording, so only that wording goes there.
  const time = `<time datetime="${escapeAttribute(record.start)}">${escapeText(record.dateText ?? record.start)}</time>`;
  const parts = [time, ` <strong>${escapeText(record.title)}</strong>`, ...paragraphs(record.description), ...(record.sources ?? []).map(sourceHtml)];
  return `<li${attributes}>${parts.join('')}</li>`;
}

/**
 * The list reader splits names on ";" when there is one, else on ","; so names with commas are joined
 * with "; ", and a lone one gets a closing ";" to keep it whole.
 */
function actorsAttribute(actors: readonly string[] | undefined): string | undefined {
  if (actors === undefined || actors.length === 0) return undefined;
  if (!actors.some((name) => name.includes(','))) return actors.join(', ');
  return actors.length === 1 ? `${actors[0]};` : actors.join('; ');
}

/** A blank line starts a new paragraph, as the list reader joins paragraphs with one. */
function paragraphs(description: string | undefined): string[] {
  if (description === undefined) return [];
  return description
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${escapeText(paragraph)}</p>`);
}

/** A source the reader can follow is a link; one without a safe address is named, for readers of the list. */
function sourceHtml(source: { name?: string; url?: string }): string {
  const link = source.url === undefined ? undefined : safeLink(source.url);
  const name = source.name ?? '';
  if (link === undefined) return name === '' ? '' : ` <cite>${escapeText(name)}</cite>`;
  return ` <a href="${escapeAttribute(link.href)}">${escapeText(name === '' ? link.name : name)}</a>`;
}

export interface FrameSnippetOptions {
  /** The embed page (demo/embed.html) where this authoring page is served. */
  readonly embedPage: string;
  /** Where the journalist put the events file (the JSON download). */
  readonly dataUrl: string;
  readonly label: string;
  readonly height?: number;
}

/** For sites that strip scripts: the embed page in a frame, reading the events from a file. */
export function frameSnippet({ embedPage, dataUrl, label, height = DEFAULT_FRAME_HEIGHT }: FrameSnippetOptions): string {
  const url = new URL(embedPage);
  url.searchParams.set('src', dataUrl.trim());
  if (label.trim() !== '') url.searchParams.set('label', label.trim());
  const title = label.trim() === '' ? 'Timeline' : `Timeline: ${label.trim()}`;
  return `<iframe src="${escapeAttribute(url.href)}" title="${escapeAttribute(title)}" style="width: 100%; height: ${height}px; border: 0" loading="lazy"></iframe>\n`;
}

const DEFAULT_FRAME_HEIGHT = 460;
