// STUB: eventwire query (owned by another change; replaced when it lands).
import type { Command } from "commander";

export function registerQuery(program: Command): void {
  program.command("query").description("not implemented yet").action(() => {
    throw new Error("query: not implemented yet");
  });
}
