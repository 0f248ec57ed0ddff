import { executeServerCommand } from '@web/test-runner-commands';

/** Turns forced colours on or off for this test page (DevTools emulation). */
export async function emulateForcedColors(active: boolean): Promise<void> {
  await executeServerCommand('emulate-forced-colors', { active });
}
