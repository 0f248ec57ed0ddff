import { select } from 'd3-selection';
import type { MarkLayout } from '../layout/mark-layout.js';
import { confidenceCue } from './confidence-cue.js';
import { paintable } from './paint-dense.js';

/**
 * Whether a mark's group draws anything the eye sees while the canvas paints: its label, its contested
 * badge, or a shape the canvas cannot paint (a set's alternatives, open ends). Any other painted mark's
 * group is only its hit area and its name, the accessible layer, which a frame may leave for after it
 * (see PlotRenderer.render).
 */
export function drawnForTheEye(mark: MarkLayout): boolean {
  return mark.labelShown || !paintable(mark) || confidenceCue(mark.event) === 'contested';
}

/**
 * Brings up to date, in `layer`, only the groups of marks drawn for the eye (and the one holding
 * focus, whose ring is seen), leaving every other group as the last full join left it: invisible hit
 * areas, stale until that join runs again. A group that was drawn for the eye and is not now is
 * removed, or its label and shape would stay where they were; the next full join makes it again.
 * Returns the groups now drawn for the eye, to pass back as `shownBefore` next time.
 */
export function drawMarksForTheEye(
  layer: SVGGElement,
  marks: readonly MarkLayout[],
  keyOf: (mark: MarkLayout) => string,
  make: () => SVGGElement,
  draw: (node: SVGGElement, mark: MarkLayout) => void,
  shownBefore: ReadonlySet<SVGGElement>,
): Set<SVGGElement> {
  const root = layer.getRootNode() as Document | ShadowRoot;
  const focused = root.activeElement instanceof SVGGElement && layer.contains(root.activeElement) ? root.activeElement : undefined;
  const focusedKey = focused && keyOfNode(focused, keyOf);
  const byKey = new Map<string, SVGGElement>();
  for (const node of layer.children) {
    const key = keyOfNode(node as SVGGElement, keyOf);
    if (key !== undefined) byKey.set(key, node as SVGGElement);
  }
  const shown = new Set<SVGGElement>();
  for (const mark of marks) {
    const key = keyOf(mark);
    if (!drawnForTheEye(mark) && key !== focusedKey) continue;
    let node = byKey.get(key);
    if (!node) {
      node = make();
      layer.append(node);
      byKey.set(key, node);
    }
    select(node).datum(mark);
    draw(node, mark);
    shown.add(node);
  }
  for (const node of shownBefore) if (!shown.has(node) && node !== focused) node.remove();
  return shown;
}

/** The join key of the mark a group was last joined to, if any. */
function keyOfNode(node: SVGGElement, keyOf: (mark: MarkLayout) => string): string | undefined {
  const mark = select<SVGGElement, MarkLayout | undefined>(node).datum();
  return mark ? keyOf(mark) : undefined;
}
