const path = require("path");
const webpack = require("webpack");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { officeJsUrl, contentSecurityPolicy } = require("./config/office-js");
const { manifestForUrl, DEV_URL } = require("./scripts/lib/manifest-url");

/** The production location: ADDIN_URL=https://your.server/path/ npm run build */
const urlProd = process.env.ADDIN_URL || DEV_URL;

/** The dev certificates, generated without sudo (scripts/dev-certs.js). */
async function getHttpsOptions() {
  const { devHttpsOptions } = require("./scripts/dev-certs");
  return devHttpsOptions();
}

/**
 * The try-it page (demo/): the task pane on the in-browser workbook double. Only the dev server
 * builds it (and the tests, with --env demo): a deployment never ships the double.
 */
function demoParts(enabled) {
  if (!enabled) return { entry: {}, plugins: [] };
  return {
    entry: { demo: "./demo/demo.tsx" },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "demo.html",
        template: "./demo/demo.html",
        chunks: ["demo"],
      }),
    ],
  };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  if (!dev && !process.env.ADDIN_URL) {
    console.warn(
      "提醒：未设置 ADDIN_URL，dist/manifest.xml 仍指向 https://localhost:3000/（仅适合本机调试）"
    );
  }
  manifestForUrl("", urlProd); // refuses an ADDIN_URL that is not https://…/
  const officeJs = officeJsUrl(process.env.OFFICE_JS, dev);
  const demo = demoParts(dev || Boolean(env && env.demo));
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      ...demo.entry,
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].[contenthash:8].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    target: ["web", "es2017"],
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // src/xlsx/inflate.ts uses node's zlib when present; in the browser it is an empty module.
      fallback: { zlib: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: [
            // Each module carries the strings it spells (after ts-loader: loaders run last first).
            { loader: path.resolve(__dirname, "scripts/lib/strings-loader.js") },
            // makeStyles compiled ahead of time: the runtime style engine stays out of the pane.
            { loader: path.resolve(__dirname, "scripts/lib/griffel-aot-loader.js") },
            {
              loader: "ts-loader",
              options: {
                configFile: "tsconfig.json",
                onlyCompileBundledFiles: true,
                compilerOptions: { noEmit: false },
              },
            },
          ],
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    plugins: [
      // The web build's string table starts empty; the modules fill it (scripts/lib/strings-loader.js).
      new webpack.NormalModuleReplacementPlugin(/^\.\/table$/, (resource) => {
        if (path.resolve(resource.context) === path.resolve(__dirname, "src/strings"))
          resource.request = "./table.web";
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJsUrl: officeJs, csp: contentSecurityPolicy(officeJs) },
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { officeJsUrl: officeJs, csp: contentSecurityPolicy(officeJs) },
      }),
      ...demo.plugins,
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext][query]" },
          { from: "src/help/help.html", to: "help.html" },
          {
            from: "manifest*.xml",
            to: "[name]" + "[ext]",
            transform(content) {
              if (!dev) return manifestForUrl(content.toString(), urlProd);
              // The dev server on another port serves a manifest that points at it.
              const port = process.env.MH_DEV_PORT;
              return port && port !== "3000"
                ? manifestForUrl(content.toString(), `https://localhost:${port}/`)
                : content;
            },
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      static: [
        {
          directory: path.resolve(__dirname, "node_modules/@microsoft/office-js/dist"),
          publicPath: "/office-js",
        },
      ],
      server: {
        type: "https",
        options:
          env.WEBPACK_BUILD || options.https !== undefined
            ? options.https
            : await getHttpsOptions(),
      },
      // npm start chooses it (scripts/lib/dev-port.js: --port, else package.json's 3000).
      port: Number(
        process.env.MH_DEV_PORT || process.env.npm_package_config_dev_server_port || 3000
      ),
    },
  };
  return config;
};
