import { executeServerCommand } from '@web/test-runner-commands';

/** Lets this test page (and same-origin frames in it) write and read the clipboard, as a person allows it. */
export async function allowClipboard(): Promise<void> {
  await executeServerCommand('allow-clipboard');
}

/** The text on the system clipboard. */
export async function readClipboard(): Promise<string> {
  return executeServerCommand<string, undefined>('read-clipboard');
}
