/**
 * Entry of the `pipeline-health` command: wires arguments to commands and turns user
 * mistakes into one translated line on stderr with exit code 2. Bugs keep their stack.
 */
import { environmentLocale, parsePlanArguments, parseReportArguments, UsageError } from "./args";
import { runPlan } from "./plan-command";
import { runReport } from "./report-command";
import { languageFor, translate } from "../i18n";

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

const HELP_WORDS = ["--help", "-h", "help"];

/** Runs the command line and returns the exit code: 0 done, 2 user error, 1 bug. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const language = languageFor(argv.includes("--lang") ? argv[argv.indexOf("--lang") + 1] : environmentLocale(io.env));
  const [command, ...rest] = argv;
  try {
    if (argv.some((word) => HELP_WORDS.includes(word))) {
      io.stdout(`${translate(language, "cli.usage")}\n\n${translate(language, "cli.help")}\n`);
      return 0;
    }
    if (command === undefined) {
      io.stderr(`${translate(language, "cli.usage")}\n`);
      return 2;
    }
    if (command === "plan") {
      await runPlan(parsePlanArguments(rest, io.env), { stdout: io.stdout });
      return 0;
    }
    if (command !== "report") throw new UsageError("cli.unknownCommand", { command });
    const args = parseReportArguments(rest, io.env);
    await runReport(args, { stdout: io.stdout });
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      const params = { ...error.params };
      for (const [name, key] of Object.entries(error.translatedParams)) params[name] = translate(language, key);
      io.stderr(`pipeline-health: ${translate(language, error.key, params)}\n`);
      return 2;
    }
    io.stderr(`pipeline-health: internal error\n${error instanceof Error ? error.stack : String(error)}\n`);
    return 1;
  }
}
