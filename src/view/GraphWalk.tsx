/**
 * The graph's keyboard: walking entities and relations (scene/walk.ts), the single-key shortcuts
 * (graphKeys.ts), and the one real element that stands over the node in focus, so that the
 * browser can focus it, draw its ring and give assistive technology its name. sigma's canvas has
 * no elements of its own; this proxy follows the node wherever the camera takes it.
 *
 * The walk moves the explorer's cursor (panels/context.ts), which the graph emphasises (its label
 * forced on) and the camera keeps in view, and says each step in the live region.
 */
import { useSigma } from "@react-sigma/core";
import {
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useRef,
  useState,
  type RefObject,
} from "react";
import type { Catalog } from "../graph/catalog";
import type { ItemRef, VisibleSets } from "../model/vocabulary";
import { walkEndSentence, walkSentence } from "../scene/sentences";
import { openChapter, storyStep } from "../scene/story";
import { stepMonth, timelineMonths } from "../scene/timeline";
import {
  emptyWalk,
  isWalkable,
  itemOf,
  resumeWalk,
  stepWalk,
  type Walk,
  type WalkPosition,
} from "../scene/walk";
import type { ExplorerAction } from "../state/explorer";
import { graphCommandFor, type GraphCommand } from "./graphKeys";
import { GraphKeysHelp } from "./GraphKeysHelp";
import { showWholeNetwork, zoomIn, zoomOut } from "./zoom";

/** The proxy is never smaller than this (WCAG 2.5.8's minimum target), whatever the node's size. */
const MIN_PROXY_PX = 24;
/** Room between the node's disc and the focus ring drawn round the proxy. */
const PROXY_MARGIN_PX = 6;

export interface GraphWalkProps {
  catalog: Catalog;
  visible: VisibleSets | null;
  cursor: ItemRef | null;
  moveCursor: (cursor: ItemRef | null) => void;
  announce: (sentence: string) => void;
  dispatch: (action: ExplorerAction) => void;
  /** The timeline's date and the story chapter, for the keys that step them. */
  date: string | null;
  chapterId: string | null;
  /** In presenter mode the arrows step the story (app/useExplorerKeys.ts), not the walk. */
  presenting: boolean;
  /** Pixels at the foot of the graph under the bottom sheet or the caption, for the fit key. */
  coveredBottom: number;
  /** The graph's focusable frame (view/GraphView.tsx), where the keys are heard. */
  frameRef: RefObject<HTMLDivElement | null>;
  /** Tells the frame whether the proxy now takes its place as the graph's tab stop. */
  onProxyShown: (shown: boolean) => void;
}

export function GraphWalk({
  catalog,
  visible,
  cursor,
  moveCursor,
  announce,
  dispatch,
  date,
  chapterId,
  presenting,
  coveredBottom,
  frameRef,
  onProxyShown,
}: GraphWalkProps) {
  const sigma = useSigma();
  const [walk, setWalk] = useState<Walk>(emptyWalk);
  const [helpOpen, setHelpOpen] = useState(false);
  const proxy = useRef<HTMLDivElement>(null);
  /** Focus goes to the proxy after a key moved the walk, once the proxy stands at its new place. */
  const focusProxy = useRef(false);
  const proxyHadFocus = useRef(false);

  // Whatever moved the cursor last (a key, a click, a link, the text view), the walk goes on from it.
  const current = resumeWalk(catalog, walk, cursor);
  const at: WalkPosition | null =
    current.at && isWalkable(catalog, visible, current.at) ? current.at : null;
  const sentence = at ? walkSentence(catalog, visible, at) : "";

  const run = useEffectEvent((command: GraphCommand) => {
    switch (command.kind) {
      case "walk": {
        const next = stepWalk(catalog, visible, current, command.move, cursor);
        if (!next || !next.at) {
          announce(walkEndSentence(catalog, at, command.move));
          return;
        }
        setWalk(next);
        focusProxy.current = true;
        moveCursor(itemOf(next.at));
        announce(walkSentence(catalog, visible, next.at));
        return;
      }
      case "open":
        if (at)
          dispatch({ type: at.kind === "entity" ? "select-entity" : "select-relation", id: at.id });
        return;
      case "help":
        setHelpOpen(true);
        return;
      case "search":
        // The search box is the top bar's (panels/SearchBox.tsx); the graph only hands focus over.
        document.querySelector<HTMLInputElement>(".topbar input[type='search']")?.focus();
        return;
      case "details":
        // Every panel titles itself with a focusable heading #panel-title (src/panels/); from
        // there Tab reaches the panel's links and buttons without crossing the legend's toggles.
        document.getElementById("panel-title")?.focus();
        return;
      case "zoom":
        if (command.direction === "in") zoomIn(sigma);
        else zoomOut(sigma);
        return;
      case "fit":
        showWholeNetwork(sigma, coveredBottom);
        return;
      case "timeline": {
        const month = stepMonth(timelineMonths(catalog.dataset), date, command.step);
        if (month) dispatch({ type: "set-date", date: month });
        return;
      }
      case "chapter": {
        const chapter = storyStep(catalog.dataset.story, chapterId, command.step);
        if (chapter) dispatch(openChapter(chapter));
        else
          announce(
            command.step === 1 ? "The story has no next chapter." : "No chapter before this one.",
          );
        return;
      }
    }
  });

  // When the frame is there ⇒ hear the graph's keys on it: on the frame itself or on the proxy,
  // never on a control inside it (the zoom buttons keep Enter and Space for themselves).
  useEffect(() => {
    const frame = frameRef.current;
    if (!frame) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.target !== frame && event.target !== proxy.current) return;
      const command = graphCommandFor(event.key);
      if (!command) return;
      // Presenter mode keeps the arrows and Page Up / Page Down for the story.
      if (presenting && (event.key.startsWith("Arrow") || event.key.startsWith("Page"))) return;
      event.preventDefault();
      run(command);
    };
    frame.addEventListener("keydown", onKeyDown);
    return () => frame.removeEventListener("keydown", onKeyDown);
  }, [frameRef, presenting]);

  // When what the proxy stands on changes, or sigma draws a frame (the camera moved, the graph
  // resized) ⇒ put the proxy over the node again. Written to the element's style, not to state:
  // this runs on every animation frame of a camera move.
  useLayoutEffect(() => {
    const element = proxy.current;
    if (!element || !at) return;
    const place = () => {
      const box = proxyBox(sigma, catalog, at);
      element.style.visibility = box ? "visible" : "hidden";
      if (!box) return;
      element.style.left = `${box.left}px`;
      element.style.top = `${box.top}px`;
      element.style.width = `${box.width}px`;
      element.style.height = `${box.height}px`;
    };
    place();
    sigma.on("afterRender", place);
    return () => {
      sigma.off("afterRender", place);
    };
  }, [sigma, catalog, at]);

  const shown = at !== null;
  // When the proxy appears or goes ⇒ it becomes the graph's tab stop, or hands it back to the frame.
  useLayoutEffect(() => onProxyShown(shown), [shown, onProxyShown]);

  // After each render ⇒ focus the proxy if a key just moved the walk; if the proxy went while it
  // had focus (Escape cleared the selection), keep focus in the graph rather than on the page.
  useLayoutEffect(() => {
    if (shown && focusProxy.current) {
      focusProxy.current = false;
      proxy.current?.focus();
    }
    if (!shown && proxyHadFocus.current && document.activeElement === document.body) {
      proxyHadFocus.current = false;
      frameRef.current?.focus();
    }
  });

  return (
    <>
      {at && (
        <div
          ref={proxy}
          className="graph-walk-proxy"
          role="button"
          tabIndex={0}
          aria-label={sentence}
          data-testid="graph-focus"
          data-kind={at.kind}
          data-id={at.id}
          onFocus={() => {
            proxyHadFocus.current = true;
          }}
          onBlur={(event) => {
            // Removed while focused, the proxy reports no next target: remember it had focus.
            if (event.relatedTarget !== null) proxyHadFocus.current = false;
          }}
        />
      )}
      <GraphKeysHelp open={helpOpen} onClose={() => setHelpOpen(false)} />
    </>
  );
}

/** The box over an entity's disc, or over a relation's midpoint, in the container's pixels. */
function proxyBox(
  sigma: ReturnType<typeof useSigma>,
  catalog: Catalog,
  at: WalkPosition,
): { left: number; top: number; width: number; height: number } | null {
  const ends =
    at.kind === "entity"
      ? [at.id]
      : (() => {
          const relation = catalog.relation.get(at.id);
          return relation ? [relation.from, relation.to] : [];
        })();
  const points = ends.flatMap((id) => {
    const data = sigma.getNodeDisplayData(id);
    if (!data || data.hidden) return [];
    return [{ ...sigma.framedGraphToViewport(data), radius: sigma.scaleSize(data.size) }];
  });
  if (points.length === 0 || points.length !== ends.length) return null;
  const x = points.reduce((sum, point) => sum + point.x, 0) / points.length;
  const y = points.reduce((sum, point) => sum + point.y, 0) / points.length;
  // A relation's box is the size of a small node: it marks the midpoint, not the whole line.
  const radius = at.kind === "entity" ? (points[0]?.radius ?? 0) : 4;
  const side = Math.max(MIN_PROXY_PX, 2 * (radius + PROXY_MARGIN_PX));
  return { left: x - side / 2, top: y - side / 2, width: side, height: side };
}
