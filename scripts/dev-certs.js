/**
 * HTTPS for the dev server without sudo. office-addin-dev-certs would install its CA with
 * `sudo` on Linux, which fails where sudo does not exist (a container, running as root) or
 * cannot be used. Here the certificates are generated (no sudo, in ~/.office-addin-dev-certs) and
 * used; on Windows and macOS, where trusting the CA needs no sudo, they are also installed as the
 * Office template does. Elsewhere the dev server says how to trust the CA by hand.
 */
const crypto = require("crypto");
const fs = require("fs");
const devCerts = require("office-addin-dev-certs");
const defaults = require("office-addin-dev-certs/lib/defaults");
const { message } = require("./lib/messages");

const PATHS = {
  ca: defaults.caCertificatePath,
  cert: defaults.localhostCertificatePath,
  key: defaults.localhostKeyPath,
};

/** True when the localhost certificate exists and is valid for at least another day. */
function certificateIsFresh(file = PATHS.cert) {
  try {
    const cert = new crypto.X509Certificate(fs.readFileSync(file));
    return new Date(cert.validTo).getTime() > Date.now() + 24 * 3600 * 1000;
  } catch {
    return false;
  }
}

const read = () => ({
  ca: fs.readFileSync(PATHS.ca),
  cert: fs.readFileSync(PATHS.cert),
  key: fs.readFileSync(PATHS.key),
});

/** Where the OS trust store takes a CA without sudo (the Office template's own way). */
const installsWithoutSudo = (platform) => platform === "win32" || platform === "darwin";

async function devHttpsOptions({ log = console.log, platform = process.platform } = {}) {
  if (installsWithoutSudo(platform)) return devCerts.getHttpsServerOptions();
  if (!certificateIsFresh()) {
    await devCerts.generateCertificates(
      PATHS.ca,
      PATHS.cert,
      PATHS.key,
      defaults.daysUntilCertificateExpires,
      defaults.domain
    );
  }
  log(
    message("certs.generated", {
      cert: PATHS.cert,
      ca: PATHS.ca,
      port: process.env.MH_DEV_PORT || 3000,
    })
  );
  return read();
}

module.exports = { devHttpsOptions, certificateIsFresh, PATHS };
