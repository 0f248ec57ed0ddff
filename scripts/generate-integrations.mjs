// Writes what frameworks and editors need, from custom-elements.json (run after `npm run manifest`):
//   dist/react/index.js, .d.ts   a React 18/19 component per element, made with @lit/react (conflict-timeline/react)
//   dist/types/react.d.ts        React 19 JSX types for the tags themselves (conflict-timeline/types/react)
//   dist/types/vue.d.ts          Vue GlobalComponents (conflict-timeline/types/vue)
//   dist/types/svelte.d.ts       Svelte 5 element types (conflict-timeline/types/svelte)
//   dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json   VS Code
//   dist/web-types.json          JetBrains IDEs
// Props, attributes and events come from the manifest; their types are the element class's own
// (`ConflictTimeline['src']`), and event types are the manifest's (`CustomEvent<SelectDetail>`), with the
// names they use imported from the package's main entry.
//
// The JSX, Vue and Svelte files are written here rather than by the community generators, which read an
// event's manifest type as its detail (the schema says it is the event's own type) and declare a global
// JSX namespace that would reach React 18 and Preact projects too.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { getVsCodeCssCustomData, getVsCodeHtmlCustomData } from 'custom-element-vs-code-integration';
import { getWebTypesData } from 'custom-element-jet-brains-integration';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const MAIN_TYPES = '../index.js';

const modules = manifest.modules ?? [];
const elements = modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.customElement && d.tagName));
if (elements.length === 0) throw new Error('custom-elements.json: no custom elements');

/** Names the main entry exports (through `export *` too), so generated files can import what a type text uses. */
function exportedNames(modulePath, seen = new Set()) {
  if (seen.has(modulePath)) return new Set();
  seen.add(modulePath);
  const names = new Set();
  for (const e of modules.find((m) => m.path === modulePath)?.exports ?? []) {
    if (e.name === '*' && e.declaration.module) for (const n of exportedNames(e.declaration.module, seen)) names.add(n);
    else if (e.kind === 'js') names.add(e.name);
  }
  return names;
}
const mainExports = exportedNames('dist/index.js');

const publicFields = (el) =>
  (el.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.readonly && (!m.privacy || m.privacy === 'public'));
/** Attributes spelled differently from their property (`view-start` for `viewStart`), typed as the property. */
const kebabAttributes = (el) => (el.attributes ?? []).filter((a) => a.fieldName && a.name !== a.fieldName);
const eventType = (event) => event.type?.text ?? 'Event';
/** `ct-select` → `onCtSelect`, the React and Vue spelling of a listener prop. */
const camelHandler = (name) => `on${name.replace(/(^|[-_:.])([a-z0-9])/g, (_, _s, c) => c.toUpperCase())}`;
const doc = (text) => (text ? `/** ${text.replace(/\*\//g, '*\\/').replace(/\n/g, ' ')} */\n` : '');
const quoted = (name) => JSON.stringify(name);

/** The element classes and the names their event types use; with `aliasElements`, classes come as `NameElement`. */
function typeImports({ aliasElements = false } = {}) {
  const used = new Set();
  for (const el of elements) {
    used.add(el.name);
    for (const event of el.events ?? []) for (const id of eventType(event).match(/[A-Za-z_$][\w$]*/g) ?? []) used.add(id);
  }
  const isElement = (n) => elements.some((el) => el.name === n);
  const names = [...used].filter((n) => mainExports.has(n)).sort();
  const specifiers = names.map((n) => (aliasElements && isElement(n) ? `${n} as ${n}Element` : n));
  return `import type { ${specifiers.join(', ')} } from '${MAIN_TYPES}';`;
}

/** Props every framework shares: properties, attributes in kebab case, each typed as the element's property. */
function propLines(el) {
  const fields = publicFields(el).map((f) => `${doc(f.description)}${quoted(f.name)}?: ${el.name}[${quoted(f.name)}];`);
  const attributes = kebabAttributes(el).map((a) => `${doc(`Attribute for \`${a.fieldName}\`. ${a.description ?? ''}`)}${quoted(a.name)}?: ${el.name}[${quoted(a.fieldName)}];`);
  return [...fields, ...attributes];
}

const header = `// Generated from custom-elements.json by scripts/generate-integrations.mjs; do not edit.\n`;

function reactWrapper() {
  const js = `${header}import * as React from 'react';
import { createComponent } from '@lit/react';
import { ${elements.map((el) => `${el.name} as ${el.name}Element`).join(', ')} } from '${MAIN_TYPES}';
${elements
  .map(
    (el) => `
export const ${el.name} = createComponent({
  tagName: ${quoted(el.tagName)},
  elementClass: ${el.name}Element,
  react: React,
  events: {
${(el.events ?? []).map((e) => `    ${camelHandler(e.name)}: ${quoted(e.name)},`).join('\n')}
  },
  displayName: ${quoted(el.name)},
});
`,
  )
  .join('')}`;
  const dts = `${header}
import type { EventName, ReactWebComponent } from '@lit/react';
${typeImports({ aliasElements: true })}
${elements
  .map(
    (el) => `
/** The \`<${el.tagName}>\` element's events as React props (a type, not an interface: @lit/react indexes it by string). */
export type ${el.name}Events = {
${(el.events ?? []).map((e) => `  ${doc(e.description)}  ${camelHandler(e.name)}: EventName<${eventType(e)}>;`).join('\n')}
};

/**
 * \`<${el.tagName}>\` as a React component (React 18 and 19): properties such as \`events\` are set as
 * properties, and ${(el.events ?? []).map((e) => `\`${camelHandler(e.name)}\``).join(', ')} listen to the element's events.
 */
export declare const ${el.name}: ReactWebComponent<${el.name}Element, ${el.name}Events>;
`,
  )
  .join('')}`;
  return { js, dts };
}

function reactJsx() {
  return `${header}// React 19 sets a custom element's properties and listens to \`on<event name>\` props, so the tag is typed
// as written in TSX: <${elements[0].tagName} events={…} onct-select={(e) => …} />. Import this file's types once:
// \`import type {} from '${pkg.name}/types/react'\`, or list '${pkg.name}/types/react' in tsconfig's "types".
// (React 18 sets neither: use the component from '${pkg.name}/react'.)
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${typeImports()}

${elements
  .map(
    (el) => `export interface ${el.name}JsxProps {
${[...propLines(el), ...(el.events ?? []).map((e) => `${doc(e.description)}${quoted(`on${e.name}`)}?: (event: ${eventType(e)}) => void;`)].map((l) => `  ${l.replace(/\n(?!$)/g, '\n  ')}`).join('\n')}
}
`,
  )
  .join('\n')}
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
${elements.map((el) => `      ${quoted(el.tagName)}: DetailedHTMLProps<HTMLAttributes<${el.name}>, ${el.name}> & ${el.name}JsxProps;`).join('\n')}
    }
  }
}
`;
}

function vueTypes() {
  return `${header}// Vue 3: types the tag in templates, vue-tsc's strictTemplates included (@ct-select="…" is \`onCtSelect\`).
// Import once: \`import type {} from '${pkg.name}/types/vue'\`, or list '${pkg.name}/types/vue' in tsconfig's "types".
// Vue must also be told the tag is a custom element (compilerOptions.isCustomElement).
import type { DefineComponent } from 'vue';
${typeImports()}

${elements
  .map(
    (el) => `export interface ${el.name}VueProps {
${[...propLines(el), ...(el.events ?? []).map((e) => `${doc(e.description)}${camelHandler(e.name)}?: (event: ${eventType(e)}) => void;`)].map((l) => `  ${l.replace(/\n(?!$)/g, '\n  ')}`).join('\n')}
}
`,
  )
  .join('\n')}
declare module 'vue' {
  interface GlobalComponents {
${elements.map((el) => `    ${quoted(el.tagName)}: DefineComponent<${el.name}VueProps>;`).join('\n')}
  }
}
`;
}

function svelteTypes() {
  return `${header}// Svelte 5: types the tag in markup (<${elements[0].tagName} {events} onct-select={(e) => …} />).
// Import once: \`import type {} from '${pkg.name}/types/svelte'\`, or list '${pkg.name}/types/svelte' in tsconfig's "types".
import type { HTMLAttributes } from 'svelte/elements';
${typeImports()}

${elements
  .map(
    (el) => `export interface ${el.name}SvelteProps extends HTMLAttributes<${el.name}> {
${[...propLines(el), ...(el.events ?? []).map((e) => `${doc(e.description)}${quoted(`on${e.name}`)}?: (event: ${eventType(e)}) => void;`)].map((l) => `  ${l.replace(/\n(?!$)/g, '\n  ')}`).join('\n')}
}
`,
  )
  .join('\n')}
declare module 'svelte/elements' {
  export interface SvelteHTMLElements {
${elements.map((el) => `    ${quoted(el.tagName)}: ${el.name}SvelteProps;`).join('\n')}
  }
}
`;
}

/** The editor generators print "(default: undefined)" for custom properties without one. */
const withoutEmptyDefaults = (json) => JSON.stringify(JSON.parse(json.replaceAll(' _(default: undefined)_', '')), null, 2) + '\n';

function write(path, text) {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

const wrapper = reactWrapper();
write('dist/react/index.js', wrapper.js);
write('dist/react/index.d.ts', wrapper.dts);
write('dist/types/react.d.ts', reactJsx());
write('dist/types/vue.d.ts', vueTypes());
write('dist/types/svelte.d.ts', svelteTypes());
const docs = { name: 'README', url: pkg.homepage };
const editorOptions = { hideLogs: true, descriptionSrc: 'description', referencesTemplate: () => [docs], referenceTemplate: () => docs };
write('dist/vscode.html-custom-data.json', withoutEmptyDefaults(getVsCodeHtmlCustomData(manifest, editorOptions)));
write('dist/vscode.css-custom-data.json', withoutEmptyDefaults(getVsCodeCssCustomData(manifest, editorOptions)));
write('dist/web-types.json', withoutEmptyDefaults(getWebTypesData(manifest, editorOptions)));
console.log(`Framework types, React wrapper and editor data written for ${elements.map((el) => `<${el.tagName}>`).join(', ')}.`);
