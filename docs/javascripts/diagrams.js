// Render the ```mermaid fences (div.diagram) with the Mermaid copy this site serves itself
// (assets/javascripts/mermaid.min.js, from the npm lock). Material's own Mermaid support is
// not used: it falls back to a CDN when `mermaid` is not yet defined and draws into a closed
// shadow root, which the site test could not inspect. body[data-diagrams] tells the test
// (and anyone debugging) whether rendering finished: "rendered" or "failed".
document.addEventListener("DOMContentLoaded", async () => {
  const nodes = document.querySelectorAll("div.diagram");
  if (nodes.length === 0) return;
  try {
    mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: "neutral" });
    await mermaid.run({ nodes });
    document.body.dataset.diagrams = "rendered";
  } catch (error) {
    document.body.dataset.diagrams = "failed";
    console.error("diagrams:", error);
  }
});
