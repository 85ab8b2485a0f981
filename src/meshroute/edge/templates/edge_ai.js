// Answer a chat request with the Workers AI binding (env.AI.run), in the OpenAI shapes the
// client expects: a chat.completion object, or chat.completion.chunk Server-Sent Events.

function completionId() {
  return "chatcmpl-edge-" + crypto.randomUUID().replace(/-/g, "").slice(0, 24);
}

function inputs(body) {
  const messages = body.messages.map((m) => ({ role: m.role, content: textOf(m.content) }));
  const out = { messages };
  const maxTokens = body.max_completion_tokens ?? body.max_tokens;
  if (Number.isInteger(maxTokens)) out.max_tokens = maxTokens;
  if (typeof body.temperature === "number") out.temperature = body.temperature;
  if (typeof body.top_p === "number") out.top_p = body.top_p;
  return out;
}

export function textOf(content) {
  if (typeof content === "string") return content;
  if (Array.isArray(content)) {
    return content.filter((p) => p && typeof p.text === "string").map((p) => p.text).join("\n");
  }
  return "";
}

function usageOf(result, body) {
  const u = result && result.usage;
  if (u && Number.isFinite(u.prompt_tokens)) return u;
  return null;
}

export async function answerAtEdge(env, model, body) {
  const result = await env.AI.run(model, { ...inputs(body), stream: false });
  const text = typeof result === "string" ? result : (result && result.response) || "";
  const answer = {
    id: completionId(),
    object: "chat.completion",
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: "assistant", content: text }, finish_reason: "stop" }],
  };
  const usage = usageOf(result, body);
  if (usage) answer.usage = usage;
  return new Response(JSON.stringify(answer), { headers: { "content-type": "application/json" } });
}

// Workers AI streams `data: {"response": "..."}` lines; re-emit them as OpenAI chunks.
export async function streamAtEdge(env, model, body) {
  const stream = await env.AI.run(model, { ...inputs(body), stream: true });
  const id = completionId();
  const created = Math.floor(Date.now() / 1000);
  const encoder = new TextEncoder();
  const chunk = (delta, finish) => encoder.encode(
    "data: " + JSON.stringify({ id, object: "chat.completion.chunk", created, model, choices: [{ index: 0, delta, finish_reason: finish }] }) + "\n\n",
  );
  let buffered = "";
  let first = true;
  const decoder = new TextDecoder();
  const transform = new TransformStream({
    transform(bytes, controller) {
      buffered += decoder.decode(bytes, { stream: true });
      const lines = buffered.split("\n");
      buffered = lines.pop();
      for (const line of lines) {
        const data = line.startsWith("data:") ? line.slice(5).trim() : "";
        if (!data || data === "[DONE]") continue;
        let piece;
        try {
          piece = JSON.parse(data).response;
        } catch {
          continue;
        }
        if (typeof piece !== "string" || piece === "") continue;
        controller.enqueue(chunk(first ? { role: "assistant", content: piece } : { content: piece }, null));
        first = false;
      }
    },
    flush(controller) {
      controller.enqueue(chunk({}, "stop"));
      controller.enqueue(encoder.encode("data: [DONE]\n\n"));
    },
  });
  return new Response(stream.pipeThrough(transform), {
    headers: { "content-type": "text/event-stream", "cache-control": "no-cache" },
  });
}
