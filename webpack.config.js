// Builds the task pane (taskpane.html) and the function file (commands.html) into dist/.
//
//   npx webpack --mode production    pages load office.js from Microsoft's CDN
//   npx webpack --mode development   pages load the local copy in dist/office-js/
//   npx webpack serve --mode development
//       dev server on port 3000, plain http by default. Office only loads add-ins
//       over https: `--env https` (or SELFEVAL_HTTPS=1) serves https with the localhost
//       certificate from office-addin-dev-certs (npm run dev-server does).
//
// To deploy somewhere other than https://localhost:3000/, set ADDIN_BASE_URL to the absolute https URL dist/ will be
// served from (webpack.deploy.js; README, "部署 / Deploying"): the copied manifest then points there.
//   ADDIN_BASE_URL=https://addins.example.org/selfeval/ npm run build
//   npm run build:deploy               the same, but refuses to run without ADDIN_BASE_URL
//   npx webpack --env manifestOnly     writes only manifest.xml (the same transform), for tests
"use strict";

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { typescriptRule } = require("./webpack.shared");
const { addinBaseUrl, manifestForBase } = require("./webpack.deploy");

const officeJsCdn = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const officeJsDist = path.join(__dirname, "node_modules/@microsoft/office-js/dist");

async function httpsOptions() {
  let devCerts;
  try {
    devCerts = require("office-addin-dev-certs");
  } catch {
    throw new Error("https was asked for but office-addin-dev-certs is not installed (npm i -D office-addin-dev-certs@3.0.0).");
  }
  // Creates the localhost certificates if needed and installs the dev CA (sudo on Linux): never in CI.
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const https = (env.https || process.env.SELFEVAL_HTTPS === "1") && !env.WEBPACK_BUILD;
  const baseUrl = addinBaseUrl(process.env.ADDIN_BASE_URL);
  if (env.deploy && !baseUrl)
    throw new Error("npm run build:deploy needs ADDIN_BASE_URL, e.g. ADDIN_BASE_URL=https://addins.example.org/selfeval/ npm run build:deploy");
  // The manifest with every URL under ADDIN_BASE_URL when it is set, and the help page its SupportUrl names.
  const manifest = {
    from: "manifest*.xml",
    to: "[name][ext]",
    transform: (content) => manifestForBase(content.toString(), baseUrl),
  };
  const outputPath = path.join(__dirname, "dist");
  if (env.manifestOnly)
    return { entry: {}, output: { path: outputPath, clean: false }, plugins: [new CopyWebpackPlugin({ patterns: [manifest] })] };

  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      web: "./src/web/index.tsx",
    },
    output: {
      path: outputPath,
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
    },
    module: {
      rules: [typescriptRule()],
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        templateParameters: { officeJs: dev ? "office-js/office.js" : officeJsCdn },
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        templateParameters: { officeJs: dev ? "office-js/office.js" : officeJsCdn },
      }),
      // The web page for WPS and no-Excel users: the engine and exceljs in the browser, no office.js.
      new HtmlWebpackPlugin({ filename: "web.html", template: "./src/web/web.html", chunks: ["web"] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          manifest,
          { from: "src/support/support.html", to: "support.html" },
          // The base URL itself shows the help page, which links to the web page (issue 13 review: it had no page).
          { from: "src/support/support.html", to: "index.html" },
          // Local office.js for development, the test harness and offline use.
          // Already minified: keep Terser away from it.
          ...[
            ["office.js", "office-js/"],
            ["o15apptofilemappingtable.js", "office-js/"],
            ["en-us/office_strings.js", "office-js/en-us/"],
            ["zh-cn/office_strings.js", "office-js/zh-cn/"],
            ["excel-*.js", "office-js/"],
          ].map(([from, to]) => ({
            from,
            to,
            context: officeJsDist,
            globOptions: { ignore: ["**/*.debug.js"] },
            noErrorOnMissing: from.startsWith("zh-cn/"), // only some office-js releases ship it
            info: { minimized: true },
          })),
        ],
      }),
    ],
    performance: {
      // The pane (Fluent UI tree-shaken, the engine, decimal.js): ~580 KiB. Warn well before the untree-shaken ~18 MB.
      maxAssetSize: 1024 * 1024,
      maxEntrypointSize: 1024 * 1024,
      // office.js loads the copied host scripts on demand; they are not part of the bundle.
      // The web page carries exceljs: its budget is test/build/webBundle.test.ts's.
      assetFilter: (file) => !file.startsWith("office-js/") && !file.endsWith(".map") && !file.startsWith("web."),
    },
    devServer: {
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: https ? { type: "https", options: await httpsOptions() } : "http",
      static: false,
    },
  };
};
