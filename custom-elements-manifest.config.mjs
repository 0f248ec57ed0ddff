import { existsSync } from 'node:fs';
import { posix } from 'node:path';
import ts from 'typescript';

/**
 * The analyzer writes a field's initializer as its default; where that is a named constant
 * (`rows = DEFAULT_MAX_ROWS`), a JSDoc `@default` tag gives the value a reader needs instead,
 * for the field and for its attribute.
 */
function jsDocDefaults() {
  /** `Class.field` → the tag's value. */
  const defaults = new Map();
  return {
    name: 'jsdoc-defaults',
    analyzePhase({ ts, node }) {
      if (!ts.isPropertyDeclaration(node) || !ts.isClassDeclaration(node.parent) || !node.parent.name) return;
      const tag = ts.getJSDocTags(node).find((t) => t.tagName.text === 'default');
      const value = typeof tag?.comment === 'string' ? tag.comment.trim() : '';
      if (value) defaults.set(`${node.parent.name.text}.${node.name.getText()}`, value);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((m) => m.declarations ?? [])) {
        for (const field of [...(declaration.members ?? []), ...(declaration.attributes ?? [])]) {
          const value = defaults.get(`${declaration.name}.${field.fieldName ?? field.name}`);
          if (value) field.default = value;
        }
      }
    },
  };
}

/**
 * The analyzer reads types as written, so a field set from a named constant (`loadTimeout =
 * DEFAULT_LOAD_TIMEOUT_MS`) has none. TypeScript's checker gives those fields, their attributes and
 * unannotated method returns the type the compiler infers, so every member in the manifest is typed.
 */
function checkerTypes() {
  return {
    name: 'checker-types',
    packageLinkPhase({ customElementsManifest }) {
      const files = customElementsManifest.modules.map((m) => m.path).filter((p) => p.endsWith('.ts'));
      const program = ts.createProgram(files, { target: ts.ScriptTarget.ES2021, strict: true, experimentalDecorators: true, skipLibCheck: true });
      const checker = program.getTypeChecker();
      const typeText = (node) => checker.typeToString(checker.getTypeAtLocation(node), node, ts.TypeFormatFlags.NoTruncation);
      for (const mod of customElementsManifest.modules) {
        const source = program.getSourceFile(mod.path);
        for (const declaration of mod.declarations ?? []) {
          if (declaration.kind !== 'class' || !source) continue;
          const classNode = source.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === declaration.name);
          if (!classNode) continue;
          const memberNode = (name) => classNode.members.find((m) => m.name && m.name.getText(source) === name);
          for (const member of declaration.members ?? []) {
            const node = memberNode(member.name);
            if (!node) continue;
            if (member.kind === 'field' && !member.type) member.type = { text: typeText(node) };
            if (member.kind === 'method' && !member.return?.type) {
              const signature = checker.getSignatureFromDeclaration(node);
              if (signature) member.return = { ...member.return, type: { text: checker.typeToString(checker.getReturnTypeOfSignature(signature)) } };
            }
          }
          for (const attribute of declaration.attributes ?? []) {
            const field = declaration.members?.find((m) => m.name === attribute.fieldName);
            if (!attribute.type && field?.type) attribute.type = { ...field.type };
          }
        }
      }
    },
  };
}

/**
 * The analyzer reads src/**\/*.ts, but the package ships dist/**\/*.js: every path in the manifest
 * becomes the shipped file (`src/element/conflict-timeline.ts` → `dist/element/conflict-timeline.js`).
 * Modules that compile to no JavaScript (types only) are left out, and so are exports that point to
 * them, so each path names a file in the package. Runs after the ESM build (`npm run build`).
 */
function shippedPaths() {
  /** A module reference as written in `from` (relative), as the analyzer records it (`/src/…js`) or as a path. */
  const shipped = (modulePath, fromModule) => {
    let p = modulePath.replace(/^\//, '');
    if (p.startsWith('.')) p = posix.join(posix.dirname(fromModule), p);
    return p.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
  };
  return {
    name: 'shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      if (!existsSync('dist/index.js')) throw new Error('custom-elements-manifest: build dist/ first (npm run build), so paths can name shipped files');
      const modules = customElementsManifest.modules;
      for (const mod of modules) {
        const from = mod.path;
        mod.path = shipped(from, from);
        const references = [
          ...(mod.exports ?? []).map((e) => e.declaration),
          ...(mod.declarations ?? []).flatMap((d) => [d.superclass, ...(d.members ?? []).map((m) => m.inheritedFrom)]),
        ];
        for (const reference of references) {
          if (reference?.module && !reference.package) reference.module = shipped(reference.module, from);
        }
      }
      customElementsManifest.modules = modules.filter((m) => existsSync(m.path));
      for (const mod of customElementsManifest.modules) {
        mod.exports = mod.exports?.filter((e) => e.declaration.package || !e.declaration.module || existsSync(e.declaration.module));
      }
    },
  };
}

export default {
  plugins: [jsDocDefaults(), checkerTypes(), shippedPaths()],
};
