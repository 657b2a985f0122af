#!/usr/bin/env node
/**
 * npm run serve: dist/ over https for a pilot on the intranet — a static server, nothing else.
 * Excel loads add-ins only from https addresses it trusts, so a certificate is required:
 * --cert/--key (issued by the office's CA or IT), or --dev-cert for a trial on this machine only.
 *   npm run serve -- --cert cert.pem --key key.pem [--port 8443] [--host 0.0.0.0] [--dir dist]
 */
const fs = require("fs");
const https = require("https");
const path = require("path");
const { parseArgs } = require("util");
const { message } = require("./lib/messages");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".png": "image/png",
  ".xml": "text/xml; charset=utf-8",
  ".json": "application/json",
};

function options(argv) {
  const { values } = parseArgs({
    args: argv,
    options: {
      cert: { type: "string" },
      key: { type: "string" },
      "dev-cert": { type: "boolean" },
      port: { type: "string", default: "8443" },
      host: { type: "string", default: "0.0.0.0" },
      dir: { type: "string", default: path.join(__dirname, "..", "dist") },
      help: { type: "boolean", short: "h" },
    },
    strict: true,
  });
  return values;
}

/** The static handler: files under `dir` only, index.html never listed, no directory listing. */
function handler(dir) {
  const base = path.resolve(dir);
  return (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, "https://x").pathname);
    const file = path.join(base, pathname === "/" ? "taskpane.html" : pathname);
    if (!file.startsWith(base + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      res.end("404");
      return;
    }
    res.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
      "X-Content-Type-Options": "nosniff",
    });
    fs.createReadStream(file).pipe(res);
  };
}

async function tlsOptions(values) {
  if (values["dev-cert"]) {
    const { devHttpsOptions } = require("./dev-certs");
    return devHttpsOptions();
  }
  if (!values.cert || !values.key) return null;
  const read = (p) => {
    try {
      return fs.readFileSync(p);
    } catch (e) {
      throw new Error(message("serve.readFailed", { path: p, reason: e.code || e.message }));
    }
  };
  return { cert: read(values.cert), key: read(values.key) };
}

/** The address the built manifest points at (to compare with where this serves). */
function manifestUrl(dir) {
  const xml = fs.readFileSync(path.join(dir, "manifest.xml"), "utf8");
  return /<SourceLocation DefaultValue="([^"]*)taskpane\.html"/.exec(xml)?.[1] ?? "";
}

async function main(argv) {
  let values;
  try {
    values = options(argv);
  } catch (e) {
    console.error(message("serve.badOption", { detail: e.message }));
    console.error(message("serve.usage"));
    return 2;
  }
  if (values.help) {
    console.log(message("serve.usage"));
    return 0;
  }
  if (!fs.existsSync(path.join(values.dir, "taskpane.html"))) {
    console.error(message("serve.noDist", { dir: values.dir }));
    return 1;
  }
  const tls = await tlsOptions(values);
  if (!tls) {
    console.error(message("serve.noCert"));
    console.error("");
    console.error(message("serve.usage"));
    return 2;
  }
  const server = https.createServer(tls, handler(values.dir));
  return new Promise((resolve) => {
    server.on("error", (e) => {
      console.error(
        message("serve.listenFailed", { port: values.port, reason: e.code || e.message })
      );
      resolve(1);
    });
    server.listen(Number(values.port), values.host, () => {
      const url = `https://${values.host === "0.0.0.0" ? "localhost" : values.host}:${values.port}/`;
      console.log(
        message("serve.listening", { dir: values.dir, url, manifestUrl: manifestUrl(values.dir) })
      );
    });
  });
}

if (require.main === module)
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (e) => {
      console.error(e.message);
      process.exitCode = 1;
    }
  );

module.exports = { main, handler };
