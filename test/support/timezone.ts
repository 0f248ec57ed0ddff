import { executeServerCommand } from '@web/test-runner-commands';

/** Time zones where a calendar-date bug shows: far behind and far ahead of UTC. */
export const READER_TIME_ZONES = ['Pacific/Honolulu', 'UTC', 'Asia/Tokyo', 'Pacific/Kiritimati'] as const;

/** Switch this test page's time zone (DevTools emulation); undefined restores the machine's. */
export async function emulateTimezone(timezoneId: string | undefined): Promise<void> {
  await executeServerCommand('emulate-timezone', { timezoneId });
}
