import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { cssCustomProperties, palette } from "./model/palette";
import "./styles/index.css";

// The stylesheets' colours (var(--ink) and the rest) are the canvas's: one palette sets both.
for (const [name, value] of cssCustomProperties(palette)) {
  document.documentElement.style.setProperty(name, value);
}

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
