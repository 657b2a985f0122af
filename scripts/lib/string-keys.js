/**
 * Which keys of src/strings/zh-CN.json a source file spells: a key in double quotes ("pane.title"),
 * or a key built at run time from a prefix, t(`sheet.col.${h}`), which spells every key under
 * "sheet.col.". The strings test (no unused key) and the pane's build (each module carries the
 * strings it spells: scripts/lib/strings-loader.js) use this one rule.
 */
function keysSpelled(code, keys) {
  const prefixes = [...code.matchAll(/t\(\s*`([\w.]+\.)\$\{/g)].map((m) => m[1]);
  return keys.filter((k) => code.includes(`"${k}"`) || prefixes.some((p) => k.startsWith(p)));
}

module.exports = { keysSpelled };
