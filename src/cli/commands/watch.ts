// STUB: eventwire watch (owned by another change; replaced when it lands).
import type { Command } from "commander";

export function registerWatch(program: Command): void {
  program.command("watch").description("not implemented yet").action(() => {
    throw new Error("watch: not implemented yet");
  });
}
