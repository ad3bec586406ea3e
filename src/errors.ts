// Errors for bad input: each names the input and says what is wrong and how to fix it.

export class InputError extends Error {
  constructor(
    /** What was bad: a file path, a field name, "line 12 of batch.jsonl". */
    readonly input: string,
    readonly problem: string,
  ) {
    super(`${input}: ${problem}`);
    this.name = "InputError";
  }
}

/** Accepts YYYY-MM-DD that names a real calendar day. */
export function checkDate(value: string, input: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) throw new InputError(input, `"${value}" is not a date; write it as YYYY-MM-DD, e.g. 2024-04-06`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.toISOString().slice(0, 10) !== value) {
    throw new InputError(input, `"${value}" is not a calendar day; check the month and day`);
  }
  return value;
}
