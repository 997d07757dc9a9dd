// A browser WebRTC call to the Realtime API, in plain JS (no build step). The call itself
// (key from /token, offer POSTed to {base_url}/realtime/calls, microphone out, the model's
// audio back as RTP, events on "oai-events") is the examples' shared webrtc_call.js; this
// page shows the events and the transcript, and sends typed messages.
// window.call exposes the state for tests and for poking at it from the console.
"use strict";

const call = webrtcCall("call", ["hangup", "text", "send"]);

function send(event) {
  call.channel.send(JSON.stringify(event));
  log("→ " + event.type);
}

function onEvent(event) {
  log("← " + event.type);
  if (event.type === "response.output_text.delta" ||
      event.type === "response.output_audio_transcript.delta") {
    $("transcript").textContent += event.delta;
  } else if (event.type === "response.created") {
    $("transcript").textContent = "";
  } else if (event.type === "error") {
    log("   " + event.error.message);
  }
}

call.start = async () => {
  await call.connect("/token", "/realtime/calls", onEvent);
  log("call " + call.callId);
};

call.say = (text, modalities) => {
  send({
    type: "conversation.item.create",
    item: { type: "message", role: "user", content: [{ type: "input_text", text }] },
  });
  send({ type: "response.create", response: modalities ? { output_modalities: modalities } : {} });
};

$("hangup").onclick = call.hangup;
$("say").onsubmit = (e) => {
  e.preventDefault();
  call.say($("text").value);
  $("text").value = "";
};
