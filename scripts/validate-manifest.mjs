// Checks custom-elements.json against the custom-elements-manifest schema, and what the schema leaves
// open: every member, attribute and event of each element has a type, and every module path names a
// file that the package ships. `node scripts/validate-manifest.mjs [package folder]` (default: here);
// exits 1 with the problems listed.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import Ajv from 'ajv';

const root = resolve(process.argv[2] ?? '.');
const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('custom-elements-manifest/schema.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(join(root, pkg.customElements), 'utf8'));

const problems = [];
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addSchema(schema, 'cem');
const schemaProblems = (errors, at = '') => (errors ?? []).map((e) => `schema: ${at}${e.instancePath || '/'} ${e.message}`);
if (!ajv.validate('cem', manifest)) problems.push(...schemaProblems(ajv.errors));
// A declaration passes the schema as a plain class when it fails as a custom element (the schema's
// anyOf), so each element is checked as one too: that is where an event without a type shows.
const customElement = ajv.getSchema('cem#/definitions/CustomElementDeclaration');
manifest.modules?.forEach((mod, i) =>
  mod.declarations?.forEach((d, j) => {
    if (d.customElement && !customElement(d)) problems.push(...schemaProblems(customElement.errors, `/modules/${i}/declarations/${j}`));
  }),
);

for (const mod of manifest.modules ?? []) {
  if (!existsSync(join(root, mod.path))) problems.push(`${mod.path}: no such file in the package`);
  for (const reference of (mod.exports ?? []).map((e) => e.declaration)) {
    if (reference.module && !reference.package && !existsSync(join(root, reference.module))) {
      problems.push(`${mod.path}: export of ${reference.name} from ${reference.module}, no such file in the package`);
    }
  }
  for (const element of (mod.declarations ?? []).filter((d) => d.customElement)) {
    const where = `<${element.tagName}> (${mod.path})`;
    for (const member of element.members ?? []) {
      if (member.kind === 'field' && !member.type?.text) problems.push(`${where}: field ${member.name} has no type`);
      if (member.kind === 'method') {
        if (!member.return?.type?.text) problems.push(`${where}: method ${member.name} has no return type`);
        for (const parameter of member.parameters ?? []) {
          if (!parameter.type?.text) problems.push(`${where}: parameter ${parameter.name} of ${member.name} has no type`);
        }
      }
    }
    for (const attribute of element.attributes ?? []) {
      if (!attribute.type?.text) problems.push(`${where}: attribute ${attribute.name} has no type`);
    }
    for (const event of element.events ?? []) {
      if (!event.type?.text) problems.push(`${where}: event ${event.name} has no type`);
    }
  }
}

const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition'));
if (definitions.length === 0) problems.push('no custom-element-definition export');
for (const definition of definitions) {
  if (!/^[a-z][a-z0-9._]*-[a-z0-9._-]*$/.test(definition.name)) problems.push(`definition named ${definition.name}, not a tag name`);
}

if (problems.length > 0) {
  console.error(`${pkg.customElements}: ${problems.length} problem(s)\n${problems.map((p) => `  ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(`${pkg.customElements}: valid (schema ${manifest.schemaVersion}); ${manifest.modules.length} modules, ${definitions.map((d) => `<${d.name}>`).join(', ')}, every member typed, every path shipped.`);
