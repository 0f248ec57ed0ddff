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

export default {
  plugins: [jsDocDefaults()],
};
