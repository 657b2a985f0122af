/**
 * The maturity guide's arithmetic: a choice is a band and a 5 % step inside it; moving across
 * bands keeps the relative position where it can; points come from src/standard.
 */
import {
  bandLabel as labelOf,
  bandForPercent,
  percentForScore,
  scoreForPercent,
  stepsInBand,
  isOnStep,
  type Standard,
  type SubItem,
} from "../standard";

export interface GuideChoice {
  band: number;
  percent: number;
}

/** The choice that reproduces a score already in the sheet, or null when there is none or it is off the grid. */
export function choiceForScore(
  standard: Standard,
  sub: SubItem,
  score: unknown
): GuideChoice | null {
  if (typeof score !== "number" || !Number.isFinite(score) || score < 0 || score > sub.max)
    return null;
  if (!isOnStep(standard, sub, score)) return null;
  const percent = Math.round(percentForScore(sub, score));
  return { band: standard.bands.indexOf(bandForPercent(standard, percent)), percent };
}

export function moveBand(
  standard: Standard,
  choice: GuideChoice | null,
  delta: number
): GuideChoice {
  if (!choice) {
    const band = delta > 0 ? 0 : standard.bands.length - 1;
    return { band, percent: standard.bands[band].min };
  }
  const band = Math.min(standard.bands.length - 1, Math.max(0, choice.band + delta));
  const from = stepsInBand(standard, standard.bands[choice.band]);
  const to = stepsInBand(standard, standard.bands[band]);
  const position = Math.min(from.indexOf(choice.percent), to.length - 1);
  return { band, percent: to[Math.max(0, position)] };
}

export function moveStep(
  standard: Standard,
  choice: GuideChoice | null,
  delta: number
): GuideChoice {
  if (!choice) return moveBand(standard, null, 1);
  const steps = stepsInBand(standard, standard.bands[choice.band]);
  const i = Math.min(steps.length - 1, Math.max(0, steps.indexOf(choice.percent) + delta));
  return { band: choice.band, percent: steps[i] };
}

export function pointsOf(sub: SubItem, choice: GuideChoice): number {
  return scoreForPercent(sub, choice.percent);
}

/** "50–65% 协调一致": the band's label as the sheet's 成熟度 list has it. */
export function bandLabel(standard: Standard, band: number): string {
  return labelOf(standard, standard.bands[band]);
}
