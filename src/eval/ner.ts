// STUB: eventwire eval ner
import type { Command } from "commander";

export function registerNerEval(evalCommand: Command): void {
  evalCommand.command("ner").description("not implemented yet").action(() => {
    throw new Error("eval ner: not implemented yet");
  });
}
