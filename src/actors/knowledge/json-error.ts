// Where a JSON text goes wrong, as line and column. JSON.parse in Node 20 does not always
// say where ("Unexpected token '}' ... is not valid JSON"), so a failed parse is re-scanned
// by this small checker, which stops at the first character that cannot continue the text.

export interface JsonErrorPlace {
  line: number;
  column: number;
  problem: string;
}

class Stop extends Error {
  constructor(readonly at: number, readonly problem: string) {
    super(problem);
  }
}

export function locateJsonError(text: string): JsonErrorPlace | undefined {
  let i = 0;
  const ws = () => {
    while (i < text.length && " \t\r\n".includes(text[i]!)) i++;
  };
  const expect = (what: string): never => {
    const got = i < text.length ? `"${text[i]}"` : "the end of the file";
    throw new Stop(i, `expected ${what} but found ${got}`);
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) expect("a closing quote (strings cannot span lines)");
      if (text[i] === "\\") {
        i++;
        if (text[i] === "u") {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) expect("four hex digits after \\u");
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? "")) expect('an escape such as \\" or \\n');
      }
      i++;
    }
    if (i >= text.length) expect("a closing quote");
    i++;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === "{") {
      i++;
      ws();
      if (text[i] === "}") { i++; return; }
      while (true) {
        ws();
        if (text[i] !== '"') expect('a property name in double quotes');
        string();
        ws();
        if (text[i] !== ":") expect('":" after the property name');
        i++;
        value();
        ws();
        if (text[i] === ",") { i++; ws(); if (text[i] === "}") expect("another property (no comma before })"); continue; }
        if (text[i] === "}") { i++; return; }
        expect('"," or "}"');
      }
    }
    if (c === "[") {
      i++;
      ws();
      if (text[i] === "]") { i++; return; }
      while (true) {
        value();
        ws();
        if (text[i] === ",") { i++; ws(); if (text[i] === "]") expect("another value (no comma before ])"); continue; }
        if (text[i] === "]") { i++; return; }
        expect('"," or "]"');
      }
    }
    if (c === '"') return string();
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (m && m[0].length > 0 && c !== undefined && /[-\d]/.test(c)) { i += m[0].length; return; }
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) { i += word.length; return; }
    }
    expect("a value (string in double quotes, number, true, false, null, object or array)");
  };
  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1;
    value();
    ws();
    if (i < text.length) expect("the end of the file after the top-level value");
    return undefined;
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
    const before = text.slice(0, e.at);
    const line = before.split("\n").length;
    const column = e.at - before.lastIndexOf("\n");
    return { line, column, problem: e.problem };
  }
}
