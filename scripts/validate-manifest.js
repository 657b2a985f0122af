#!/usr/bin/env node
/** npm run validate [-- manifest.xml …]: offline manifest checks (see manifest-check.js). */
const fs = require("fs");
const path = require("path");
const { validateManifestText } = require("./manifest-check");

const files = process.argv.slice(2);
if (files.length === 0) files.push("manifest.xml");
let failed = false;
for (const file of files) {
  const xml = fs.readFileSync(file, "utf8");
  const { errors, warnings } = validateManifestText(xml, {
    assetsDir: path.join(path.dirname(file), "assets"),
  });
  for (const w of warnings) console.log(`${file}: 提醒：${w}`);
  for (const e of errors) console.error(`${file}: 错误：${e}`);
  if (errors.length) failed = true;
  else console.log(`${file}: 清单检查通过（离线：XML 格式、GUID、https、资源引用、要求集、图标）`);
}
process.exit(failed ? 1 : 0);
