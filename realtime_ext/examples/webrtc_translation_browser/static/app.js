// A browser translation call to the Realtime API, in plain JS (no build step).
// 1. Ask our own server (/token?to=es) for a translation key: the API key never reaches here.
// 2. POST the SDP offer to {base_url}/realtime/translations/calls with that key.
// 3. The microphone goes out as the audio track; translated speech comes back as RTP;
//    transcripts (source and target) and session events arrive on "oai-events".
// window.translation exposes the state for tests and for poking at it from the console.
"use strict";

const $ = (id) => document.getElementById(id);
const translation = (window.translation = {
  state: "idle", events: [], callId: null, error: null, source: "", target: "",
});

function setState(state) {
  translation.state = state;
  $("state").textContent = state;
}

function log(line) {
  $("log").textContent += line + "\n";
  $("log").scrollTop = $("log").scrollHeight;
}

function onEvent(event) {
  translation.events.push(event);
  if (event.type === "session.input_transcript.delta") {
    translation.source += event.delta;  // append-only: no spaces added between deltas
    $("source").textContent = translation.source;
  } else if (event.type === "session.output_transcript.delta") {
    translation.target += event.delta;
    $("target").textContent = translation.target;
  } else {
    log("← " + event.type + (event.type === "error" ? ": " + event.error.message : ""));
    if (event.type === "session.closed") hangup();
  }
}

// Non-trickle: the offer carries every candidate (the fake server's peer needs them all).
function gathered(pc, ms) {
  if (pc.iceGatheringState === "complete") return Promise.resolve();
  return new Promise((resolve) => {
    pc.addEventListener("icegatheringstatechange", () => {
      if (pc.iceGatheringState === "complete") resolve();
    });
    setTimeout(resolve, ms);
  });
}

async function start() {
  $("start").disabled = true;
  setState("minting key");
  const tokenResponse = await fetch("/token?to=" + $("to").value, { method: "POST" });
  const token = await tokenResponse.json();
  if (!tokenResponse.ok) throw new Error(token.error || "token request failed");

  setState("connecting");
  const pc = (translation.pc = new RTCPeerConnection());
  pc.ontrack = (e) => { $("speaker").srcObject = e.streams[0]; };  // translated speech
  pc.onconnectionstatechange = () => {
    if (pc.connectionState === "failed" || pc.connectionState === "closed") ended();
  };
  const mic = await navigator.mediaDevices.getUserMedia({ audio: true });
  pc.addTrack(mic.getTracks()[0], mic);

  const channel = (translation.channel = pc.createDataChannel("oai-events"));
  channel.onopen = () => { setState("connected"); $("stop").disabled = false; };
  channel.onmessage = (e) => onEvent(JSON.parse(e.data));
  channel.onclose = () => ended();

  await pc.setLocalDescription(await pc.createOffer());
  await gathered(pc, 3000);
  const answer = await fetch(token.base_url + "/realtime/translations/calls", {
    method: "POST",
    body: pc.localDescription.sdp,
    headers: { Authorization: "Bearer " + token.value, "Content-Type": "application/sdp" },
  });
  if (!answer.ok) throw new Error("call refused: " + (await answer.text()));
  translation.callId = (answer.headers.get("Location") || "").split("/").pop();
  log("call " + translation.callId + " → " + token.language);
  await pc.setRemoteDescription({ type: "answer", sdp: await answer.text() });
}

// Ask the server to flush what it holds; it answers session.closed, then we hang up.
translation.stop = () => {
  setState("closing");
  translation.channel.send(JSON.stringify({ type: "session.close" }));
};

// Packets and bytes of translated speech received so far (RTP inbound stats).
translation.audioStats = async () => {
  let packets = 0, bytes = 0;
  if (translation.pc) {
    (await translation.pc.getStats()).forEach((s) => {
      if (s.type === "inbound-rtp" && s.kind === "audio") {
        packets += s.packetsReceived;
        bytes += s.bytesReceived;
      }
    });
  }
  return { packets, bytes };
};

function hangup() {
  if (translation.pc) translation.pc.close();
  ended();
}

function ended() {
  if (translation.state === "ended") return;
  setState("ended");
  $("stop").disabled = true;
  $("start").disabled = false;
}

$("start").onclick = () => start().catch((err) => {
  translation.error = String(err);
  log("error: " + err);
  setState("failed");
  $("start").disabled = false;
});
$("stop").onclick = () => translation.stop();
