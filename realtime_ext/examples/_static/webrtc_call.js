// The WebRTC call both browser examples' pages hold, in plain JS (no build step); each page
// loads it (/shared/webrtc_call.js, served by the examples' token server) before its app.js.
// 1. Ask our own server (tokenUrl) for an ephemeral key: the real API key never reaches here.
// 2. POST the SDP offer to {base_url}{path} with that key; apply the answer.
// 3. The microphone goes out as the audio track, the model's audio comes back as RTP (played
//    on #speaker) and events flow on the "oai-events" data channel.
// window[name] exposes the call for tests and for poking at it from the console.
"use strict";

const $ = (id) => document.getElementById(id);

function log(line) {
  $("log").textContent += line + "\n";
  $("log").scrollTop = $("log").scrollHeight;
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

// A page's call, as window[name] (with the page's own `fields`): #start starts it with the
// page's call.start(); the buttons named in `controls` are on while it is connected.
function webrtcCall(name, controls, fields) {
  const call = (window[name] = {
    state: "idle", events: [], callId: null, error: null, ...fields,
  });
  const enable = (on) => controls.forEach((id) => { $(id).disabled = !on; });

  call.setState = (state) => {
    call.state = state;
    $("state").textContent = state;
  };

  // Mint a key, offer, apply the answer; each event goes to call.events, then onEvent.
  call.connect = async (tokenUrl, path, onEvent) => {
    $("start").disabled = true;
    call.setState("minting key");
    const tokenResponse = await fetch(tokenUrl, { method: "POST" });
    const token = await tokenResponse.json();
    if (!tokenResponse.ok) throw new Error(token.error || "token request failed");

    call.setState("connecting");
    const pc = (call.pc = new RTCPeerConnection());
    pc.ontrack = (e) => { $("speaker").srcObject = e.streams[0]; };
    pc.onconnectionstatechange = () => {
      if (pc.connectionState === "failed" || pc.connectionState === "closed") call.ended();
    };
    const mic = await navigator.mediaDevices.getUserMedia({ audio: true });
    pc.addTrack(mic.getTracks()[0], mic);

    const channel = (call.channel = pc.createDataChannel("oai-events"));
    channel.onopen = () => { call.setState("connected"); enable(true); };
    channel.onmessage = (e) => {
      const event = JSON.parse(e.data);
      call.events.push(event);
      onEvent(event);
    };
    channel.onclose = () => call.ended();

    await pc.setLocalDescription(await pc.createOffer());
    await gathered(pc, 3000);
    const answer = await fetch(token.base_url + path, {
      method: "POST",
      body: pc.localDescription.sdp,
      headers: { Authorization: "Bearer " + token.value, "Content-Type": "application/sdp" },
    });
    if (!answer.ok) throw new Error("call refused: " + (await answer.text()));
    const location = answer.headers.get("Location") || "";  // exposed by CORS
    call.callId = location.split("/").pop();
    await pc.setRemoteDescription({ type: "answer", sdp: await answer.text() });
    return token;
  };

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

  call.hangup = () => {
    if (call.pc) call.pc.close();
    call.ended();
  };

  call.ended = () => {
    if (call.state === "ended") return;
    call.setState("ended");
    enable(false);
    $("start").disabled = false;
  };

  $("start").onclick = () => call.start().catch((err) => {
    call.error = String(err);
    log("error: " + err);
    call.setState("failed");
    $("start").disabled = false;
  });
  return call;
}
