/** Collects the fuzz campaign's figures across test files: test-output/fuzz-report.json. */
import * as fs from "fs";
import * as path from "path";

const file = path.join(__dirname, "..", "..", "test-output", "fuzz-report.json");

export function recordFuzz(name: string, figures: Record<string, number | string>): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const all = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, "utf8")) : {};
  all[name] = { ...figures, at: new Date().toISOString() };
  fs.writeFileSync(file, JSON.stringify(all, null, 2));
  // Printed so CI's log shows how many inputs were tried.
  process.stdout.write(`[fuzz] ${name}: ${JSON.stringify(figures)}\n`);
}
