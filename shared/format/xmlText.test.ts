import { describe, expect, it } from 'vitest';
import { xmlSafeText } from './xmlText';

describe('xmlSafeText', () => {
  it('keeps what XML can hold', () => {
    const ok = 'Økt bemanning\tP05 – «ny» 😀 \u00a0\n\r\uFFFD\uE000';
    expect(xmlSafeText(ok)).toBe(ok);
  });

  it('replaces noncharacters, lone surrogates and control characters', () => {
    expect(xmlSafeText('a\uFFFFb\uFFFEc')).toBe('a\uFFFDb\uFFFDc');
    expect(xmlSafeText('x\uD800y\uDC00')).toBe('x\uFFFDy\uFFFD');
    expect(xmlSafeText('nul\u0000bell\u0007esc\u001b[2J')).toBe('nul\uFFFDbell\uFFFDesc\uFFFD[2J');
    expect(xmlSafeText('\uFDD0\u{1FFFF}\u{10FFFE}')).toBe('\uFFFD\uFFFD\uFFFD');
    // Called twice in a row (the expression is global): same answer.
    expect(xmlSafeText('\uFFFF')).toBe('\uFFFD');
    expect(xmlSafeText('\uFFFF')).toBe('\uFFFD');
  });
});
