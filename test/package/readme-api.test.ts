import { expect } from '@open-wc/testing';

interface Named {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  tagName?: string;
  members?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}

describe('README API section', () => {
  it('documents every public member, event, part and custom property in the manifest (run `npm run docs`)', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const readme = await (await fetch('/README.md')).text();
    const api = readme.slice(readme.indexOf('<!-- api:start'), readme.indexOf('<!-- api:end'));
    const element: Declaration = manifest.modules
      .flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? [])
      .find((d: Declaration) => d.tagName === 'conflict-timeline');
    const publicMembers = (element.members ?? []).filter((m) => (!m.privacy || m.privacy === 'public') && !m.static);
    const names = [
      ...publicMembers.map((m) => `\`${m.name}`),
      ...(element.events ?? []).map((e) => `\`${e.name}\``),
      ...(element.cssParts ?? []).map((p) => `::part(${p.name})`),
      ...(element.cssProperties ?? []).map((p) => `\`${p.name}\``),
    ];
    expect(names.length).to.be.greaterThan(30);
    expect(names.filter((name) => !api.includes(name))).to.deep.equal([]);
  });
});
