import { describe, expect, it } from 'vitest';
import { shortDateTime } from './dateTime';

describe('shortDateTime', () => {
  // Times across the year (both sides of summer time), midnight and single-digit fields.
  const times = [new Date(2026, 0, 5, 0, 7), new Date(2026, 6, 31, 23, 59), new Date(2025, 11, 3, 18, 36), new Date(1999, 8, 9, 9, 9)];
  it('writes what Intl short date and time style writes, in bokmål and English', () => {
    for (const t of times) {
      expect(shortDateTime(t, 'nb')).toBe(new Intl.DateTimeFormat('nb-NO', { dateStyle: 'short', timeStyle: 'short' }).format(t));
      expect(shortDateTime(t, 'en')).toBe(new Intl.DateTimeFormat('en-GB', { dateStyle: 'short', timeStyle: 'short' }).format(t));
    }
  });
  it('pads day, month, hour and minute to two digits', () => {
    expect(shortDateTime(new Date(2026, 1, 3, 4, 5), 'nb')).toBe('03.02.2026, 04:05');
    expect(shortDateTime(new Date(2026, 1, 3, 4, 5), 'en')).toBe('03/02/2026, 04:05');
  });
});
