import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline styles through the CSSOM (`element.style.setProperty`), never as a `style` attribute:
 * a page whose Content-Security-Policy has no `'unsafe-inline'` for styles blocks the attribute (and
 * Lit's styleMap writes it on the first render) but allows the CSSOM.
 */
class CssomStyle extends Directive {
  private previous: Readonly<Record<string, string>> = {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('cssomStyle belongs on an element, as ${cssomStyle({...})}');
  }

  render(_styles: Readonly<Record<string, string>>): typeof noChange {
    return noChange;
  }

  override update(part: ElementPart, [styles]: [Readonly<Record<string, string>>]): typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of Object.keys(this.previous)) if (!(name in styles)) style.removeProperty(name);
    for (const [name, value] of Object.entries(styles)) if (this.previous[name] !== value) style.setProperty(name, value);
    this.previous = styles;
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyle);
