// STUB: eventwire eval quotes
import type { Command } from "commander";

export function registerQuoteEval(evalCommand: Command): void {
  evalCommand.command("quotes").description("not implemented yet").action(() => {
    throw new Error("eval quotes: not implemented yet");
  });
}
