// What the add-in's and the harness's webpack configs share.
"use strict";

/** TypeScript through ts-loader, as ES modules so that webpack tree-shakes Fluent UI (with commonjs it is ~18 MB). */
exports.typescriptRule = (options = {}) => ({
  test: /\.tsx?$/,
  exclude: /node_modules/,
  use: {
    loader: "ts-loader",
    options: { onlyCompileBundledFiles: true, ...options, compilerOptions: { module: "esnext", moduleResolution: "bundler" } },
  },
});
