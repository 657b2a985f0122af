/**
 * Where the pages load office.js from — a build-time setting (OFFICE_JS=…):
 *   cdn    Microsoft's worldwide CDN (default)
 *   china  the CDN of the China-operated Microsoft 365 cloud (世纪互联)
 *   local  a copy from @microsoft/office-js, served by the dev server only (offline development)
 *   https://…  any other URL, e.g. an organisation's internal mirror
 */
const OFFICE_JS_URLS = {
  cdn: "https://appsforoffice.microsoft.com/lib/1/hosted/office.js",
  china: "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js",
  local: "/office-js/office.js",
};

function officeJsUrl(setting, dev) {
  const choice = (setting || "cdn").trim();
  if (choice === "local" && !dev) {
    throw new Error(
      "OFFICE_JS=local 只能用于开发服务器（npm run dev-server / npm start），正式构建请用 cdn、china 或 https 地址"
    );
  }
  if (OFFICE_JS_URLS[choice]) return OFFICE_JS_URLS[choice];
  if (/^https:\/\/\S+$/.test(choice)) return choice;
  throw new Error(`OFFICE_JS 的值“${choice}”无效：应为 cdn、china、local 或 https:// 开头的地址`);
}

/**
 * The pages' Content-Security-Policy: scripts only from the add-in itself and the office.js CDN
 * (office.js loads its host-specific parts from the same origin), no inline script, no eval,
 * connections only to the add-in's own origin. Styles allow inline because Fluent UI's Griffel
 * inserts its style rules at run time; no script can be injected through that.
 */
function contentSecurityPolicy(officeJs) {
  const origin = /^https:\/\//.test(officeJs) ? new URL(officeJs).origin : "";
  return [
    "default-src 'self'",
    `script-src 'self'${origin ? " " + origin : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

module.exports = { officeJsUrl, contentSecurityPolicy, OFFICE_JS_URLS };
