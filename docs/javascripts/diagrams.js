// Render the ```mermaid fences (div.diagram) with the Mermaid copy this site serves itself
// (assets/javascripts/mermaid.min.js, from the npm lock). Material's own Mermaid support is
// not used: it falls back to a CDN when `mermaid` is not yet defined and draws into a closed
// shadow root, which the site test could not inspect.
document.addEventListener("DOMContentLoaded", async () => {
  const nodes = document.querySelectorAll("div.diagram");
  if (nodes.length === 0) return;
  mermaid.initialize({ startOnLoad: false, securityLevel: "strict", theme: "neutral" });
  await mermaid.run({ nodes });
  document.body.dataset.diagrams = "rendered";
});
