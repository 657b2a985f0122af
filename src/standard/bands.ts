/** Maturity bands: band ↔ percentage ↔ points for one sub-item. */
import { t } from "../strings";
import type { Band, Standard, SubItem } from "./types";

/** The band a percentage falls in; a percentage between two bands (e.g. 7 %) belongs to the lower one. */
export function bandForPercent(standard: Standard, percent: number): Band {
  let found = standard.bands[0];
  for (const band of standard.bands) {
    if (band.min <= percent + 1e-9) found = band;
  }
  return found;
}

export function bandIndexForPercent(standard: Standard, percent: number): number {
  return standard.bands.indexOf(bandForPercent(standard, percent));
}

/** The 5 % steps inside a band, e.g. 50–65 → [50, 55, 60, 65]. */
export function stepsInBand(standard: Standard, band: Band): number[] {
  const steps: number[] = [];
  for (let p = band.min; p <= band.max; p += standard.stepPercent) steps.push(p);
  return steps;
}

/** Points for a percentage of a sub-item's maximum: 55 % of 120 = 66. Exact for whole percentages. */
export function scoreForPercent(subItem: SubItem, percent: number): number {
  return (subItem.max * percent) / 100;
}

/** Percentage of the maximum a score represents: 66 of 120 = 55. */
export function percentForScore(subItem: SubItem, score: number): number {
  return (score * 100) / subItem.max;
}

/** Points per scoring step for a sub-item: 5 % of 50 = 2.5. */
export function pointsPerStep(standard: Standard, subItem: SubItem): number {
  return scoreForPercent(subItem, standard.stepPercent);
}

/** Is the score a whole number of steps (5 %, 10 % … of the maximum)? */
export function isOnStep(standard: Standard, subItem: SubItem, score: number): boolean {
  const steps = percentForScore(subItem, score) / standard.stepPercent;
  return Math.abs(steps - Math.round(steps)) < 1e-9;
}

const stepName = (standard: Standard, band: Band) =>
  standard.maturitySteps.find((s) => s.id === band.step)?.name ?? band.step;

/**
 * "第4档 50–65% 协调一致": how a band is named on the sheet (the 成熟度 list), in the pane, in
 * files and reports. Several bands share a maturity step (two are 应对问题, two 整合), so the
 * name starts with the band's ordinal, lowest first: a judge can say "第5档" and mean one band.
 */
export function bandLabel(standard: Standard, band: Band): string {
  const n = standard.bands.indexOf(band) + 1;
  return t("sheet.bandLabel", { n, min: band.min, max: band.max, step: stepName(standard, band) });
}

/** Every band's label, lowest band first. */
export function bandLabels(standard: Standard): string[] {
  return standard.bands.map((b) => bandLabel(standard, b));
}

/** "50–65% 协调一致": the label sheets made before the ordinal carry; still read as that band. */
export function earlierBandLabel(standard: Standard, band: Band): string {
  return t("sheet.bandLabelBefore", {
    min: band.min,
    max: band.max,
    step: stepName(standard, band),
  });
}

/** Every band's earlier label, lowest band first. */
export function earlierBandLabels(standard: Standard): string[] {
  return standard.bands.map((b) => earlierBandLabel(standard, b));
}

/** The band a 成熟度 text names (its label, or the label of sheets made before); null for other text. */
export function bandOfLabel(standard: Standard, text: unknown): Band | null {
  if (typeof text !== "string") return null;
  return (
    standard.bands.find(
      (b) => bandLabel(standard, b) === text || earlierBandLabel(standard, b) === text
    ) ?? null
  );
}

/** A 成熟度 text as the tool names it now: an earlier band label becomes the band's label; other text stays. */
export function currentBandLabel(standard: Standard, text: string): string {
  const band = bandOfLabel(standard, text);
  return band ? bandLabel(standard, band) : text;
}

/** A band's range in points for one sub-item: 50–65 % of 120 → { low: 60, high: 78 }. */
export function bandPoints(subItem: SubItem, band: Band): { low: number; high: number } {
  return { low: scoreForPercent(subItem, band.min), high: scoreForPercent(subItem, band.max) };
}
