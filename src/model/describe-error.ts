/** What was thrown, as text, even when it is no Error and refuses to become a string. */
export function describeError(error: unknown): string {
  try {
    return error instanceof Error ? String(error.message) : String(error);
  } catch {
    return 'an error that cannot be shown as text';
  }
}
