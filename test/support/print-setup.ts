/** The print setup every sheet the tool writes should have, checked in its worksheet XML. */

/**
 * What is wrong with a worksheet's print setup (empty when right): A4, one page wide, a header
 * that starts with `header` (the round's name), 第 n 页，共 m 页 below.
 */
export function printSetupProblems(xml: string, header: string): string[] {
  const escaped = header.replace(/&/g, "&amp;&amp;");
  const checks: [string, boolean][] = [
    ["A4", /<pageSetup [^>]*paperSize="9"/.test(xml)],
    ["one page wide", /<pageSetup [^>]*fitToWidth="1"/.test(xml)],
    ["fit to page", /<pageSetUpPr [^>]*fitToPage="1"/.test(xml)],
    ["header", xml.includes(`<oddHeader>&amp;C${escaped}`)],
    ["page numbers", xml.includes("<oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter>")],
  ];
  return checks.filter(([, ok]) => !ok).map(([what]) => what);
}
