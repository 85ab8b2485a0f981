// Serve a built (bundled) meshroute edge Worker in workerd through Miniflare's API, for tests
// and the bench. Prints one JSON line {"ready": URL} on stdout, then serves until SIGTERM.
//
//   node serve_worker.mjs --script DIST/worker.js [--port P] [--ai URL] [--node-key K]
//        [--client-keys K1,K2] [--country GB --continent EU]
//
// --ai URL: a STAND-IN for the Workers AI binding: a JS module binding (env.AI.run) that asks
// the OpenAI-compatible stand-in server at URL and answers in Workers AI's shapes, so the test
// can count what reached the "edge model".

import { Miniflare } from "miniflare";
import { dirname, resolve } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    script: { type: "string" },
    port: { type: "string", default: "0" },
    ai: { type: "string" },
    "node-key": { type: "string" },
    "client-keys": { type: "string" },
    country: { type: "string", default: "US" },
    continent: { type: "string", default: "NA" },
  },
});

const AI_STANDIN = `
class StandinAI {
  constructor(url) { this.url = url; }
  async run(model, inputs) {
    const body = { model, messages: inputs.messages, stream: !!inputs.stream, max_tokens: inputs.max_tokens };
    const reply = await fetch(this.url + "/v1/chat/completions", {
      method: "POST", headers: { "content-type": "application/json", "x-edge-model": model }, body: JSON.stringify(body),
    });
    if (!reply.ok) throw new Error("stand-in AI failed: " + reply.status);
    if (!inputs.stream) {
      const data = await reply.json();
      return { response: data.choices[0].message.content };
    }
    // OpenAI chunks -> Workers AI's "data: {response}" events
    let buffered = "";
    const decoder = new TextDecoder();
    const encoder = new TextEncoder();
    return reply.body.pipeThrough(new TransformStream({
      transform(bytes, controller) {
        buffered += decoder.decode(bytes, { stream: true });
        const lines = buffered.split("\\n");
        buffered = lines.pop();
        for (const line of lines) {
          const data = line.startsWith("data:") ? line.slice(5).trim() : "";
          if (!data || data === "[DONE]") continue;
          const piece = JSON.parse(data).choices?.[0]?.delta?.content;
          if (piece) controller.enqueue(encoder.encode("data: " + JSON.stringify({ response: piece }) + "\\n\\n"));
        }
      },
      flush(controller) { controller.enqueue(encoder.encode("data: [DONE]\\n\\n")); },
    }));
  }
}
export default function (env) { return new StandinAI(env.STANDIN_URL); }
`;

const bindings = {};
if (values["node-key"]) bindings.MESHROUTE_NODE_KEY = values["node-key"];
if (values["client-keys"]) bindings.MESHROUTE_CLIENT_KEYS = values["client-keys"];

const main = {
  name: "meshroute-edge",
  modules: true,
  scriptPath: resolve(values.script),
  modulesRoot: dirname(resolve(values.script)),
  compatibilityDate: "2025-06-01",
  bindings,
  cache: true,
};
const workers = [main];
if (values.ai) {
  main.wrappedBindings = { AI: { scriptName: "ai-standin" } };
  workers.push({ name: "ai-standin", modules: true, script: AI_STANDIN, bindings: { STANDIN_URL: values.ai } });
}

const mf = new Miniflare({
  host: "127.0.0.1",
  port: Number(values.port),
  cf: { country: values.country, continent: values.continent, colo: "TST" },
  workers,
});
const url = await mf.ready;
process.stdout.write(JSON.stringify({ ready: url.href }) + "\n");

const stop = async () => {
  await mf.dispose();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
