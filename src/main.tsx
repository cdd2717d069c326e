import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { followSystemTheme } from "./app/theme";
import "./styles/index.css";

// The stylesheets' colours (var(--ink) and the rest) are the canvas's: one palette sets both,
// chosen by the system's theme before the first render.
followSystemTheme();

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
