/**
 * The dev server's port: `npm start -- --port 3001`, `npm start --port=3001` (npm passes it as
 * npm_config_port), MH_DEV_PORT, else package.json's config.dev_server_port (3000). A port already
 * in use is said in zh-CN before anything starts, with the way to choose another.
 */
const net = require("net");

const DEFAULT_PORT = 3000;

/** The port asked for, or { error } in zh-CN. */
function devPort(argv = process.argv.slice(2), env = process.env) {
  const i = argv.findIndex((a) => a === "--port" || a.startsWith("--port="));
  const fromArgs = i < 0 ? undefined : argv[i].includes("=") ? argv[i].split("=")[1] : argv[i + 1];
  const text =
    fromArgs ?? env.npm_config_port ?? env.MH_DEV_PORT ?? env.npm_package_config_dev_server_port;
  if (text === undefined || text === "") return { port: DEFAULT_PORT };
  const port = Number(text);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return { error: String(text) };
  return { port };
}

/** Resolves true when nothing listens on the port (on any address). */
function portFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.once("listening", () => server.close(() => resolve(true)));
    server.listen(port);
  });
}

module.exports = { devPort, portFree, DEFAULT_PORT };
