// The harness: the real task pane over the in-memory fake Excel, in any browser, without Excel.
//
//   npm run harness          serves it on http://localhost:3001
//   npm run build:harness    writes it to dist-harness/ (the end-to-end tests serve that folder)
"use strict";

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { typescriptRule } = require("./webpack.shared");

module.exports = (_env, options) => ({
  devtool: options.mode === "development" ? "source-map" : false,
  entry: { harness: "./src/harness/index.tsx" },
  output: { path: path.join(__dirname, "dist-harness"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js"] },
  module: { rules: [typescriptRule({ transpileOnly: true })] },
  plugins: [
    new HtmlWebpackPlugin({ filename: "index.html", template: "./src/harness/harness.html" }),
    new CopyWebpackPlugin({
      patterns: [
        { from: "assets/*", to: "assets/[name][ext]" },
        { from: "examples/*.xlsx", to: "examples/[name][ext]", noErrorOnMissing: true },
      ],
    }),
  ],
  performance: { hints: false },
  devServer: { port: 3001, static: false },
});
