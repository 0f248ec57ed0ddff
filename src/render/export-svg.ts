/**
 * A standalone copy of the plot, for download and print: the styles that the element's shadow CSS and
 * custom properties give each node are resolved and written onto the copy, for they do not travel
 * with it. Text is only ever set as text (textContent and attributes), never parsed as markup.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Properties SVG inherits: written on a node only where they differ from its parent's. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'font-variant-numeric',
] as const;

/** Properties that do not inherit: written where they are not their initial value. */
const OWN: ReadonlyArray<readonly [string, string]> = [
  ['opacity', '1'],
  ['mask', 'none'],
  ['text-decoration-line', 'none'],
];

/** Attributes that serve the live plot's interaction and styling, not a picture of it. */
const LIVE_ATTRIBUTES = ['part', 'tabindex', 'role', 'aria-pressed', 'aria-hidden', 'data-key', 'data-event', 'data-lane', 'style'];

/**
 * A copy of `source` (rendered where the element's styles apply) with every resolved style written
 * onto it. Nodes not displayed, and marks' invisible hit areas, are left out.
 */
export function copyWithStyles(source: SVGElement): SVGElement {
  return copyNode(source, undefined) ?? (document.createElementNS(SVG_NS, 'g') as SVGElement);
}

function copyNode(source: Element, parentStyle: CSSStyleDeclaration | undefined): SVGElement | undefined {
  const style = getComputedStyle(source);
  if (style.display === 'none' || source.classList.contains('hit')) return undefined;
  const copy = source.cloneNode(false) as SVGElement;
  for (const name of LIVE_ATTRIBUTES) copy.removeAttribute(name);
  const declarations: string[] = [];
  for (const name of INHERITED) {
    const value = style.getPropertyValue(name);
    if (value && (!parentStyle || parentStyle.getPropertyValue(name) !== value)) declarations.push(`${name}:${value}`);
  }
  for (const [name, initial] of OWN) {
    const value = style.getPropertyValue(name);
    if (value && value !== initial) declarations.push(`${name}:${value}`);
  }
  if (declarations.length) copy.setAttribute('style', declarations.join(';'));
  for (const node of source.childNodes) {
    if (node instanceof Element) {
      const child = copyNode(node, style);
      if (child) copy.append(child);
    } else if (node.nodeType === Node.TEXT_NODE) {
      copy.append(document.createTextNode(node.textContent ?? ''));
    }
  }
  return copy;
}

/** The resolved colours and font of the element's theme, for the parts of the picture outside the plot. */
export interface ExportTheme {
  readonly background: string;
  readonly text: string;
  readonly muted: string;
  readonly border: string;
  readonly fontFamily: string;
}

export interface ExportPicture {
  /** The plot, copied with its styles (see copyWithStyles): an <svg> of `width` × `height`. */
  readonly plot: SVGElement;
  readonly width: number;
  readonly height: number;
  readonly title: string;
  /** "conflict-timeline" and the view's range in words. */
  readonly credit: string;
  /** The legend: each kind's swatch (copied with its styles) and its words. */
  readonly legend: ReadonlyArray<{ readonly swatch: SVGElement; readonly text: string }>;
  /** Events on screen whose titles the plot does not show whole: their date and title, one a line. */
  readonly notes: readonly string[];
  readonly theme: ExportTheme;
  /** Width of a text in the legend's font, px. */
  readonly measure: (text: string) => number;
}

/** Sizes of the parts around the plot, px. */
const FRAME = {
  margin: 12,
  titleSize: 16,
  titleBaseline: 24,
  creditSize: 11,
  creditBaseline: 42,
  headerHeight: 52,
  legendSize: 12,
  legendRowHeight: 22,
  swatchWidth: 36,
  swatchHeight: 16,
  swatchGap: 6,
  legendItemGap: 16,
  noteSize: 11,
  noteRowHeight: 16,
} as const;

/** The whole picture: title and credit above the plot, the legend and the notes under it. */
export function composeExportSvg(p: ExportPicture): SVGSVGElement {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('font-family', p.theme.fontFamily);
  const background = element('rect', { x: 0, y: 0, width: '100%', height: '100%', fill: p.theme.background });
  svg.append(background);
  svg.append(text(p.title, { x: FRAME.margin, y: FRAME.titleBaseline, fill: p.theme.text, 'font-size': FRAME.titleSize, 'font-weight': 700 }));
  svg.append(text(p.credit, { x: FRAME.margin, y: FRAME.creditBaseline, fill: p.theme.muted, 'font-size': FRAME.creditSize }));

  let y = FRAME.headerHeight;
  p.plot.setAttribute('x', '0');
  p.plot.setAttribute('y', String(y));
  svg.append(p.plot);
  y += p.height;
  svg.append(element('line', { x1: 0, x2: p.width, y1: y, y2: y, stroke: p.theme.border }));

  // The legend flows in rows as wide as the plot.
  y += FRAME.legendRowHeight / 2 + 4;
  let x = FRAME.margin;
  for (const item of p.legend) {
    const itemWidth = FRAME.swatchWidth + FRAME.swatchGap + p.measure(item.text);
    if (x > FRAME.margin && x + itemWidth > p.width - FRAME.margin) {
      x = FRAME.margin;
      y += FRAME.legendRowHeight;
    }
    item.swatch.setAttribute('x', String(x));
    item.swatch.setAttribute('y', String(y - FRAME.swatchHeight / 2));
    svg.append(item.swatch);
    svg.append(
      text(item.text, { x: x + FRAME.swatchWidth + FRAME.swatchGap, y, dy: '0.35em', fill: p.theme.text, 'font-size': FRAME.legendSize }),
    );
    x += itemWidth + FRAME.legendItemGap;
  }
  y += FRAME.legendRowHeight / 2;

  for (const note of p.notes) {
    y += FRAME.noteRowHeight;
    svg.append(text(note, { x: FRAME.margin, y, fill: p.theme.muted, 'font-size': FRAME.noteSize }));
  }
  y += FRAME.margin;

  const height = Math.ceil(y);
  svg.setAttribute('width', String(p.width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${p.width} ${height}`);
  return svg;
}

function element(tag: string, attributes: Record<string, string | number>): SVGElement {
  const node = document.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

function text(content: string, attributes: Record<string, string | number>): SVGElement {
  const node = element('text', attributes);
  node.textContent = content;
  return node;
}

/** The picture as a standalone SVG file's text. */
export function serializeSvg(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}

/** Renders an SVG file's text to a PNG `scale` times its size (its `width` × `height` attributes). */
export async function svgToPng(svgText: string, scale: number): Promise<Blob> {
  const parsed = new DOMParser().parseFromString(svgText, 'image/svg+xml').documentElement;
  const width = Math.max(1, Math.round(Number(parsed.getAttribute('width')) * scale));
  const height = Math.max(1, Math.round(Number(parsed.getAttribute('height')) * scale));
  const image = new Image();
  image.width = width;
  image.height = height;
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    image.src = url;
    await image.decode();
  } finally {
    URL.revokeObjectURL(url);
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas to draw the PNG on');
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be encoded'))), 'image/png'),
  );
}
