/**
 * What a frame last wrote to a node. A zoom frame rewrites every drawn mark,
 * and most of their attributes do not change: comparing with this record
 * skips those writes, which the browser would otherwise turn into style and
 * layout invalidation of each node.
 */
export interface Written {
  [attribute: string]: unknown;
}
const WRITTEN = new WeakMap<Element, Written>();

export function written(node: Element): Written {
  let w = WRITTEN.get(node);
  if (!w) WRITTEN.set(node, (w = {}));
  return w;
}

export function put(w: Written, node: Element, name: string, value: string | number | null): void {
  const text = value === null ? null : String(value);
  if (name in w && w[name] === text) return;
  w[name] = text;
  if (text === null) node.removeAttribute(name);
  else node.setAttribute(name, text);
}

export function putStyle(w: Written, node: SVGElement, property: string, value: string): void {
  const key = `style:${property}`;
  if (w[key] === value) return;
  w[key] = value;
  node.style.setProperty(property, value);
}

/** Screen positions to a hundredth of a px: shorter attribute text, and equal values compare equal. */
export function px(value: number): number {
  return Math.round(value * 100) / 100;
}
