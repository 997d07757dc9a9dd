// A browser translation call to the Realtime API, in plain JS (no build step). The call
// itself (key from /token?to=es, offer POSTed to {base_url}/realtime/translations/calls,
// microphone out, translated speech back as RTP) is the examples' shared webrtc_call.js;
// this page shows both transcripts (source and target) and the session events that arrive
// on "oai-events", and stops the session.
// window.translation exposes the state for tests and for poking at it from the console.
"use strict";

const translation = webrtcCall("translation", ["stop"], { source: "", target: "" });

function onEvent(event) {
  if (event.type === "session.input_transcript.delta") {
    translation.source += event.delta;  // append-only: no spaces added between deltas
    $("source").textContent = translation.source;
  } else if (event.type === "session.output_transcript.delta") {
    translation.target += event.delta;
    $("target").textContent = translation.target;
  } else {
    log("← " + event.type + (event.type === "error" ? ": " + event.error.message : ""));
    if (event.type === "session.closed") translation.hangup();
  }
}

translation.start = async () => {
  const tokenUrl = "/token?to=" + $("to").value;
  const token = await translation.connect(tokenUrl, "/realtime/translations/calls", onEvent);
  log("call " + translation.callId + " → " + token.language);
};

// Ask the server to flush what it holds; it answers session.closed, then we hang up.
translation.stop = () => {
  translation.setState("closing");
  translation.channel.send(JSON.stringify({ type: "session.close" }));
};

$("stop").onclick = () => translation.stop();
