/**
 * The manifest for a deployment: every https://localhost:3000/ address becomes ADDIN_URL, and
 * the AppDomain (an origin, without a path) becomes ADDIN_URL's origin — so the production
 * manifest names no other origin.
 */
const { message } = require("./messages");

const DEV_URL = "https://localhost:3000/";
const DEV_ORIGIN = "https://localhost:3000";

function manifestForUrl(xml, url) {
  if (!/^https:\/\/[^/]+\/(.*\/)?$/.test(url)) {
    throw new Error(message("manifest.badUrl", { url }));
  }
  const origin = new URL(url).origin;
  return xml.split(DEV_URL).join(url).split(DEV_ORIGIN).join(origin);
}

module.exports = { manifestForUrl, DEV_URL };
