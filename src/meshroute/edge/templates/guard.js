// Hostile input: a huge, deep or malformed body gets a clear 4xx in bounded time, before any
// parsing, scanning or forwarding.

export class ClientError extends Error {
  constructor(status, message, code) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

export function errorResponse(status, message, code, extraHeaders = {}) {
  const type = status >= 500 ? "server_error" : "invalid_request_error";
  const body = { error: { message, type, param: null, code } };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": "application/json", "x-meshroute-edge": "worker", ...extraHeaders },
  });
}

// Read at most maxBytes within timeoutMs: a missing or lying Content-Length cannot make the
// Worker buffer more, and a client sending its body drop by drop gets a 408.
export async function readBody(request, maxBytes, timeoutMs = 30000) {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    throw new ClientError(413, `request body over ${maxBytes} bytes`, "body_too_large");
  }
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const parts = [];
  let size = 0;
  let timer;
  const late = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new ClientError(408, `request body not received within ${timeoutMs} ms`, "body_timeout")), timeoutMs);
  });
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.read(), late]);
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) throw new ClientError(413, `request body over ${maxBytes} bytes`, "body_too_large");
      parts.push(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => undefined);
    throw error;
  } finally {
    clearTimeout(timer);
  }
  return concat(parts, size);
}

function concat(parts, size) {
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.byteLength;
  }
  return bytes;
}

// One linear pass over the raw text: nesting deeper than maxDepth is refused before JSON.parse.
export function checkDepth(text, maxDepth) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i += 1; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      depth += 1;
      if (depth > maxDepth) throw new ClientError(400, `JSON nested deeper than ${maxDepth}`, "too_deep");
    } else if (c === 125 || c === 93) depth -= 1;
  }
}

export function parseJson(bytes, maxDepth) {
  let text;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ClientError(400, "request body is not valid UTF-8", "invalid_body");
  }
  checkDepth(text, maxDepth);
  try {
    return JSON.parse(text);
  } catch {
    throw new ClientError(400, "request body is not valid JSON", "invalid_json");
  }
}

// Every string in the messages (contents, names, tool-call arguments), with a budget: past it
// the request is "not scanned" and so never answered at the edge nor cached.
export function messageStrings(messages, maxChars, maxItems) {
  const out = [];
  let chars = 0;
  const stack = [messages];
  while (stack.length) {
    const value = stack.pop();
    if (typeof value === "string") {
      chars += value.length;
      out.push(value);
      if (chars > maxChars || out.length > maxItems) return null;
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i -= 1) stack.push(value[i]);
    } else if (value && typeof value === "object") {
      for (const key of Object.keys(value).reverse()) stack.push(value[key]);
    }
    if (stack.length > maxItems) return null;
  }
  return out;
}
