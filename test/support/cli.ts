/** Test helper: mhscore run in-process, its standard output and error gathered. */
import { run } from "../../src/cli/main";

export async function mhscore(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}
