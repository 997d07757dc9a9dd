// A browser WebRTC call to the Realtime API, in plain JS (no build step).
// 1. Ask our own server (/token) for an ephemeral key: the real API key never reaches here.
// 2. POST the SDP offer to {base_url}/realtime/calls with that key; apply the answer.
// 3. Events flow on the "oai-events" data channel; the model's audio arrives as RTP.
// window.call exposes the state for tests and for poking at it from the console.
"use strict";

const $ = (id) => document.getElementById(id);
const call = (window.call = { state: "idle", events: [], callId: null, error: null });

function setState(state) {
  call.state = state;
  $("state").textContent = state;
}

function log(line) {
  $("log").textContent += line + "\n";
  $("log").scrollTop = $("log").scrollHeight;
}

function send(event) {
  call.channel.send(JSON.stringify(event));
  log("→ " + event.type);
}

function onEvent(event) {
  call.events.push(event);
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
  const tokenResponse = await fetch("/token", { method: "POST" });
  const token = await tokenResponse.json();
  if (!tokenResponse.ok) throw new Error(token.error || "token request failed");

  setState("connecting");
  const pc = (call.pc = new RTCPeerConnection());
  pc.ontrack = (e) => { $("speaker").srcObject = e.streams[0]; };
  pc.onconnectionstatechange = () => {
    if (pc.connectionState === "failed" || pc.connectionState === "closed") ended();
  };
  const mic = await navigator.mediaDevices.getUserMedia({ audio: true });
  pc.addTrack(mic.getTracks()[0], mic);

  const channel = (call.channel = pc.createDataChannel("oai-events"));
  channel.onopen = () => {
    setState("connected");
    $("hangup").disabled = $("text").disabled = $("send").disabled = false;
  };
  channel.onmessage = (e) => onEvent(JSON.parse(e.data));
  channel.onclose = () => ended();

  await pc.setLocalDescription(await pc.createOffer());
  await gathered(pc, 3000);
  const answer = await fetch(token.base_url + "/realtime/calls", {
    method: "POST",
    body: pc.localDescription.sdp,
    headers: { Authorization: "Bearer " + token.value, "Content-Type": "application/sdp" },
  });
  if (!answer.ok) throw new Error("call refused: " + (await answer.text()));
  const location = answer.headers.get("Location") || "";  // exposed by CORS
  call.callId = location.split("/").pop();
  log("call " + call.callId);
  await pc.setRemoteDescription({ type: "answer", sdp: await answer.text() });
}

// Bytes and packets of the model's audio received so far (RTP inbound stats).
call.audioStats = async () => {
  let packets = 0, bytes = 0;
  if (call.pc) {
    (await call.pc.getStats()).forEach((s) => {
      if (s.type === "inbound-rtp" && s.kind === "audio") {
        packets += s.packetsReceived;
        bytes += s.bytesReceived;
      }
    });
  }
  return { packets, bytes };
};

call.say = (text, modalities) => {
  send({
    type: "conversation.item.create",
    item: { type: "message", role: "user", content: [{ type: "input_text", text }] },
  });
  send({ type: "response.create", response: modalities ? { output_modalities: modalities } : {} });
};

function hangup() {
  if (call.pc) call.pc.close();
  ended();
}

function ended() {
  if (call.state === "ended") return;
  setState("ended");
  $("hangup").disabled = $("text").disabled = $("send").disabled = true;
  $("start").disabled = false;
}

$("start").onclick = () => start().catch((err) => {
  call.error = String(err);
  log("error: " + err);
  setState("failed");
  $("start").disabled = false;
});
$("hangup").onclick = hangup;
$("say").onsubmit = (e) => {
  e.preventDefault();
  call.say($("text").value);
  $("text").value = "";
};
