/** mhscore consolidate: read judges' workbooks, check, aggregate, write the summary and/or JSON. */
import * as fs from "fs";
import * as path from "path";
import {
  consolidate,
  consolidationJson,
  DEFAULT_OPTIONS,
  summaryPlans,
  type FileInput,
  type TrimMode,
} from "../consolidate";
import { defaultStandard } from "../standard";
import { t } from "../strings";
import { openScoringWorkbook, writeWorkbook } from "../xlsx";
import { parseArgs, type OptionSpec } from "./args";
import { collectFiles } from "./collect-files";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CliIO } from "./io";
import { writeFileAtomic } from "./write-file";

const OPTIONS: OptionSpec[] = [
  { name: "--output", alias: "-o", value: true },
  { name: "--json", value: false },
  { name: "--trim", value: true },
  { name: "--pass", value: true },
  { name: "--spread", value: true },
  { name: "--force", value: false },
  { name: "--help", alias: "-h", value: false },
];

const ratio = (text: string | undefined, fallback: number, max: number) => {
  if (text === undefined) return fallback;
  const n = Number(text);
  return text.trim() !== "" && Number.isFinite(n) && n > 0 && n <= max ? n : NaN;
};

/** Read files with a little concurrency: I/O overlaps while one file is being parsed. */
async function readAll(files: string[], onProgress: (done: number) => void): Promise<FileInput[]> {
  const out: FileInput[] = new Array(files.length);
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      let result: FileInput["result"];
      try {
        result = await openScoringWorkbook(new Uint8Array(await fs.promises.readFile(files[i])));
      } catch (e) {
        result = {
          ok: false,
          code: "unreadable",
          message: t("problem.unreadable", { detail: (e as Error).message }),
        };
      }
      out[i] = { file: files[i], result };
      onProgress(++done);
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, files.length) }, worker));
  return out;
}

export async function consolidateCommand(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(argv, OPTIONS, true);
  const usage = () => t("cli.consolidate.usage");
  const fail = (message: string) => {
    io.err(message);
    io.err("");
    io.err(usage());
    return EXIT_USAGE;
  };
  if (!parsed.ok) return fail(parsed.error);
  if (parsed.flags.has("--help")) {
    io.out(usage());
    return EXIT_OK;
  }
  const output = parsed.values.get("--output")?.[0];
  const json = parsed.flags.has("--json");
  if (parsed.positionals.length === 0) return fail(t("cli.consolidate.noPaths"));
  if (!output && !json) return fail(t("cli.consolidate.noOutput"));
  if (output && !/\.xlsx$/i.test(output))
    return fail(t("cli.template.badOutput", { path: output }));
  const trim = (parsed.values.get("--trim")?.[0] ?? "auto") as TrimMode;
  if (!["auto", "always", "never"].includes(trim))
    return fail(t("cli.consolidate.badTrim", { value: trim }));
  const passText = parsed.values.get("--pass")?.[0];
  const passRatio = ratio(passText, DEFAULT_OPTIONS.passRatio, 1);
  if (Number.isNaN(passRatio)) return fail(t("cli.template.badPass", { value: passText ?? "" }));
  const spreadText = parsed.values.get("--spread")?.[0];
  const spreadRatio = ratio(spreadText, DEFAULT_OPTIONS.spreadRatio, 1);
  if (Number.isNaN(spreadRatio))
    return fail(t("cli.consolidate.badSpread", { value: spreadText ?? "" }));

  const collected = collectFiles(parsed.positionals);
  if (output) {
    const out = path.resolve(output);
    if (collected.files.some((f) => path.resolve(f) === out))
      return fail(t("cli.consolidate.outputIsInput", { path: output }));
    if (fs.existsSync(output) && !parsed.flags.has("--force")) {
      io.err(t("cli.template.exists", { path: output }));
      return EXIT_FAILED;
    }
  }
  const total = collected.files.length;
  const inputs = await readAll(collected.files, (done) => {
    if (io.progress && (done % 25 === 0 || done === total))
      io.progress(t("cli.consolidate.progress", { done, total }));
  });
  const result = await consolidate(inputs, { trim, passRatio, spreadRatio }, defaultStandard);
  result.problems.unshift(...collected.problems);
  result.filesRead += collected.problems.filter((p) => p.code !== "missing-path").length;

  if (json) io.out(JSON.stringify(consolidationJson(result), null, 2));
  if (result.sheetsRead === 0) {
    io.err(t("cli.consolidate.nothing", { files: total, problems: result.problems.length }));
    return EXIT_FAILED;
  }
  if (output) {
    try {
      writeFileAtomic(output, await writeWorkbook(summaryPlans(defaultStandard, result).plans));
    } catch (e) {
      io.err(t("cli.template.writeFailed", { path: output, reason: (e as Error).message }));
      return EXIT_FAILED;
    }
  }
  const summary = t("cli.consolidate.done", {
    files: total,
    sheets: result.sheetsRead,
    counted: result.sheetsCounted,
    applications: result.applications.length,
    problems: result.problems.length,
  });
  // With --json, stdout carries only the JSON; the summary goes to stderr.
  (json ? io.err : io.out)(summary);
  if (output) (json ? io.err : io.out)(t("cli.consolidate.written", { path: output }));
  return EXIT_OK;
}
