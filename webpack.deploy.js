// Building the add-in for the server it will be deployed to (README, "部署 / Deploying").
//
//   ADDIN_BASE_URL=https://addins.example.org/selfeval/ npm run build
//
// writes dist/manifest.xml with every URL under that base instead of the development server
// https://localhost:3000/. The pages themselves use relative URLs and the same-origin policy ('self'), so only the
// manifest changes. Without ADDIN_BASE_URL the manifest is copied unchanged (the development one).
"use strict";

/** The base URL every add-in URL in manifest.xml is written under: the development server. */
const DEV_BASE_URL = "https://localhost:3000/";

const EXAMPLE = "ADDIN_BASE_URL=https://addins.example.org/selfeval/";

/**
 * The base URL from ADDIN_BASE_URL, normalised and ending with "/", or undefined when the variable is unset or empty.
 * Throws an Error naming the variable when the value is not an absolute https URL of a folder.
 */
function addinBaseUrl(value) {
  if (value === undefined || value.trim() === "") return undefined;
  const refuse = (why) =>
    new Error(
      `ADDIN_BASE_URL=${JSON.stringify(value)} ${why}. ` +
        `Give the absolute https URL that dist/ will be served from, for example ${EXAMPLE}`,
    );
  let url;
  try {
    url = new URL(value.trim());
  } catch {
    throw refuse("is not an absolute URL");
  }
  if (url.protocol === "http:") throw refuse("uses http: Office loads add-ins only over https");
  if (url.protocol !== "https:") throw refuse(`uses ${url.protocol} where https: is needed`);
  if (!url.hostname) throw refuse("has no host name");
  if (url.username || url.password) throw refuse("carries a user name or password");
  if (url.search || url.hash) throw refuse("has a query or a fragment: it must be the URL of a folder");
  const folder = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  return `${url.origin}${folder}`;
}

const xmlEscape = (s) =>
  s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]);
const xmlUnescape = (s) =>
  s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e) => ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" })[e]);

/**
 * Every http(s) URL a manifest gives as an attribute value or as an element's text (AppDomain), unescaped.
 * Namespace declarations (xmlns, xmlns:bt…) are names, not URLs anything is loaded from, and comments are skipped.
 */
function manifestUrls(xml) {
  const text = xml.replace(/<!--[\s\S]*?-->/g, "");
  const urls = [];
  for (const m of text.matchAll(/\s([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const value = xmlUnescape(m[2] ?? m[3]).trim();
    if (!/^xmlns(:|$)/.test(m[1]) && /^https?:/i.test(value)) urls.push(value);
  }
  for (const m of text.matchAll(/>([^<]+)</g)) {
    const value = xmlUnescape(m[1]).trim();
    if (/^https?:/i.test(value)) urls.push(value);
  }
  return urls;
}

/**
 * The manifest as it is written to dist/: unchanged without a base URL; with one, every development URL moved under
 * it. Throws when the result would still name localhost, or a URL outside the base, so that a deployed manifest never
 * points anywhere else.
 */
function manifestForBase(xml, baseUrl) {
  const text = String(xml);
  if (!baseUrl) return text;
  const out = text.replaceAll(DEV_BASE_URL, xmlEscape(baseUrl));
  const outside = manifestUrls(out).filter((u) => !u.startsWith(baseUrl));
  const localhost = new URL(baseUrl).hostname !== "localhost" && /localhost/i.test(out);
  if (outside.length || localhost)
    throw new Error(
      `manifest.xml has URLs that ADDIN_BASE_URL=${baseUrl} does not replace (write each add-in URL as ` +
        `${DEV_BASE_URL}…): ${outside.join(", ") || "localhost"}`,
    );
  return out;
}

module.exports = { DEV_BASE_URL, addinBaseUrl, manifestForBase, manifestUrls };
