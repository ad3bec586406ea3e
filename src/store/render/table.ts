// A plain-text table for the terminal: columns padded to their widest cell, long cells cut
// with an ellipsis so a row stays on one line.

export interface Column<T> {
  header: string;
  value: (row: T) => string;
  /** Widest the column may get; longer cells are cut. */
  max?: number;
  align?: "left" | "right";
}

function cut(text: string, max: number | undefined): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return max !== undefined && flat.length > max ? `${flat.slice(0, Math.max(1, max - 1))}\u2026` : flat;
}

export function renderTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  const cells = rows.map((row) => columns.map((c) => cut(c.value(row), c.max)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((r) => r[i]!.length)));
  const line = (values: string[]) =>
    values.map((v, i) => (columns[i]!.align === "right" ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join("  ").trimEnd();
  return [line(columns.map((c) => c.header)), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n") + "\n";
}
