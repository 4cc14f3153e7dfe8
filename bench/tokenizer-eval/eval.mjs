// Measures Tally's TokenEstimator against the real tokenizers.
//
//   npm ci
//   node eval.mjs --estimator /path/to/estimate_main [--markdown | --json]
//   node eval.mjs --stats
//
// For every corpus category it prints the real token counts under o200k_base (GPT-4o, GPT-4.1,
// o-series) and cl100k_base (GPT-4, GPT-3.5), the estimator's count read from the C++ program
// estimate_main (so the real code is measured, not a copy of it), and the error in percent
// (positive = the estimate is higher). corpus/ is the fit set the constants were tuned on;
// corpus/holdout/ was written after they were fixed and checks they are not tuned to it.
// Chat files (chat-*.json) are counted as a prompt: OpenAI's cookbook formula, 3 tokens per
// message plus the role plus the content, plus 3 for the reply priming.
// --stats prints per-class rates measured with the o200k_base pre-tokenizer pattern: the
// starting points for the constants in TokenEstimator.cpp.
//
// Everything runs locally: js-tiktoken bundles its encodings.

import { getEncoding } from "js-tiktoken";
import o200kRanks from "js-tiktoken/ranks/o200k_base";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const option = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const estimator = option("--estimator") ?? process.env.ESTIMATE_MAIN;
const format = args.includes("--markdown") ? "markdown" : args.includes("--json") ? "json" : "text";
const tiktokenVersion = JSON.parse(fs.readFileSync(path.join(here, "node_modules/js-tiktoken/package.json"), "utf8")).version;

const encodings = { o200k: getEncoding("o200k_base"), cl100k: getEncoding("cl100k_base") };
// Special-token text such as "<|endoftext|>" is counted as ordinary text, as a chat API does.
const count = (enc, text) => enc.encode(text, [], []).length;
const countMessages = (enc, messages) =>
    messages.reduce((sum, m) => sum + 3 + count(enc, m.role) + count(enc, m.content), 0) + (messages.length ? 3 : 0);

function corpusFiles(dir) {
    return fs.readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isFile() && !entry.name.startsWith("."))
        .map((entry) => path.join(dir, entry.name))
        .sort();
}

function runEstimator(files, extra = []) {
    if (!files.length) return [];
    const out = execFileSync(estimator, [...extra, ...files], { encoding: "utf8", maxBuffer: 1 << 26 });
    return out.trim().split("\n").map((line) => JSON.parse(line));
}

// The spread behind a total: the file cut into paragraphs (prose), 10-line blocks (code) or
// messages (chat), each estimated on its own; pieces under 10 real tokens are left out.
function pieces(file, raw) {
    const name = path.basename(file);
    if (name.startsWith("chat-")) return JSON.parse(raw).map((m) => m.content);
    if (name.startsWith("code-")) {
        const lines = raw.split("\n");
        const blocks = [];
        for (let i = 0; i < lines.length; i += 10) blocks.push(lines.slice(i, i + 10).join("\n") + "\n");
        return blocks;
    }
    return raw.split(/\n\s*\n/).map((p) => p + "\n\n");
}

function spread(files) {
    if (!estimator) return new Map();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tally-tokens-"));
    const jobs = [];
    for (const file of files) {
        pieces(file, fs.readFileSync(file, "utf8")).forEach((text, i) => {
            const real = count(encodings.o200k, text);
            if (real < 10) return;
            const piece = path.join(dir, `${path.basename(file)}.${i}.txt`);
            fs.writeFileSync(piece, text);
            jobs.push({ file, piece, real });
        });
    }
    const estimates = new Map(runEstimator(jobs.map((j) => j.piece)).map((r) => [r.file, r.tokens]));
    fs.rmSync(dir, { recursive: true, force: true });
    const result = new Map();
    for (const j of jobs) {
        const error = estimates.get(j.piece) / j.real - 1;
        const s = result.get(j.file) ?? { pieces: 0, min: Infinity, max: -Infinity };
        s.pieces += 1; s.min = Math.min(s.min, error); s.max = Math.max(s.max, error);
        result.set(j.file, s);
    }
    return result;
}

function measure(dir) {
    const files = corpusFiles(dir);
    const chats = files.filter((f) => path.basename(f).startsWith("chat-"));
    const texts = files.filter((f) => !chats.includes(f));
    const estimates = new Map();
    if (estimator) {
        for (const r of runEstimator(texts)) estimates.set(r.file, r.tokens);
        for (const r of runEstimator(chats, ["--messages"])) estimates.set(r.file, r.tokens);
    }
    const spreads = spread(files);
    return files.map((file) => {
        const raw = fs.readFileSync(file, "utf8");
        const isChat = chats.includes(file);
        const messages = isChat ? JSON.parse(raw) : null;
        const category = path.basename(file).replace(/\.[^.]*$/, "") + (isChat ? " (messages)" : "");
        const chars = isChat ? messages.reduce((n, m) => n + m.content.length, 0) : raw.length;
        const real = Object.fromEntries(Object.entries(encodings).map(([name, enc]) =>
            [name, isChat ? countMessages(enc, messages) : count(enc, raw)]));
        return { category, chars, ...real, estimate: estimates.get(file) ?? null, spread: spreads.get(file) ?? null };
    });
}

function withCodeTotal(rows) {
    const code = rows.filter((r) => r.category.startsWith("code-"));
    if (code.length < 2) return rows;
    const sum = (key) => code.reduce((n, r) => n + (r[key] ?? 0), 0);
    const total = { category: "code (all)", chars: sum("chars"), o200k: sum("o200k"), cl100k: sum("cl100k"),
        estimate: code.every((r) => r.estimate !== null) ? sum("estimate") : null };
    return [...rows, total];
}

const signed = (fraction) => `${fraction >= 0 ? "+" : ""}${(fraction * 100).toFixed(0)}%`;
const range = (s) => s ? `${signed(s.min)} .. ${signed(s.max)} (${s.pieces})` : "";
const percent = (estimate, real) => estimate === null ? "" : `${estimate >= real ? "+" : ""}${((estimate / real - 1) * 100).toFixed(1)}%`;

function printTable(title, rows) {
    if (format === "markdown") {
        console.log(`\n**${title}**\n`);
        console.log("| category | chars | o200k_base | cl100k_base | estimate | error vs o200k | error vs cl100k | o200k error per piece (pieces) |");
        console.log("|---|---:|---:|---:|---:|---:|---:|---|");
        for (const r of rows)
            console.log(`| ${r.category} | ${r.chars} | ${r.o200k} | ${r.cl100k} | ${r.estimate ?? "-"} | ${percent(r.estimate, r.o200k)} | ${percent(r.estimate, r.cl100k)} | ${range(r.spread)} |`);
        return;
    }
    console.log(`\n${title}`);
    console.log(["category".padEnd(22), "chars".padStart(6), "o200k".padStart(7), "cl100k".padStart(7),
        "estimate".padStart(9), "vs o200k".padStart(9), "vs cl100k".padStart(10), "  o200k per piece (pieces)"].join(" "));
    for (const r of rows)
        console.log([r.category.padEnd(22), String(r.chars).padStart(6), String(r.o200k).padStart(7),
            String(r.cl100k).padStart(7), String(r.estimate ?? "-").padStart(9),
            percent(r.estimate, r.o200k).padStart(9), percent(r.estimate, r.cl100k).padStart(10), "  " + range(r.spread)].join(" "));
}

// The per-class rates behind the constants: split the corpus with the o200k_base pre-tokenizer
// pattern and average the tokens per piece (or per character) by the kind of piece.
function printStats() {
    const pattern = new RegExp(o200kRanks.pat_str, "gu");
    const enc = encodings.o200k;
    const stats = new Map();
    const add = (key, chars, tokens) => {
        const s = stats.get(key) ?? { pieces: 0, chars: 0, tokens: 0 };
        s.pieces += 1; s.chars += chars; s.tokens += tokens;
        stats.set(key, s);
    };
    for (const file of corpusFiles(path.join(here, "corpus"))) {
        const raw = fs.readFileSync(file, "utf8");
        const text = path.basename(file).startsWith("chat-") ? JSON.parse(raw).map((m) => m.content).join("\n") : raw;
        for (const [piece] of text.matchAll(pattern)) {
            const tokens = count(enc, piece);
            const body = piece.replace(/^[^\p{L}\p{N}]/u, "");
            const glue = piece.length === body.length ? "bare" : /^[ \t]/.test(piece) ? "after space" : "glued punct";
            let key;
            if (/^\s+$/u.test(piece)) key = /[\r\n]/.test(piece) ? "whitespace with newline" : "whitespace";
            else if (/^\p{N}+$/u.test(piece)) key = `digits x${piece.length}`;
            else if (/\p{Script=Han}|\p{Script=Hiragana}|\p{Script=Katakana}|\p{Script=Hangul}/u.test(piece)) key = "CJK (per char)";
            else if (/\p{Script=Thai}/u.test(piece)) key = "Thai (per char)";
            else if (/^[A-Za-z]+('[A-Za-z]+)?$/.test(body)) key = `ASCII word, ${String(Math.min(body.length, 12)).padStart(2)}${body.length >= 12 ? "+" : ""} letters, ${glue}`;
            else if (/\p{L}/u.test(piece)) key = "other letters (per char)";
            else key = `punctuation run of ${Math.min(piece.trim().length, 4)}${piece.trim().length >= 4 ? "+" : ""}`;
            add(key, [...piece].length, tokens);
        }
    }
    console.log(`o200k_base pieces in corpus/ (js-tiktoken ${tiktokenVersion})`);
    console.log("kind".padEnd(48), "pieces".padStart(7), "tokens/piece".padStart(13), "tokens/char".padStart(12));
    for (const key of [...stats.keys()].sort()) {
        const s = stats.get(key);
        console.log(key.padEnd(48), String(s.pieces).padStart(7), (s.tokens / s.pieces).toFixed(2).padStart(13),
            (s.tokens / s.chars).toFixed(3).padStart(12));
    }
}

// About 100k characters of the corpus, all categories mixed, timed in estimate_main.
function printTiming() {
    const parts = corpusFiles(path.join(here, "corpus")).map((f) => fs.readFileSync(f, "utf8"));
    let text = "";
    while (text.length < 100_000) text += parts.join("\n");
    text = text.slice(0, 100_000);
    if (/[\uD800-\uDBFF]$/.test(text)) text = text.slice(0, -1);
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "tally-tokens-")), "mixed-100k.txt");
    fs.writeFileSync(file, text);
    const [r] = runEstimator([file], ["--time"]);
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
    return { chars: r.chars, ...r.timing };
}

if (args.includes("--stats")) {
    printStats();
} else {
    const fit = withCodeTotal(measure(path.join(here, "corpus")));
    const holdout = withCodeTotal(measure(path.join(here, "corpus", "holdout")));
    const timing = estimator ? printTiming() : null;
    if (format === "json") {
        console.log(JSON.stringify({ jsTiktoken: tiktokenVersion, fit, holdout, timing }, null, 2));
    } else {
        console.log(`js-tiktoken ${tiktokenVersion}; estimator: ${estimator ?? "(none given: --estimator PATH)"}`);
        printTable("Fit set (corpus/)", fit);
        printTable("Held-out set (corpus/holdout/)", holdout);
        if (timing)
            console.log(`\nestimateText over ${timing.chars} mixed characters: ${timing.usPerCall.toFixed(1)} µs per call (${timing.nsPerChar.toFixed(2)} ns per char, ${timing.calls} calls)`);
    }
}
