import { describe, expect, it } from 'vitest';
import { safeFileName } from './fileName';

describe('safeFileName', () => {
  it('keeps Norwegian names and replaces what file systems refuse', () => {
    expect(safeFileName('Drammen – HØP 2024–27', '.xlsx')).toBe('Drammen – HØP 2024–27.xlsx');
    expect(safeFileName('Plan: 2024/27 "ny"?', '.csv')).toBe('Plan_ 2024_27 _ny__.csv');
    expect(safeFileName('a\u0000b\tc\u007f', '.x')).toBe('a_b_c_.x');
    expect(safeFileName(' ..skjult. ', '.x')).toBe('skjult.x');
    expect(safeFileName('CON', '.x')).toBe('scenario_CON.x');
    expect(safeFileName('', '.x')).toBe('scenario.x');
    expect(safeFileName('x'.repeat(300), '.x')).toHaveLength(122);
  });
});
