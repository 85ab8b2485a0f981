// Nearest healthy meshroute node first, then the others; a connection failure or a 5xx before
// the first byte moves on to the next node, so a node outage loses no request.

// Cloudflare's request.cf.continent codes, and the region prefixes nodes are usually named with.
const PREFIX_CONTINENT = {
  eu: "EU", uk: "EU", gb: "EU", de: "EU", fr: "EU", us: "NA", na: "NA", ca: "NA", sa: "SA",
  br: "SA", ap: "AS", as: "AS", asia: "AS", in: "AS", jp: "AS", me: "AS", af: "AF", oc: "OC",
  au: "OC", nz: "OC",
};
// Rough distance between continents, so that the fallback after the nearest is the next nearest.
const NEAR = {
  EU: ["EU", "AF", "NA", "AS", "SA", "OC"], NA: ["NA", "SA", "EU", "AS", "OC", "AF"],
  SA: ["SA", "NA", "EU", "AF", "AS", "OC"], AS: ["AS", "OC", "EU", "NA", "AF", "SA"],
  AF: ["AF", "EU", "AS", "SA", "NA", "OC"], OC: ["OC", "AS", "NA", "SA", "EU", "AF"],
};

// Module state lives as long as the isolate: a node that just failed is tried last for a while.
const unhealthyUntil = new Map();

export function continentOfRegion(region) {
  const head = String(region || "").toLowerCase().split(/[-_.]/)[0];
  return PREFIX_CONTINENT[head] || null;
}

// The client's place: the x-meshroute-region header, else the Cloudflare colo or the country
// mapped to a region (--colo / --country), else the continent of request.cf.
export function clientPlace(request, places) {
  const header = request.headers.get("x-meshroute-region");
  if (header) return { region: header.trim().toLowerCase(), continent: continentOfRegion(header), source: "header" };
  const cf = request.cf || {};
  const colo = typeof cf.colo === "string" ? cf.colo.toUpperCase() : null;
  const country = typeof cf.country === "string" ? cf.country.toUpperCase() : null;
  for (const [key, map, source] of [[colo, places.colos, "colo"], [country, places.countries, "country"]]) {
    if (key && map && map[key]) return { region: map[key], continent: continentOfRegion(map[key]), source };
  }
  const continent = typeof cf.continent === "string" ? cf.continent.toUpperCase() : null;
  return { region: null, continent, source: continent ? "continent" : "none" };
}

export function orderNodes(nodes, place, now = Date.now()) {
  const near = NEAR[place.continent] || [];
  const rank = (node) => {
    if (place.region && node.region.toLowerCase() === place.region) return 0;
    const at = near.indexOf(continentOfRegion(node.region));
    return at < 0 ? 10 : 1 + at;
  };
  const ranked = nodes.map((node, index) => ({ node, index, rank: rank(node) }));
  ranked.sort((a, b) => a.rank - b.rank || a.index - b.index);
  const healthy = ranked.filter((r) => !(unhealthyUntil.get(r.node.url) > now));
  const resting = ranked.filter((r) => unhealthyUntil.get(r.node.url) > now);
  return [...healthy, ...resting].map((r) => r.node);
}

function markFailed(node, cooldownMs) {
  unhealthyUntil.set(node.url, Date.now() + cooldownMs);
}

const HOP_BY_HOP = ["connection", "keep-alive", "transfer-encoding", "upgrade", "host", "content-length", "te", "trailer", "proxy-authorization"];

export function upstreamHeaders(request, env) {
  const headers = new Headers();
  for (const [name, value] of request.headers) {
    const lower = name.toLowerCase();
    if (HOP_BY_HOP.includes(lower) || lower.startsWith("cf-") || lower === "x-real-ip") continue;
    headers.set(name, value);
  }
  // The node key is a Worker secret (wrangler secret put MESHROUTE_NODE_KEY), never in source.
  if (env.MESHROUTE_NODE_KEY) headers.set("authorization", `Bearer ${env.MESHROUTE_NODE_KEY}`);
  headers.set("x-meshroute-edge", "worker");
  return headers;
}

// Try the nodes in order; return the first answer that is not a 5xx, with the node that gave it.
export async function forward(nodes, path, init, settings) {
  let last = null;
  const tried = [];
  for (const node of nodes.slice(0, settings.max_attempts)) {
    tried.push(node.region);
    const abort = new AbortController();
    const timer = setTimeout(() => abort.abort("first byte timeout"), settings.first_byte_ms);
    try {
      const response = await fetch(node.url + path, { ...init, signal: abort.signal });
      clearTimeout(timer);
      if (response.status < 500) return { response, node, tried };
      markFailed(node, settings.cooldown_ms);
      if (last && last.response.body) await last.response.body.cancel();
      last = { response, node, tried };
    } catch (error) {
      clearTimeout(timer);
      markFailed(node, settings.cooldown_ms);
      console.error(`meshroute edge: node ${node.region} failed before the first byte: ${error && error.name}: ${error && error.message}`);
    }
  }
  return last ? { ...last, tried } : { response: null, node: null, tried };
}
