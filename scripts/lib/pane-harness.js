/**
 * The task pane in a real browser, for the end-to-end test and the bench: the production build
 * in dist/ served on localhost, Debian's Chromium driven by playwright-core, and the office.js
 * request from the CDN answered with a bundle of the in-memory Excel double (no network).
 */
const fs = require("fs");
const http = require("http");
const path = require("path");
const webpack = require("webpack");

const root = path.join(__dirname, "..", "..");
const CHROMIUM = ["/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser"];

function findChromium() {
  if (process.env.CHROMIUM && fs.existsSync(process.env.CHROMIUM)) return process.env.CHROMIUM;
  return CHROMIUM.find((p) => fs.existsSync(p)) || null;
}

/** Bundle test/e2e/fake-office.ts (the double) for the browser; resolves to its source text. */
function buildFakeOffice() {
  const outDir = path.join(root, "test-output", "e2e");
  const config = {
    mode: "development",
    devtool: false,
    entry: path.join(root, "test/e2e/fake-office.ts"),
    output: { path: outDir, filename: "fake-office.js" },
    target: ["web", "es2017"],
    resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.join(root, "tsconfig.json"),
              transpileOnly: true,
              compilerOptions: { noEmit: false },
            },
          },
        },
      ],
    },
  };
  return new Promise((resolve, reject) => {
    webpack(config, (err, stats) => {
      if (err || stats.hasErrors()) return reject(err || new Error(stats.toString("errors-only")));
      resolve(fs.readFileSync(path.join(outDir, "fake-office.js"), "utf8"));
    });
  });
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".png": "image/png",
  ".xml": "text/xml",
};

/** Serve dist/ on 127.0.0.1 (an ephemeral port). Resolves to { url, close }. */
function serveDist(dist = path.join(root, "dist")) {
  const server = http.createServer((req, res) => {
    const file = path.join(dist, decodeURIComponent(new URL(req.url, "http://x").pathname));
    if (!file.startsWith(dist) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404);
      res.end();
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        close: () => new Promise((r) => server.close(r)),
      })
    )
  );
}

async function launchBrowser() {
  const { chromium } = require("playwright-core");
  return chromium.launch({
    executablePath: findChromium(),
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** office.js requests answered by `officeJs` (a string), or failed when it is null. */
async function routeOfficeJs(page, officeJs) {
  await page.route(/appsforoffice\.(microsoft\.com|cdn\.partner\.office365\.cn)\//, (route) =>
    officeJs === null
      ? route.abort()
      : route.fulfill({ status: 200, contentType: "text/javascript", body: officeJs })
  );
}

module.exports = { findChromium, buildFakeOffice, serveDist, launchBrowser, routeOfficeJs };
