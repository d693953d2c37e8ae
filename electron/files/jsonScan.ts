// A JSON syntax check that runs before JSON.parse: it finds the first error with its line and column and a reason
// we can put into words (truncated file, NaN or Infinity, a stray character, ...), and refuses deep nesting before
// anything is built. Iterative, so no input can overflow the stack.

export type JsonScanCode =
  | 'file.truncated'
  | 'file.json.char'
  | 'file.json.nonFinite'
  | 'file.json.string'
  | 'file.json.number'
  | 'file.json.trailing'
  | 'file.tooDeep';

export interface JsonScanError {
  code: JsonScanCode;
  line: number;
  column: number;
  /** The offending character or token, for the message. */
  token: string;
}

const OBJ = 1;
const ARR = 2;

function isWs(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function isHex(c: number): boolean {
  return isDigit(c) || (c >= 0x61 && c <= 0x66) || (c >= 0x41 && c <= 0x46);
}

function lineCol(text: string, pos: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < pos && i < text.length; i++) {
    if (text.charCodeAt(i) === 0x0a) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: pos - start + 1 };
}

class Stop {
  constructor(
    readonly code: JsonScanCode,
    readonly pos: number,
    readonly token: string,
  ) {}
}

/** null when `text` is one JSON value nested at most `maxDepth` deep; otherwise the first problem. */
export function scanJson(text: string, maxDepth: number): JsonScanError | null {
  try {
    scan(text, maxDepth);
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const token = e.token.length > 20 ? `${e.token.slice(0, 20)}…` : e.token;
    return { code: e.code, token, ...lineCol(text, e.pos) };
  }
}

function scan(text: string, maxDepth: number): void {
  const n = text.length;
  const stack: number[] = [];
  let i = 0;
  const end = () => new Stop('file.truncated', n, '');
  const charAt = (p: number) => new Stop('file.json.char', p, text.slice(p, p + 1));
  const skipWs = () => {
    while (i < n && isWs(text.charCodeAt(i))) i++;
  };

  const scanString = () => {
    i++; // opening quote
    for (;;) {
      if (i >= n) throw end();
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return;
      }
      if (c < 0x20) throw new Stop('file.json.string', i, `U+${c.toString(16).padStart(4, '0')}`);
      if (c === 0x5c) {
        if (i + 1 >= n) throw end();
        const e = text[i + 1];
        if (e === 'u') {
          for (let k = 2; k < 6; k++) {
            if (i + k >= n) throw end();
            if (!isHex(text.charCodeAt(i + k))) throw new Stop('file.json.string', i, text.slice(i, i + 6));
          }
          i += 6;
        } else if ('"\\/bfnrt'.includes(e)) i += 2;
        else throw new Stop('file.json.string', i, `\\${e}`);
        continue;
      }
      i++;
    }
  };

  const scanNumber = () => {
    const start = i;
    if (text.charCodeAt(i) === 0x2d) {
      i++;
      if (text.startsWith('Infinity', i)) throw new Stop('file.json.nonFinite', start, '-Infinity');
    }
    if (i >= n) throw end();
    if (text.charCodeAt(i) === 0x30) i++;
    else if (isDigit(text.charCodeAt(i))) while (i < n && isDigit(text.charCodeAt(i))) i++;
    else throw new Stop('file.json.number', start, text.slice(start, i + 1));
    if (text.charCodeAt(i) === 0x2e) {
      i++;
      if (i >= n) throw end();
      if (!isDigit(text.charCodeAt(i))) throw new Stop('file.json.number', start, text.slice(start, i + 1));
      while (i < n && isDigit(text.charCodeAt(i))) i++;
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      i++;
      const s = text.charCodeAt(i);
      if (s === 0x2b || s === 0x2d) i++;
      if (i >= n) throw end();
      if (!isDigit(text.charCodeAt(i))) throw new Stop('file.json.number', start, text.slice(start, i + 1));
      while (i < n && isDigit(text.charCodeAt(i))) i++;
    }
  };

  const literal = (word: string) => {
    for (let k = 0; k < word.length; k++) {
      if (i + k >= n) throw end();
      if (text[i + k] !== word[k]) throw charAt(i + k);
    }
    i += word.length;
  };

  const open = (kind: number) => {
    stack.push(kind);
    if (stack.length > maxDepth) throw new Stop('file.tooDeep', i, '');
    i++;
  };

  // States: expecting a value, a key, a colon, or (after a value) a comma / the closing bracket.
  let state: 'value' | 'key' | 'colon' | 'after' = 'value';
  for (;;) {
    skipWs();
    if (i >= n) {
      if (state === 'after' && stack.length === 0) return;
      throw end();
    }
    const c = text.charCodeAt(i);
    switch (state) {
      case 'value':
        if (c === 0x7b) {
          open(OBJ);
          skipWs();
          if (text.charCodeAt(i) === 0x7d) {
            stack.pop();
            i++;
            state = 'after';
          } else state = 'key';
        } else if (c === 0x5b) {
          open(ARR);
          skipWs();
          if (text.charCodeAt(i) === 0x5d) {
            stack.pop();
            i++;
            state = 'after';
          } else state = 'value';
        } else if (c === 0x22) {
          scanString();
          state = 'after';
        } else if (c === 0x2d || isDigit(c)) {
          scanNumber();
          state = 'after';
        } else if (c === 0x74) {
          literal('true');
          state = 'after';
        } else if (c === 0x66) {
          literal('false');
          state = 'after';
        } else if (c === 0x6e) {
          literal('null');
          state = 'after';
        } else if (text.startsWith('NaN', i)) throw new Stop('file.json.nonFinite', i, 'NaN');
        else if (text.startsWith('Infinity', i)) throw new Stop('file.json.nonFinite', i, 'Infinity');
        else throw charAt(i);
        break;
      case 'key':
        if (c !== 0x22) throw charAt(i);
        scanString();
        state = 'colon';
        break;
      case 'colon':
        if (c !== 0x3a) throw charAt(i);
        i++;
        state = 'value';
        break;
      case 'after': {
        const top = stack[stack.length - 1];
        if (top === undefined) throw new Stop('file.json.trailing', i, text.slice(i, i + 1));
        if (c === 0x2c) {
          i++;
          state = top === OBJ ? 'key' : 'value';
        } else if ((top === OBJ && c === 0x7d) || (top === ARR && c === 0x5d)) {
          stack.pop();
          i++;
        } else throw charAt(i);
        break;
      }
    }
  }
}
