// The unmodified openai-node package against `realtime-ext serve-fake`: run by
// tests/fake_server/test_openai_node.py with OPENAI_BASE_URL pointing at the fake (over
// TLS: openai-node always opens wss://) and NODE_EXTRA_CA_CERTS trusting its certificate.
// Prints one JSON line per check; the Python test asserts on them.
import OpenAI from "openai";
import { OpenAIRealtimeWS } from "openai/realtime/ws";

const mode = process.argv[2];
const baseURL = process.env.OPENAI_BASE_URL;
const out = (record) => process.stdout.write(JSON.stringify(record) + "\n");

function session(client, until, send) {
  // Resolves with every event up to (and including) the first of type `until`.
  return new Promise((resolve, reject) => {
    const rt = new OpenAIRealtimeWS({ model: "gpt-realtime" }, client);
    const seen = [];
    const timer = setTimeout(() => reject(new Error(`no ${until} within 15 s`)), 15000);
    rt.socket.on("open", () => send(rt));
    rt.on("event", (event) => {
      seen.push(event);
      if (event.type === until) {
        clearTimeout(timer);
        rt.close();
        resolve(seen);
      }
    });
    rt.on("error", (err) => {
      // error events are part of the scenario; transport errors end the check.
      if (!err.error) {
        clearTimeout(timer);
        reject(err);
      }
    });
  });
}

async function scenario() {
  const client = new OpenAI({ apiKey: "sk-node-test", baseURL });
  // Client-secret session applied to the WebSocket opened with the ek_.
  const secret = await client.realtime.clientSecrets.create({
    session: { type: "realtime", instructions: "Talk like a pirate.", output_modalities: ["text"] },
  });
  const browser = new OpenAI({ apiKey: secret.value, baseURL });
  const first = await session(browser, "session.created", () => {});
  out({ check: "secret_session", instructions: first.at(-1).session.instructions,
        modalities: first.at(-1).session.output_modalities });
  // Scenario: a function call, then an error event, then an incoming SIP call accepted.
  const events = await session(client, "response.done", (rt) => {
    rt.send({ type: "response.create" });
  });
  const done = events.at(-1);
  out({ check: "function_call", types: events.map((e) => e.type),
        call: done.response.output[0] });
  const errors = await session(client, "error", (rt) => rt.send({ type: "response.create" }));
  out({ check: "error", error: errors.at(-1).error });
  await client.realtime.calls.accept("rtc_node_1", { type: "realtime" });
  out({ check: "sip_accept", ok: true });
}

async function replay() {
  const apiKey = process.env.OPENAI_API_KEY ?? "sk-node-replay";
  const client = new OpenAI({ apiKey, baseURL });
  const events = await session(client, "response.done", (rt) => {
    rt.send({ type: "conversation.item.create", item: { type: "message", role: "user",
      content: [{ type: "input_text", text: "Weather in Paris?" }] } });
    rt.send({ type: "response.create", response: { output_modalities: ["text"] } });
  });
  const done = events.at(-1);
  out({ check: "replay", types: events.map((e) => e.type),
        text: done.response.output[0].content[0].text });
}

function speech() {
  // 200 ms of quiet, 500 ms of a 440 Hz tone, 700 ms of quiet: PCM16 at 24 kHz, base64.
  const rate = 24000;
  const pcm = new Int16Array((rate * 1400) / 1000);
  for (let i = (rate * 200) / 1000; i < (rate * 700) / 1000; i++) {
    pcm[i] = Math.round(0.3 * 32767 * Math.sin((2 * Math.PI * 440 * i) / rate));
  }
  return Buffer.from(pcm.buffer).toString("base64");
}

async function audio() {
  // An audio turn with the client's default session: the server's VAD commits and answers.
  const client = new OpenAI({ apiKey: "sk-node-test", baseURL });
  const events = await session(client, "response.done", (rt) => {
    rt.send({ type: "input_audio_buffer.append", audio: speech() });
  });
  out({ check: "audio", types: events.map((e) => e.type),
        status: events.at(-1).response.status });
}

async function plain() {
  // Plain (non-TLS) fake: openai-node's wss:// handshake must fail fast and clearly.
  const client = new OpenAI({ apiKey: "sk-node-test", baseURL });
  const started = Date.now();
  try {
    await session(client, "session.created", () => {});
    out({ check: "plain", error: null });
  } catch (err) {
    out({ check: "plain", error: String(err.message || err), ms: Date.now() - started });
  }
}

const checks = { scenario, replay, plain, audio };
checks[mode]().then(
  () => process.exit(0),
  (err) => {
    out({ check: "failed", error: String(err && err.stack ? err.stack : err) });
    process.exit(1);
  },
);
