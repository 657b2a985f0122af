/**
 * The developer tools around the add-in: what npm start runs on each platform (and that a failure
 * office-addin-debugging reports ends it non-zero), npm run serve (https only, a certificate
 * required, dist/ and nothing above it), the dev certificates (generated without sudo).
 */
import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as https from "https";
import * as path from "path";
import { tempDir } from "../support/engine";

const root = path.join(__dirname, "..", "..");
const { startPlan, reportsFailure } = require("../../scripts/start");
const { handler } = require("../../scripts/serve");
const { devHttpsOptions, certificateIsFresh } = require("../../scripts/dev-certs");

describe("npm start", () => {
  it("runs the dev server in the foreground where there is no desktop Excel, and says how to try the add-in", () => {
    const plan = startPlan("linux");
    expect(plan.kind).toBe("dev-server");
    expect(plan.args.slice(1)).toEqual(["serve", "--mode", "development"]);
    expect(plan.intro).toContain("manifest.xml");
    expect(plan.intro).toContain("office-addin-debugging start manifest.xml web --document");
    expect(plan.intro).toContain("https://localhost:3000/demo.html");
  });

  it("sideloads into desktop Excel on Windows and macOS, and treats its reported failure as one", () => {
    for (const platform of ["win32", "darwin"]) {
      const plan = startPlan(platform);
      expect([plan.kind, plan.args.slice(1)]).toEqual([
        "desktop",
        ["start", "manifest.xml", "desktop"],
      ]);
    }
    expect(
      reportsFailure("Error: Unable to start debugging.\nError: Platform not supported: linux")
    ).toBe(true);
    expect(reportsFailure("Debugging started.")).toBe(false);
  });
});

describe("npm start on a port of one's choosing", () => {
  const { devPort } = require("../../scripts/lib/dev-port");

  it("takes --port N, --port=N, npm's --port=N (npm_config_port), else 3000", () => {
    expect(devPort(["--port", "3001"], {})).toEqual({ port: 3001 });
    expect(devPort(["--port=3002"], {})).toEqual({ port: 3002 });
    expect(devPort([], { npm_config_port: "3003" })).toEqual({ port: 3003 });
    expect(devPort([], {})).toEqual({ port: 3000 });
    expect(devPort(["--port", "http"], {})).toEqual({ error: "http" });
    expect(devPort(["--port", "70000"], {})).toEqual({ error: "70000" });
  });

  it("prints the chosen port's addresses and points at the dev server's own manifest", () => {
    const plan = startPlan("linux", 3005);
    expect(plan.intro).toContain("https://localhost:3005/demo.html");
    expect(plan.intro).toContain("https://localhost:3005/manifest.xml");
    expect(plan.intro).not.toContain("localhost:3000");
  });

  it("a port in use ends in one zh-CN line and exit 1, before anything starts", async () => {
    const net = await import("net");
    const server = net.createServer().listen(0);
    await new Promise((resolve) => server.once("listening", resolve));
    const port = (server.address() as { port: number }).port;
    try {
      const r = await new Promise<{ code: number | null; err: string }>((resolve) => {
        const { spawn } = require("child_process");
        const child = spawn(process.execPath, [
          path.join(root, "scripts/start.js"),
          "--port",
          String(port),
        ]);
        let err = "";
        child.stderr.on("data", (d: Buffer) => (err += d));
        child.on("exit", (code: number | null) => resolve({ code, err }));
      });
      expect(r.code).toBe(1);
      expect(r.err.trim()).toBe(
        `端口 ${port} 已被占用（另一个开发服务器或别的程序）。先结束它，或换一个端口：npm start -- --port ${port + 1}`
      );
    } finally {
      server.close();
    }
  });
});

describe("the dev certificates", () => {
  it("are generated (no sudo, nothing installed) and valid for localhost", async () => {
    const logged: string[] = [];
    const tls = await devHttpsOptions({ log: (s: string) => logged.push(s), platform: "linux" });
    expect(String(tls.cert)).toMatch(/BEGIN CERTIFICATE/);
    expect(String(tls.key)).toMatch(/PRIVATE KEY/);
    expect(certificateIsFresh()).toBe(true);
    expect(logged.join("\n")).toContain("不需要 sudo");
  }, 60000);
});

describe("npm run serve", () => {
  const serve = (args: string[]) =>
    spawnSync(process.execPath, [path.join(root, "scripts/serve.js"), ...args], {
      encoding: "utf8",
    });

  it("refuses to start without a certificate, saying why and how", () => {
    const dist = tempDir("serve-dist");
    fs.writeFileSync(path.join(dist, "taskpane.html"), "<html></html>");
    const r = serve(["--dir", dist]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^没有给出证书：评委电脑上的 Excel 只加载受信任的 https 地址。/);
    expect(r.stderr).toContain("--dev-cert");
  });

  it("says when there is nothing built to serve, and names a bad option", () => {
    const r = serve(["--dir", tempDir("empty"), "--dev-cert"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("请先运行 ADDIN_URL=https://…/ npm run build");
    expect(serve(["--bogus"]).status).toBe(2);
  });

  it("serves the files of dist/ over https, and nothing outside it", async () => {
    const dist = tempDir("serve-files");
    fs.writeFileSync(path.join(dist, "taskpane.html"), "<p>评分助手</p>");
    fs.writeFileSync(path.join(path.dirname(dist), "secret.txt"), "no");
    const tls = await devHttpsOptions({ log: () => undefined, platform: "linux" });
    const server = https.createServer(tls, handler(dist));
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as { port: number }).port;
    const get = (p: string) =>
      new Promise<{ status: number; body: string; type: string }>((resolve, reject) =>
        https
          .get({ host: "127.0.0.1", port, path: p, rejectUnauthorized: false }, (res) => {
            let body = "";
            res.on("data", (c) => (body += c));
            res.on("end", () =>
              resolve({ status: res.statusCode!, body, type: String(res.headers["content-type"]) })
            );
          })
          .on("error", reject)
      );
    try {
      const page = await get("/taskpane.html");
      expect([page.status, page.body, page.type]).toEqual([
        200,
        "<p>评分助手</p>",
        "text/html; charset=utf-8",
      ]);
      expect((await get("/../secret.txt")).status).toBe(404);
      expect((await get("/%2e%2e/secret.txt")).status).toBe(404);
    } finally {
      server.close();
    }
  }, 60000);
});
