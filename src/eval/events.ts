// STUB: eventwire eval events
import type { Command } from "commander";

export function registerEventEval(evalCommand: Command): void {
  evalCommand.command("events").description("not implemented yet").action(() => {
    throw new Error("eval events: not implemented yet");
  });
}
