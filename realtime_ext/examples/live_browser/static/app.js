// A browser GPT-Live call in plain JS (no build step). GPT-Live has no ephemeral keys, so
// the page never talks to the API over HTTP: it POSTs its SDP offer to its own server
// (POST /session, served by realtime_ext.asgi.live_offer_endpoint), which creates the session
// with the server's key and answers {"session_id": "live_...", "sdp": "v=0..."}.
// The microphone goes out as the audio track, the model's audio comes back as RTP (played on
// #speaker) and the session's events flow on the "oai-events" data channel.
// window.call exposes the state for tests and for poking at it from the console.
"use strict";

const $ = (id) => document.getElementById(id);
const call = (window.call = { state: "idle", events: [], sessionId: null, error: null });

function log(line) {
  $("log").textContent += line + "\n";
  $("log").scrollTop = $("log").scrollHeight;
}

function setState(state) {
  call.state = state;
  $("state").textContent = state;
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

function onEvent(event) {
  call.events.push(event);
  log("← " + event.type);
  if (event.type === "session.output_transcript.delta") {
    $("transcript").textContent += event.delta;
  } else if (event.type === "session.closed") {
    log("   " + event.reason);
  }
}

call.start = async () => {
  $("start").disabled = true;
  setState("connecting");
  const pc = (call.pc = new RTCPeerConnection());
  pc.ontrack = (e) => { $("speaker").srcObject = e.streams[0]; };
  pc.onconnectionstatechange = () => {
    if (pc.connectionState === "failed" || pc.connectionState === "closed") ended();
  };
  const mic = await navigator.mediaDevices.getUserMedia({ audio: true });
  pc.addTrack(mic.getTracks()[0], mic);
  const channel = (call.channel = pc.createDataChannel("oai-events"));
  channel.onopen = () => { setState("connected"); $("hangup").disabled = false; };
  channel.onmessage = (e) => onEvent(JSON.parse(e.data));
  channel.onclose = () => ended();

  await pc.setLocalDescription(await pc.createOffer());
  await gathered(pc, 3000);
  // The page's own server decides the session; the page sends only its offer.
  const response = await fetch("/session", {
    method: "POST",
    body: pc.localDescription.sdp,
    headers: { "Content-Type": "application/sdp" },
  });
  const answer = await response.json();  // the endpoint answers JSON, errors included
  if (!response.ok) throw new Error(answer.error || "the session was refused");
  call.sessionId = answer.session_id;
  log("session " + call.sessionId);
  await pc.setRemoteDescription({ type: "answer", sdp: answer.sdp });
};

// Ends the session (session.closed comes back on the channel), then the connection.
call.hangup = () => {
  if (call.channel && call.channel.readyState === "open") {
    call.channel.send(JSON.stringify({ type: "session.close" }));
  } else if (call.pc) {
    call.pc.close();
  }
};

function ended() {
  if (call.state === "ended") return;
  setState("ended");
  $("hangup").disabled = true;
  $("start").disabled = false;
}

$("start").onclick = () => call.start().catch((err) => {
  call.error = String(err);
  log("error: " + err);
  setState("failed");
  $("start").disabled = false;
});
$("hangup").onclick = call.hangup;
