// Region choice and node order (nodes.js of a `meshroute edge build` output; node --test).
import assert from "node:assert/strict";
import path from "node:path";
import test from "node:test";
import { pathToFileURL } from "node:url";

const build = process.env.MESHROUTE_EDGE_BUILD;
const load = async () => import(pathToFileURL(path.join(build, "src", "nodes.js")).href);
const request = (headers, cf) => ({ headers: new Headers(headers), cf });
const nodes = [
  { region: "us-east", url: "http://us" },
  { region: "eu-london", url: "http://eu" },
  { region: "ap-tokyo", url: "http://ap" },
];
const places = { colos: { NRT: "ap-tokyo" }, countries: { GB: "eu-london" } };

test("header, then colo, then country, then continent", async () => {
  const { clientPlace, orderNodes } = await load();
  const order = (req) => orderNodes(nodes, clientPlace(req, places)).map((n) => n.region);
  assert.deepEqual(order(request({ "x-meshroute-region": "ap-tokyo" }, { colo: "LHR", country: "GB" }))[0], "ap-tokyo");
  assert.deepEqual(order(request({}, { colo: "NRT", country: "GB", continent: "EU" }))[0], "ap-tokyo");
  assert.deepEqual(order(request({}, { colo: "CDG", country: "GB", continent: "EU" }))[0], "eu-london");
  assert.deepEqual(order(request({}, { colo: "CDG", country: "FR", continent: "EU" })), ["eu-london", "us-east", "ap-tokyo"]);
  assert.deepEqual(order(request({}, { country: "AU", continent: "OC" })), ["ap-tokyo", "us-east", "eu-london"]);
  // nothing known: the configured order
  assert.deepEqual(order(request({}, undefined)), ["us-east", "eu-london", "ap-tokyo"]);
});

test("a header region that names no node falls back by continent", async () => {
  const { clientPlace, orderNodes } = await load();
  const place = clientPlace(request({ "x-meshroute-region": "eu-paris" }, {}), places);
  assert.equal(orderNodes(nodes, place)[0].region, "eu-london");
});
