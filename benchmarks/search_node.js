/* Runs docs/assets/cc-search.js's engine in Node over an index folder on disk.
 * argv[2]: the idx folder. stdin: one JSON request a line, {"q": "...", "filters": {...},
 * "sort": "relevance"|"newest"|"oldest"}; stdout: one JSON answer a line,
 * {"terms": [...], "occurrences": N, "bytes": B, "hits": [[id, n, inTitle], ...]} (ranked).
 * Every request starts from a cold cache (as a first visit); bytes = files read. */
"use strict";
const fs = require("fs");
const path = require("path");
const readline = require("readline");
const { Engine } = require(path.join(__dirname, "..", "docs", "assets", "cc-search.js"));

const base = process.argv[2].replace(/\/?$/, "/");
let bytes = 0;
function get(url, kind) {
  return fs.promises.readFile(url).then((buf) => {
    bytes += buf.length;
    return kind === "json" ? JSON.parse(buf.toString("utf8")) : new Uint8Array(buf);
  }, (err) => {
    if (err.code === "ENOENT" && kind === "bytes") { const e = new Error("404"); e.notFound = true; throw e; }
    throw err;
  });
}

async function answer(req) {
  const eng = new Engine(base, get);
  bytes = 0;
  const res = await eng.search(req.q, req.filters || {}, req.sort || "relevance");
  const searched = bytes;
  const rows = await eng.rows(res.hits.map((h) => h.doc));
  return { terms: res.terms, occurrences: res.occurrences, bytes: searched,
           hits: res.hits.map((h, i) => [rows[i].id, h.n, h.title]) };
}

const rl = readline.createInterface({ input: process.stdin });
let chain = Promise.resolve();
rl.on("line", (line) => {
  chain = chain.then(() => answer(JSON.parse(line))).then(
    (a) => process.stdout.write(JSON.stringify(a) + "\n"),
    (err) => process.stdout.write(JSON.stringify({ error: String(err && err.stack || err) }) + "\n"));
});
