/**
 * What this browser's own `JSON.parse` says is wrong with `text`, as our messages quote it: spaces
 * collapsed, no closing full stop. Engines word it differently and change it between versions, so
 * tests compute it here instead of copying one engine's words.
 */
export function engineJsonReason(text: string): string {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  }
  throw new Error(`JSON.parse accepted ${JSON.stringify(text)}`);
}
