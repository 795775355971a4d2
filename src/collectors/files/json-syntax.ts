/**
 * Where a JSON text first breaks the grammar. V8's `JSON.parse` names the position for most
 * errors but not for "Unexpected token" (a trailing comma, `NaN`, an unquoted word), and
 * where it names none it quotes the input instead, which may hold secrets. This scanner
 * only runs after a parse failed; it keeps its own stack, so deep nesting cannot overflow.
 */
export function syntaxErrorOffset(text: string): number {
  let i = 0;
  const stack: string[] = [];
  const skipSpace = (): void => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  /** A string starting at `i`: true and `i` past it, or false and `i` at the bad character. */
  const string = (): boolean => {
    if (text[i] !== '"') return false;
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) return (i++, true);
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1];
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return (i++, false);
          i += 6;
        } else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else return (i++, false);
      } else i++;
    }
    return false;
  };
  /** `"key":` after `{` or `,` in an object. */
  const key = (): boolean => {
    skipSpace();
    if (!string()) return false;
    skipSpace();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  const scalar = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;

  for (;;) {
    // A value is expected at i.
    skipSpace();
    const c = text[i];
    if (c === '{' || c === '[') {
      i++;
      skipSpace();
      if (text[i] === (c === '{' ? '}' : ']')) i++;
      else {
        stack.push(c);
        if (c === '{' && !key()) return i;
        continue;
      }
    } else if (c === '"') {
      if (!string()) return i;
    } else {
      scalar.lastIndex = i;
      const m = scalar.exec(text);
      if (!m) return i;
      i += m[0].length;
    }
    // After a value: close containers until a separator asks for the next value.
    for (;;) {
      skipSpace();
      const open = stack.at(-1);
      if (open === undefined) return i;
      const d = text[i];
      if (d === ',') {
        i++;
        if (open === '{' && !key()) return i;
        break;
      }
      if (d !== (open === '{' ? '}' : ']')) return i;
      i++;
      stack.pop();
    }
  }
}

/** 1-based line and column of a character offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let j = text.indexOf('\n'); j !== -1 && j < offset; j = text.indexOf('\n', j + 1)) {
    line++;
    lineStart = j + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
