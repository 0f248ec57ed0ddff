/**
 * Text for HTML that a person will paste into their page: every character that could end a text run or
 * an attribute value, or start markup, is written as a character reference.
 */
const TEXT_REFERENCES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const ATTRIBUTE_REFERENCES: Readonly<Record<string, string>> = { ...TEXT_REFERENCES, '"': '&quot;', "'": '&#39;' };

/** Text between tags. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => TEXT_REFERENCES[c]!);
}

/** An attribute value, for a double-quoted attribute (single quotes too, in case the page rewrites quotes). */
export function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ATTRIBUTE_REFERENCES[c]!);
}
