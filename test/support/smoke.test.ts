import { expect } from '@open-wc/testing';
import { emulateTimezone } from './timezone.js';

describe('test harness', () => {
  afterEach(() => emulateTimezone(undefined));
  it('emulates the reader time zone', async () => {
    await emulateTimezone('Pacific/Honolulu');
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Pacific/Honolulu');
    expect(new Date(Date.UTC(2018, 8, 17)).getDate()).to.equal(16);
  });
});
