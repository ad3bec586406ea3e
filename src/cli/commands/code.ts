// STUB: eventwire code (owned by another change; replaced when it lands).
import type { Command } from "commander";

export function registerCode(program: Command): void {
  program.command("code").description("not implemented yet").action(() => {
    throw new Error("code: not implemented yet");
  });
}
