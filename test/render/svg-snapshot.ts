import { expect } from '@open-wc/testing';
import { getSnapshotConfig, readFile, writeFile } from '@web/test-runner-commands';

/**
 * SVG snapshots kept as files in test/snapshots/, as d3-axis and Observable Plot
 * keep theirs: a drawing changes only on purpose. A test fails when the drawing
 * differs from its file, or when there is no file; `--update-snapshots` writes
 * the files instead (review them before committing).
 */

/** Decimals numbers keep in a snapshot, so that sub-pixel arithmetic never changes one. */
const DECIMALS = 1;
const SVG_NS = 'http://www.w3.org/2000/svg';

export async function expectSvgSnapshot(svg: SVGSVGElement, name: string): Promise<void> {
  // Relative to the test file, which lives in test/render/.
  const path = `../snapshots/${name}.svg`;
  const drawn = serializeSvg(svg);
  const { updateSnapshots } = await getSnapshotConfig();
  if (updateSnapshots) {
    await writeFile({ path, content: drawn });
    return;
  }
  const stored = await storedSnapshot(path);
  expect(stored, `no snapshot test/snapshots/${name}.svg: run the test with --update-snapshots to write it`).to.be.a('string');
  expect(drawn, `the drawing differs from test/snapshots/${name}.svg (--update-snapshots rewrites it, if the change is meant)`).to.equal(stored);
}

/** The file's text, or undefined when there is none: the runner's read-file answers a missing file as an unknown command. */
async function storedSnapshot(path: string): Promise<string | undefined> {
  try {
    return await readFile({ path });
  } catch {
    return undefined;
  }
}

/** The SVG as indented markup, attributes sorted and numbers rounded: stable from run to run. */
export function serializeSvg(svg: SVGSVGElement): string {
  return `${serializeElement(svg, '', true)}\n`;
}

function serializeElement(element: Element, indent: string, root = false): string {
  const attributes = [...element.attributes]
    .map((a) => [a.name, a.value] as const)
    .concat(root ? [['xmlns', SVG_NS] as const] : [])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([name, value]) => ` ${name}="${escapeText(roundNumbers(value)).replace(/"/g, '&quot;')}"`)
    .join('');
  const open = `${indent}<${element.tagName}${attributes}`;
  const children = [...element.childNodes].filter((n) => n.nodeType === Node.ELEMENT_NODE || (n.textContent ?? '').trim() !== '');
  if (children.length === 0) return `${open}/>`;
  if (children.every((n) => n.nodeType === Node.TEXT_NODE)) {
    return `${open}>${escapeText(element.textContent ?? '')}</${element.tagName}>`;
  }
  const inner = children.map((n) =>
    n.nodeType === Node.ELEMENT_NODE ? serializeElement(n as Element, `${indent}  `) : `${indent}  ${escapeText((n.textContent ?? '').trim())}`,
  );
  return [`${open}>`, ...inner, `${indent}</${element.tagName}>`].join('\n');
}

/** Every decimal number to DECIMALS places, except one with a unit ("0.35em"), which is written, not computed. */
function roundNumbers(value: string): string {
  return value.replace(/-?\d+\.\d+(?![\d.]|em|%)/g, (n) => {
    const rounded = Number(Number(n).toFixed(DECIMALS));
    return String(rounded === 0 ? 0 : rounded);
  });
}

/** Markup escapes; a NUL (in the keys of an event's copies in other lanes) as the symbol for it, which XML allows. */
function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\u0000/g, '\u2400');
}
