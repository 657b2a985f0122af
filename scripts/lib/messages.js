/**
 * The zh-CN messages of the developer tools (npm start, the dev server's certificates, npm run
 * serve, the manifest for a deployment) — one place, like src/strings/zh-CN.json for the product.
 * `message("serve.noCert", { port: 8443 })` fills the {placeholders}.
 */
const MESSAGES = {
  "manifest.badUrl":
    "ADDIN_URL“{url}”必须以 https:// 开头并以 / 结尾，例如 https://scoring.example.org/addin/",
  "certs.generated":
    "开发证书：{cert}（由 {ca} 签发，未安装到系统，不需要 sudo）。\n" +
    "浏览器若提示连接不安全：在该浏览器中信任上面的 CA 证书，或打开 https://localhost:{port}/ 选择继续访问。",
  "start.linux":
    "Linux 上没有桌面版 Excel。正在启动开发服务器（https://localhost:{port}/，按 Ctrl+C 停止）。\n" +
    "\n" +
    "试用加载项的方法：\n" +
    "  1. Excel 网页版：打开 https://www.office.com/ 中的任一工作簿 → 开始 → 加载项 → 更多设置 → 上传我的加载项，\n" +
    "     选择本项目的 manifest.xml（浏览器须信任开发证书）；\n" +
    "     或另开一个终端运行：npx office-addin-debugging start manifest.xml web --document <工作簿的网址>\n" +
    "  2. 不用 Excel：在浏览器中打开 https://localhost:{port}/demo.html（内存中的示例工作簿，刷新即重置）\n",
  "start.desktop": "正在启动开发服务器并把加载项旁加载到桌面版 Excel（office-addin-debugging）……",
  "start.desktopFailed":
    "没有启动成功：office-addin-debugging 报告了错误（见上）。可以改用 npm run dev-server，再在 Excel 中手动上传 manifest.xml。",
  "start.exited": "开发服务器已退出（退出码 {code}）。",
  "start.portTaken":
    "端口 {port} 已被占用（另一个开发服务器或别的程序）。先结束它，或换一个端口：npm start -- --port {next}",
  "start.badPort": "端口“{value}”无效：应为 1 到 65535 之间的整数，例如 npm start -- --port 3001",
  "start.otherPort":
    "开发服务器使用端口 {port}：开发服务器提供的 manifest.xml（https://localhost:{port}/manifest.xml）已指向这个端口，请上传它而不是本目录的 manifest.xml。",
  "serve.usage":
    "用法：npm run serve -- --cert 证书.pem --key 私钥.pem [--port 8443] [--host 0.0.0.0] [--dir dist]\n" +
    "       npm run serve -- --dev-cert        仅供本机试用：使用开发证书（其他电脑不信任它）\n" +
    "\n" +
    "以 https 提供 dist/（先用 ADDIN_URL=https://本机地址:端口/ npm run build 构建），供内网小范围试点。",
  "serve.noCert":
    "没有给出证书：评委电脑上的 Excel 只加载受信任的 https 地址。\n" +
    "请用 --cert 和 --key 指定单位内网的证书（由单位的 CA 或 IT 部门签发），或用 --dev-cert 仅在本机试用。",
  "serve.noDist": "没有找到 {dir}/taskpane.html：请先运行 ADDIN_URL=https://…/ npm run build。",
  "serve.badOption": "无法识别的参数：{detail}",
  "serve.readFailed": "无法读取证书文件“{path}”：{reason}",
  "serve.listening":
    "正在以 https 提供 {dir}：{url}（按 Ctrl+C 停止）\n清单中的地址应为 {url}：请确认构建时的 ADDIN_URL 与此一致（现为 {manifestUrl}）。",
  "serve.listenFailed": "无法在端口 {port} 上启动：{reason}",
};

function message(key, params = {}) {
  const text = MESSAGES[key];
  if (text === undefined) throw new Error(`no message ${key}`);
  return text.replace(/\{(\w+)\}/g, (whole, name) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole
  );
}

module.exports = { message, MESSAGES };
