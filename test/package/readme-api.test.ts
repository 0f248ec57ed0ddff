import { expect } from '@open-wc/testing';
import { apiSection, readmeApiSection, withApiSection } from '../../scripts/readme-api-section.js';

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

async function fetched(path: string): Promise<Response> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status} (custom-elements.json comes from \`npm run build\`)`);
  return response;
}

describe('README API section', () => {
  it('is what `npm run docs` generates from the manifest now (run it when this fails)', async () => {
    const manifest: unknown = await (await fetched('/custom-elements.json')).json();
    const readme = await (await fetched('/README.md')).text();
    const regenerated = withApiSection(readme, apiSection(manifest));
    // Compared line by line, so a failure shows the stale lines rather than two copies of the section.
    expect(readmeApiSection(readme).split('\n')).to.deep.equal(readmeApiSection(regenerated).split('\n'));
  });

  it('documents every public member, event, part and custom property in the manifest', async () => {
    const manifest = await (await fetched('/custom-elements.json')).json();
    const readme = await (await fetched('/README.md')).text();
    const api = readmeApiSection(readme);
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
