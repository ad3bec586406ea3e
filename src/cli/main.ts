#!/usr/bin/env node
// The eventwire command line. Each command lives in ./commands/ and registers itself here.
import { Command } from "commander";
import { registerAnnotate } from "./commands/annotate.js";
import { registerEval } from "./commands/eval.js";
import { registerCode } from "./commands/code.js";
import { registerIngest } from "./commands/ingest.js";
import { registerWatch } from "./commands/watch.js";
import { registerQuery } from "./commands/query.js";
import { registerRecode } from "./commands/recode.js";
import { InputError } from "../errors.js";

const program = new Command()
  .name("eventwire")
  .description("Reads news and turns it into structured, explainable event data.")
  .version("0.1.0")
  .showHelpAfterError();

registerAnnotate(program);
registerCode(program);
registerIngest(program);
registerWatch(program);
registerQuery(program);
registerRecode(program);
registerEval(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  if (error instanceof InputError) {
    process.stderr.write(`eventwire: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`eventwire: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
});
