/**
 * Office.js sizes columns in points; the layout (like .xlsx files) in character widths of the
 * default font. Excel's own rule for an 11-pt default font: a width of w characters is
 * w × 7 + 5 pixels, and a pixel is 0.75 pt. Both directions round to 0.01 so they invert exactly.
 */
export function charsToPoints(width: number): number {
  return Math.round((width * 7 + 5) * 0.75 * 100) / 100;
}

export function pointsToChars(points: number): number {
  return Math.round(((points / 0.75 - 5) / 7) * 100) / 100;
}
