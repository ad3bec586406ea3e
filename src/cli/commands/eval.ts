// eventwire eval ner|quotes|events: accuracy on public gold standards.
import type { Command } from "commander";
import { registerNerEval } from "../../eval/ner.js";
import { registerQuoteEval } from "../../eval/quotes.js";
import { registerEventEval } from "../../eval/events.js";

export function registerEval(program: Command): void {
  const evalCommand = program.command("eval").description("measure accuracy against gold-standard data");
  registerNerEval(evalCommand);
  registerQuoteEval(evalCommand);
  registerEventEval(evalCommand);
}
