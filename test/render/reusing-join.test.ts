import { expect } from '@open-wc/testing';
import { select } from 'd3-selection';
import { joinReusing } from '../../src/render/reusing-join.js';

const SVG_NS = 'http://www.w3.org/2000/svg';

interface Item {
  readonly id: string;
}

/** An SVG layer in a shadow root, as the plot's layers are. */
function layerInShadow() {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  const svg = document.createElementNS(SVG_NS, 'svg');
  root.append(svg);
  const g = document.createElementNS(SVG_NS, 'g');
  svg.append(g);
  return { host, layer: select(g as SVGGElement) };
}

let made = 0;
const make = (): SVGGElement => {
  made++;
  const node = document.createElementNS(SVG_NS, 'g');
  node.setAttribute('class', 'item');
  node.setAttribute('tabindex', '-1');
  return node;
};

function draw(layer: ReturnType<typeof layerInShadow>['layer'], ids: string[]): SVGGElement[] {
  const items: Item[] = ids.map((id) => ({ id }));
  return joinReusing(layer, 'g.item', items, (d) => d.id, make)
    .each(function (d) {
      this.setAttribute('data-id', d.id);
    })
    .nodes();
}

const idsOf = (nodes: Element[]) => nodes.map((node) => node.getAttribute('data-id'));

describe('joinReusing', () => {
  let host: HTMLElement | undefined;
  afterEach(() => host?.remove());

  it('gives entering data the leaving nodes, keeps staying data on their own nodes, and leaves the layer in data order', () => {
    const { host: h, layer } = layerInShadow();
    host = h;
    made = 0;
    const first = draw(layer, ['a', 'b', 'c', 'd']);
    expect(made).to.equal(4);
    const [a, b, c, d] = first;
    const second = draw(layer, ['x', 'b', 'y', 'd', 'z']);
    // Two left (a, c), three entered (x, y, z): two of them take a and c's nodes, one is made.
    expect(made).to.equal(5);
    expect(second[1]).to.equal(b);
    expect(second[3]).to.equal(d);
    expect(new Set([second[0], second[2], second[4]]).has(a!) && new Set([second[0], second[2], second[4]]).has(c!)).to.equal(true);
    const inLayer = [...layer.node()!.children] as SVGGElement[];
    expect(idsOf(inLayer)).to.deep.equal(['x', 'b', 'y', 'd', 'z']);
    expect(inLayer.map((node) => (node as unknown as { __data__: Item }).__data__.id)).to.deep.equal(['x', 'b', 'y', 'd', 'z']);
  });

  it('removes the nodes no data takes', () => {
    const { host: h, layer } = layerInShadow();
    host = h;
    draw(layer, ['a', 'b', 'c', 'd', 'e']);
    const nodes = draw(layer, ['f']);
    expect(layer.node()!.children.length).to.equal(1);
    expect(idsOf(nodes)).to.deep.equal(['f']);
  });

  it('never gives a node holding focus to other data: focus does not land on another item unannounced', () => {
    const { host: h, layer } = layerInShadow();
    host = h;
    const [a] = draw(layer, ['a', 'b']);
    a!.focus();
    expect(host.shadowRoot!.activeElement).to.equal(a);
    made = 0;
    const nodes = draw(layer, ['x', 'b']);
    expect(nodes).not.to.include(a);
    expect(a!.isConnected).to.equal(false);
    expect(made).to.equal(1);
    expect(host.shadowRoot!.activeElement).to.equal(null);
  });
});
