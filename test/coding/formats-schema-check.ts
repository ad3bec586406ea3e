// A small JSON Schema checker for the keywords docs/schemas/coded-document.schema.json uses
// (type, properties, required, additionalProperties: false, items, enum, const, anyOf, pattern,
// minimum, maximum). Unknown keywords fail loudly so the subset cannot silently grow.
type Schema = Record<string, unknown>;

const KNOWN = new Set([
  "$schema", "$id", "title", "description", "type", "properties", "required", "additionalProperties",
  "items", "enum", "const", "anyOf", "pattern", "minimum", "maximum",
]);

/** Returns the problems found, each with its JSON path; [] when the value conforms. */
export function checkSchema(schema: Schema, value: unknown, path = "$"): string[] {
  for (const key of Object.keys(schema)) {
    if (!KNOWN.has(key)) return [`${path}: schema keyword "${key}" is not supported by this checker`];
  }
  if (schema.anyOf) {
    const options = schema.anyOf as Schema[];
    return options.some((s) => checkSchema(s, value, path).length === 0) ? [] : [`${path}: matches no anyOf option`];
  }
  if ("const" in schema && value !== schema.const) return [`${path}: expected ${JSON.stringify(schema.const)}`];
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) return [`${path}: ${JSON.stringify(value)} not in enum`];
  const type = schema.type as string | undefined;
  if (type && !hasType(value, type)) return [`${path}: expected ${type}, got ${JSON.stringify(value)?.slice(0, 40)}`];
  const problems: string[] = [];
  if (typeof value === "string" && schema.pattern && !new RegExp(schema.pattern as string, "u").test(value)) {
    problems.push(`${path}: "${value}" does not match ${schema.pattern as string}`);
  }
  if (typeof value === "number") {
    if (schema.minimum !== undefined && value < (schema.minimum as number)) problems.push(`${path}: below minimum`);
    if (schema.maximum !== undefined && value > (schema.maximum as number)) problems.push(`${path}: above maximum`);
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((v, i) => problems.push(...checkSchema(schema.items as Schema, v, `${path}[${i}]`)));
  }
  if (type === "object" && value && typeof value === "object") {
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    const record = value as Record<string, unknown>;
    for (const key of (schema.required ?? []) as string[]) {
      if (!(key in record)) problems.push(`${path}: missing required "${key}"`);
    }
    for (const [key, v] of Object.entries(record)) {
      if (props[key]) problems.push(...checkSchema(props[key], v, `${path}.${key}`));
      else if (schema.additionalProperties === false) problems.push(`${path}: unexpected property "${key}"`);
    }
  }
  return problems;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "string": return typeof value === "string";
    case "number": return typeof value === "number" && Number.isFinite(value);
    case "integer": return Number.isInteger(value);
    case "boolean": return typeof value === "boolean";
    case "array": return Array.isArray(value);
    case "object": return !!value && typeof value === "object" && !Array.isArray(value);
    case "null": return value === null;
    default: return false;
  }
}
