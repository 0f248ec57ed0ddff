import type { Selection } from 'd3-selection';

/**
 * Joins `data` to the `g` children of `layer` matching `selector`, by `key`, as `selection.data().join()`
 * does, except that entering data take the nodes of leaving data instead of new ones: a zoom step swaps
 * dozens of marks and columns for others, and the script that made their groups and parts goes. A reused
 * node keeps its parts and its record of what was written (see node-writes.ts), so the caller's draw writes
 * only what differs. The browser's side is not saved: a reused node is moved into data order, and a moved
 * node is styled and laid out anew, as a new one is (invalidation tracking in a trace shows it). A leaving
 * node that holds keyboard focus is removed, never given to other data: focus must not land on another
 * event unannounced.
 */
export function joinReusing<D>(
  layer: Selection<SVGGElement, unknown, null, undefined>,
  selector: string,
  data: readonly D[],
  key: (d: D) => string,
  make: () => SVGGElement,
): Selection<SVGGElement, D, SVGGElement, unknown> {
  const update = layer.selectAll<SVGGElement, D>(selector).data(data, key);
  const focused = focusedIn(layer.node()!);
  const spare: SVGGElement[] = [];
  update.exit<D>().each(function () {
    if (focused && this.contains(focused)) this.remove();
    else spare.push(this as SVGGElement);
  });
  spare.reverse();
  const entered = update.enter().append(() => spare.pop() ?? make());
  for (const node of spare) node.remove();
  return entered.merge(update).order();
}

/** The element holding focus in `node`'s tree (its shadow root or document), if any. */
function focusedIn(node: Node): Element | null {
  const root = node.getRootNode() as Document | ShadowRoot;
  return 'activeElement' in root ? root.activeElement : null;
}
