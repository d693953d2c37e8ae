// Text that every file format we write can hold: XML 1.0 (the xlsx parts) admits tab, LF, CR and the characters
// from U+0020 up, except lone surrogates and U+FFFE/U+FFFF. A name with any other character made an xlsx whose
// sharedStrings.xml LibreOffice could not read past it. We also replace the other noncharacters (U+FDD0–U+FDEF and
// the last two of every plane), which XML admits but Unicode reserves, so the CSV export writes the same text.

const NONCHARACTERS = Array.from({ length: 16 }, (_, i) => `\\u{${(i + 1).toString(16)}FFFE}-\\u{${(i + 1).toString(16)}FFFF}`).join('');
const UNSAFE = new RegExp(`[^\\t\\n\\r\\u0020-\\uD7FF\\uE000-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{10FFFF}]|[${NONCHARACTERS}]`, 'gu');

/** The replacement character, visible where a character had to go. */
export const REPLACEMENT = '\uFFFD';

/** `text` with every character XML 1.0 cannot hold (controls, lone surrogates, noncharacters) replaced by U+FFFD. */
export function xmlSafeText(text: string): string {
  UNSAFE.lastIndex = 0;
  return UNSAFE.test(text) ? text.replace(UNSAFE, REPLACEMENT) : text;
}
