// The Worker's privacy check and complexity score on the shared vectors (node --test).
// MESHROUTE_EDGE_BUILD names a directory written by `meshroute edge build` (the Python test
// builds one); its src/ holds the very modules that are deployed.

import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import test from "node:test";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const vectors = path.resolve(here, "../../vectors");
const build = process.env.MESHROUTE_EDGE_BUILD;

const load = async (name) => import(pathToFileURL(path.join(build, "src", name)).href);
const lines = (file) => fs.readFileSync(path.join(vectors, file), "utf8").split("\n").filter(Boolean).map((l) => JSON.parse(l));

test("a build directory is given", () => {
  assert.ok(build && fs.existsSync(path.join(build, "src", "policy.js")), "set MESHROUTE_EDGE_BUILD to a `meshroute edge build` output");
});

test("privacy: every shared vector gets the expected verdict", async () => {
  const { default: policy } = await load("policy.js");
  const { PrivacyScanner } = await load("privacy.js");
  const scanner = new PrivacyScanner(policy.privacy, (await load("names_data.js")).default);
  const wrong = [];
  for (const v of lines("privacy_fast_scan.jsonl")) {
    // worker_sensitive: the Worker is documented as looser there (flags, the gateway does not)
    const expected = v.worker_sensitive ?? v.sensitive;
    const got = scanner.scan([v.text]);
    if (got.sensitive !== expected) wrong.push({ text: v.text.slice(0, 60), expected, got: got.types });
  }
  assert.deepEqual(wrong, []);
});

test("privacy: the Worker is never less strict than the gateway on the vectors", () => {
  for (const v of lines("privacy_fast_scan.jsonl")) {
    if (v.worker_sensitive !== undefined) assert.ok(v.worker_sensitive === true && v.sensitive === false, v.text);
  }
});

test("privacy: backtracking-crafted input is scanned in bounded time", async () => {
  const { default: policy } = await load("policy.js");
  const { PrivacyScanner } = await load("privacy.js");
  const scanner = new PrivacyScanner(policy.privacy, (await load("names_data.js")).default);
  for (const text of ["a-".repeat(2000) + "@", "1 ".repeat(2000), "password: " + "x".repeat(3990), "://" + "a:".repeat(1998)]) {
    const started = performance.now();
    scanner.scan([text]);
    assert.ok(performance.now() - started < 1000, `scan of ${text.slice(0, 12)}... took too long`);
  }
});

test("complexity: scores match Python's within 1e-6", async (t) => {
  const { default: policy } = await load("policy.js");
  if (!policy.complexity) {
    t.skip("the build has no exportable complexity model (the Worker forwards everything)");
    return;
  }
  const { ComplexityScorer } = await load("complexity.js");
  const scorer = new ComplexityScorer(policy.complexity);
  assert.ok(scorer.verify(), "the build's own probes disagree with Python's scores");
  for (const v of lines("complexity_scores.jsonl")) {
    if (v.fingerprint !== policy.complexity.fingerprint) continue;
    const got = scorer.scoreMessages(v.texts);
    assert.ok(Math.abs(got - v.score) < 1e-6, `${JSON.stringify(v.texts).slice(0, 60)}: ${got} vs ${v.score}`);
  }
  assert.ok(lines("complexity_scores.jsonl").some((v) => v.fingerprint === policy.complexity.fingerprint), "no vector for this model: regenerate");
});

test("complexity: a port that disagrees with Python's probes is refused", async (t) => {
  const { default: policy } = await load("policy.js");
  if (!policy.complexity) return t.skip("no complexity model in this build");
  const { ComplexityScorer } = await load("complexity.js");
  const probes = policy.complexity.probes.map((p, i) => (i === 1 ? { ...p, score: p.score + 1e-6 } : p));
  assert.equal(new ComplexityScorer({ ...policy.complexity, probes }).verify(), false);
});

test("privacy: the build's probes pass, and a drifted port is detected", async () => {
  const { default: policy } = await load("policy.js");
  const { PrivacyScanner } = await load("privacy.js");
  assert.deepEqual(new PrivacyScanner(policy.privacy, (await load("names_data.js")).default).misses(), []);
  assert.ok(policy.privacy.probes.filter((p) => p.sensitive).length >= 20);
  const probes = [...policy.privacy.probes, { text: "What is the capital of Spain?", sensitive: true }];
  assert.equal(new PrivacyScanner({ ...policy.privacy, probes }, (await load("names_data.js")).default).misses().length, 1);
});
