// Trunk post-build hook. Writes the stable entry `doctin.js`, the one file
// a host page includes, next to the hashed bundle; for release builds it
// first minifies the hashed wasm-bindgen glue with esbuild (trunk 0.21's
// own JS minifier fails on it).
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { renameImports, renameInGlue } from './wasm-imports.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const staging = process.env.TRUNK_STAGING_DIR;
const release = process.env.TRUNK_PROFILE === 'release';

const wasm = fs.readdirSync(staging).filter((f) => f.endsWith('_bg.wasm'));
if (wasm.length !== 1) throw new Error(`expected one wasm file in ${staging}, found ${wasm}`);
const glue = wasm[0].replace(/_bg\.wasm$/, '.js');
if (!fs.existsSync(path.join(staging, glue))) throw new Error(`no ${glue} next to ${wasm[0]}`);

// The crate's version names the release (scripts/release): in the entry's
// first line, kept by the minifier, and in one debug-level console line,
// so a bug report can say which release a page runs.
const version = fs.readFileSync(path.join(root, 'Cargo.toml'), 'utf8').match(/^\[package\][^[]*?^version\s*=\s*"([^"]+)"/m)?.[1];
if (!version) throw new Error('post-build: no [package] version in Cargo.toml');

const esbuild = () => createRequire(path.join(root, 'tests/package.json'))('esbuild');

// Trusted Types. The glue has exactly two places where a string becomes
// HTML: the import behind `Element::set_inner_html` (Leptos's templates for
// static view HTML and `web::sanitize`'s inert <template>) and the one
// behind `DomParser::parse_from_string` (`web::xml`, an inert XML
// document). Both are routed through `doctinHTML`, which refuses any other
// target than a <template> and turns the string into TrustedHTML with the
// page's policy, which doctin.js makes once and hands over by `trust`. If
// wasm-bindgen writes either place differently one day, the build stops
// here: a reader that a Trusted Types host would leave blank must not ship.
function trustGlue(source) {
  const sinks = [
    [/(\w+)\.innerHTML = (getStringFromWasm0\(\w+, \w+\));/g, (_, target, html) => `${target}.innerHTML = doctinHTML(${target}, ${html});`],
    [/\.parseFromString\((getStringFromWasm0\(\w+, \w+\)),/g, (_, text) => `.parseFromString(doctinHTML(null, ${text}),`],
  ];
  let out = source;
  for (const [pattern, replace] of sinks) {
    const found = source.match(pattern)?.length ?? 0;
    if (found !== 1) throw new Error(`post-build: expected one ${pattern} in ${glue}, found ${found}`);
    out = out.replace(pattern, replace);
  }
  if (/\.innerHTML\s*=(?!\s*doctinHTML\()|\.outerHTML\s*=|insertAdjacentHTML|document\.write|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe|\.srcdoc\s*=/.test(out)) {
    throw new Error(`post-build: ${glue} has an HTML sink that does not go through doctinHTML`);
  }
  // The names added below must be free in the glue.
  if (/\b(trust|doctinHTML|doctinPolicy)\b/.test(source)) throw new Error(`post-build: ${glue} already uses a name the Trusted Types code adds`);
  return `${out}
// doctin: the page's Trusted Types policy (scripts/post-build.mjs); null
// where the browser has none or the page does not require them.
let doctinPolicy = null;
export function trust(policy) { doctinPolicy = policy; }
function doctinHTML(target, html) {
  if (target !== null && !(target instanceof HTMLTemplateElement)) throw new TypeError("doctin: HTML is parsed only into an inert <template>");
  return doctinPolicy === null ? html : doctinPolicy.createHTML(html);
}
`;
}

{
  const file = path.join(staging, glue);
  fs.writeFileSync(file, trustGlue(fs.readFileSync(file, 'utf8')));
}

if (release) {
  const file = path.join(staging, glue);
  const before = fs.readFileSync(file, 'utf8');
  // The glue is kept whole: dropping the stream classes Leptos links but
  // the reader never uses saved 1.8 KB brotli, under the 2 KB that a
  // rewrite of wasm-bindgen's output must save to be worth its fragility
  // (BENCHMARKS.md).
  const { code } = esbuild().transformSync(before, { minify: true, format: 'esm', target: 'es2020' });
  // Short import names in both files (see wasm-imports.mjs).
  const wasmFile = path.join(staging, wasm[0]);
  const [renamedWasm, renamed] = renameImports(fs.readFileSync(wasmFile), './doctin_bg.js', (n) => `i${n.toString(36)}`);
  const shortGlue = renameInGlue(code, renamed);
  fs.writeFileSync(wasmFile, renamedWasm);
  fs.writeFileSync(file, shortGlue);
  console.log(`post-build: minified ${glue}, ${before.length} → ${shortGlue.length} bytes; ${renamed.size} imports renamed`);
}

// One hash pins the reader. A release entry carries the glue inside it
// and the wasm's sha384, so the integrity a page writes on doctin.js
// covers every byte the reader runs: the glue with the entry, the wasm by
// the `integrity` of its fetch, which refuses any other bytes. The glue
// becomes a factory (`doctinGlue`), called once per reader, so that each
// still has its own module state and wasm memory, as each `import()`
// under its own URL gave it before. Debug builds (`trunk serve`, never
// shipped) keep importing the glue file, which needs no esbuild.
let glueFactory = null;
let wasmIntegrity = null;
if (release) {
  const file = path.join(staging, glue);
  // esbuild's CommonJS form of the module: `module.exports` gets what the
  // module exported. `import.meta` only names the wasm's default path,
  // which the entry never lets the glue use (it passes the module).
  const { code, warnings } = esbuild().transformSync(fs.readFileSync(file, 'utf8'), {
    format: 'cjs', minify: true, target: 'es2020', logLevel: 'silent', define: { 'import.meta.url': 'undefined' },
  });
  if (warnings.length) throw new Error(`post-build: esbuild warned on ${glue}: ${warnings.map((w) => w.text).join('; ')}`);
  glueFactory = `function doctinGlue() {\n  const module = { exports: {} };\n  (function (module, exports) {\n${code}\n  })(module, module.exports);\n  return module.exports;\n}\n`;
  fs.rmSync(file);
  wasmIntegrity = `sha384-${crypto.createHash('sha384').update(fs.readFileSync(path.join(staging, wasm[0]))).digest('base64')}`;
}

// The entry resolves everything against its own URL, so the folder works
// from any path or origin. It names no global and adds nothing to the
// page itself but a `<link rel=preload>` per feed (which stays, also when a
// reader then does not start) and the mark a second copy looks for. The wasm is compiled once, and every [data-doctin] element
// gets its own instance of it (the glue imported under its own URL, so it
// keeps its own memory): a panic aborts only the instance it happens in,
// and the other readers keep working. When WebAssembly is missing (iOS
// Lockdown Mode, old browsers) or the bundle fails to load, it stops and
// the host's fallback content stays.
const entry = `// doctin ${version}: include with <script type="module" src=".../doctin.js">.
// A page may include doctin.js twice (a CMS template and a widget block,
// or two releases under two URLs), and each copy runs. Only the first
// starts readers (one symbol-keyed mark on the document, no global name);
// a later copy makes no second policy, says nothing and starts nothing,
// even for elements added since, and even when the first copy failed.
const first = !document[Symbol.for("doctin")];
document[Symbol.for("doctin")] = true;
const hosts = first ? document.querySelectorAll("[data-doctin]") : [];
// Where the browser has Trusted Types, the reader's HTML goes through one
// policy named "doctin", made here once for every reader on the page (a
// second policy of the same name is refused unless the page allows
// duplicates). null: the browser has no Trusted Types; undefined: the page
// does not allow the name. A page whose policy names other policies but
// does not require them loses the reader too: telling the two apart would
// take a probe that reports a violation of its own, or would go through the
// host's default policy.
function trustedTypesPolicy() {
  if (typeof trustedTypes === "undefined") return null;
  try { return trustedTypes.createPolicy("doctin", { createHTML: (html) => html }); } catch { return undefined; }
}
const usable = typeof WebAssembly === "object" && typeof WebAssembly.compile === "function";
const policy = hosts.length && usable ? trustedTypesPolicy() : null;
if (!hosts.length) {
  // Nothing to start.
} else if (!usable) {
  console.warn("doctin: WebAssembly is unavailable here; the page's own content stays.");
} else if (policy === undefined) {
  console.warn("doctin: this page's Content-Security-Policy does not allow the Trusted Types policy 'doctin': add 'trusted-types doctin' to it. The page's own content stays.");
} else {
  console.debug("doctin ${version}");
  // Each feed is asked for now, in parallel with the wasm, instead of
  // after it: a preload the reader's own fetch then takes from the cache
  // (same URL, CORS mode, same-origin credentials). Without it the first
  // article waits for two round trips in a row.
  // data-feed lists up to 8 feeds, separated by white space.
  hosts.forEach((host) => {
    const feeds = (host.getAttribute("data-feed") || "").trim().split(/\\s+/).filter(Boolean);
    if (feeds.length > 8) return;
    feeds.forEach((feed) => {
      const link = document.createElement("link");
      link.rel = "preload";
      link.as = "fetch";
      link.crossOrigin = "anonymous";
      link.href = feed;
      document.head.append(link);
    });
  });
  const wasm = new URL(${JSON.stringify(`./${wasm[0]}`)}, import.meta.url).href;
  // Any other bytes than the build's (a changed CDN file, a broken copy)
  // are refused by the fetch itself, before anything of them runs.
  const compiled = fetch(wasm, ${JSON.stringify(wasmIntegrity ? { integrity: wasmIntegrity } : {})}).then(async (response) => {
    if (!response.ok) throw new Error("HTTP " + response.status + " for " + response.url);
    // compileStreaming overlaps download and compile, but needs the
    // application/wasm type, which not every host's server sends.
    try { return await WebAssembly.compileStreaming(response.clone()); }
    catch { return WebAssembly.compile(await response.arrayBuffer()); }
  }, (error) => {
    throw new Error(wasm + " could not be loaded, or is not the file this doctin.js was built with (" + error + ")");
  });
  // Each reader awaits it and reports its failure; this keeps a failure
  // that comes before any reader awaits it from being an unhandled one.
  compiled.catch(() => {});
  hosts.forEach((host, index) => {
    ${glueFactory ? 'Promise.resolve().then(doctinGlue)' : `import(new URL(${JSON.stringify(`./${glue}`)}, import.meta.url).href + (index ? "?reader=" + index : ""))`}
      .then(async (bundle) => { bundle.trust(policy); await bundle.default({ module_or_path: await compiled }); bundle.mount(host); })
      .catch((error) => console.warn("doctin: the reader could not start; the page's own content stays.", error));
  });
}
${glueFactory ?? ''}`;
// Release builds minify it too; its first line (kept as a legal comment)
// still tells a webmaster who opens it how to include it.
const minified = release
  ? esbuild().transformSync(entry.replace(/^\/\/ /, '//! '), { minify: true, format: 'esm', target: 'es2020' }).code
  : entry;
fs.writeFileSync(path.join(staging, 'doctin.js'), minified);

// The lines a page copies for this build (`embed.html`, which the release
// package carries): the wasm asked for together with the entry, in the
// mode the entry's fetch asks for it (CORS, same-origin credentials), so
// that the browser hands that fetch the preloaded response, whose bytes
// the fetch's integrity then checks; then the entry, pinned by its own
// integrity. The preload carries no integrity of its own: Chromium
// ignores one on a `fetch` preload and warns about it (crbug.com/981419).
if (release) {
  const entryIntegrity = `sha384-${crypto.createHash('sha384').update(minified).digest('base64')}`;
  fs.writeFileSync(path.join(staging, 'embed.html'), `<!-- doctin ${version}: the lines a page copies. Put the address of the folder
     that holds these files before "${wasm[0]}" and "doctin.js".

     The reader goes where this element is; what the element holds stays
     shown when the reader cannot start:
     <div data-doctin data-feed="/rss/tin-moi.rss"><a href="/tin-tuc">Xem tin tức</a></div>
     data-feed: up to 8 feed addresses, separated by spaces. Optional:
     data-lang (vi, en), data-newer and data-related (0-20), data-theme
     (light, dark, auto), data-route (hash, none), data-timeout (1-120). -->
<!-- The reader's wasm, asked for together with doctin.js rather than after
     it; doctin.js takes this response and checks its integrity itself. -->
<link rel="preload" href="${wasm[0]}" as="fetch" type="application/wasm" crossorigin="anonymous">
<!-- The reader. Its integrity pins every byte the reader runs. -->
<script type="module" src="doctin.js" integrity="${entryIntegrity}" crossorigin="anonymous"></script>
`);
}
console.log(release ? `post-build: doctin.js carries the glue and pins ${wasm[0]} (${wasmIntegrity})` : `post-build: doctin.js loads ${glue} and ${wasm[0]}`);

// With its loader turned off, trunk leaves its own <link data-trunk rel=rust>
// in the page; it means nothing to a browser, so it goes.
const html = path.join(staging, 'index.html');
const page = fs.readFileSync(html, 'utf8');
fs.writeFileSync(html, page.replace(/<link\b[^>]*\bdata-trunk\b[^>]*>\s*/g, ''));
