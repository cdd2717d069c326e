/**
 * The timeline under the graph: a slider over the dataset's months, with a tick for each year
 * and a mark for each dated event. Dragging, the arrow keys, Home and End, the step buttons (a
 * month back or on, for a finger or a switch that cannot drag), or Play move the network's date;
 * "All time" shows everything and is where it starts.
 */
import {
  useEffect,
  useEffectEvent,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type RefObject,
} from "react";
import { relationClaim } from "../graph/query";
import { eventDate, formatPartialDate } from "../model/time";
import { labelSpacing, monthOf, timelineMonths } from "../scene/timeline";
import { useExplorer } from "./context";

/** How long Play rests on a month: longer where something happened, so it can be read. */
const QUIET_MONTH_MS = 220;
const EVENT_MONTH_MS = 1400;
/** Changes closer together than this form one gesture and one history entry. */
const GESTURE_MS = 1500;

export function Timeline() {
  const { catalog, state, dispatch } = useExplorer();
  const { dataset } = catalog;
  const track = useRef<HTMLDivElement>(null);
  const trackWidth = useWidth(track);
  const lastChange = useRef(0);
  const [playing, setPlaying] = useState(false);
  const [hoveredMark, setHoveredMark] = useState<string | null>(null);

  const months = useMemo(() => timelineMonths(dataset), [dataset]);

  /** Dated events by month, told as sentences for the marks' tooltips. */
  const marks = useMemo(() => {
    const byMonth = new Map<string, string[]>();
    for (const relation of dataset.relations) {
      const type = catalog.relationType.get(relation.type);
      const date = eventDate(relation);
      if (type?.temporal !== "event" || !date) continue;
      const month = monthOf(date);
      const sentences = byMonth.get(month) ?? [];
      sentences.push(`${relationClaim(catalog, relation)} · ${formatPartialDate(date)}`);
      byMonth.set(month, sentences);
    }
    return byMonth;
  }, [catalog, dataset]);

  const last = months.length - 1;
  const index = state.date === null ? last : Math.max(0, months.indexOf(monthOf(state.date)));
  const position = (i: number) => (last <= 0 ? 0 : (i / last) * 100);

  const setMonth = (i: number | null) => {
    const now = Date.now();
    const replace = now - lastChange.current < GESTURE_MS;
    lastChange.current = now;
    const date = i === null ? null : (months[Math.max(0, Math.min(last, i))] ?? null);
    if (date !== state.date) dispatch({ type: "set-date", date }, { replace });
  };

  // The step Play takes reads the latest state without restarting the timer it runs in.
  const playStep = useEffectEvent((atEnd: boolean) => {
    if (atEnd) setPlaying(false);
    else setMonth(state.date === null ? 0 : index + 1);
  });

  // While playing ⇒ step a month at a time, resting longer on months with events; at the last
  // month, rest there and stop.
  useEffect(() => {
    if (!playing) return;
    const month = months[index] ?? "";
    const atEnd = state.date !== null && index >= last;
    const timer = window.setTimeout(
      () => playStep(atEnd),
      marks.has(month) || atEnd ? EVENT_MONTH_MS : QUIET_MONTH_MS,
    );
    return () => window.clearTimeout(timer);
  }, [playing, index, last, months, marks, state.date]);

  const togglePlay = () => {
    if (playing) {
      setPlaying(false);
      return;
    }
    // Play from the start when showing all time or already at the end.
    if (state.date === null || index >= last) setMonth(0);
    setPlaying(true);
  };

  if (months.length === 0) return null;

  const monthAt = (clientX: number) => {
    const box = track.current?.getBoundingClientRect();
    if (!box || box.width === 0) return index;
    return Math.round(((clientX - box.left) / box.width) * last);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    setPlaying(false);
    setMonth(monthAt(event.clientX));
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (event.currentTarget.hasPointerCapture(event.pointerId)) setMonth(monthAt(event.clientX));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const steps: Record<string, number> = {
      ArrowLeft: -1,
      ArrowDown: -1,
      ArrowRight: 1,
      ArrowUp: 1,
      PageDown: -12,
      PageUp: 12,
    };
    let target: number | null | undefined;
    if (event.key in steps) target = index + (steps[event.key] ?? 0);
    else if (event.key === "Home") target = 0;
    else if (event.key === "End") target = last;
    if (target === undefined) return;
    // The slider owns these keys: they must not also move the story or the page.
    event.preventDefault();
    event.stopPropagation();
    setPlaying(false);
    setMonth(target);
  };

  const years = months
    .map((month, i) => ({ month, i }))
    .filter(({ month }) => month.endsWith("-01") || month === months[0]);
  // Every year has its tick; its label only where there is room for it, so that a narrow track
  // (a phone, or the graph beside the text view) labels every second or fifth year, never piles.
  const labelEvery = labelSpacing(trackWidth, years.length);
  const valueText = state.date === null ? "All time" : formatPartialDate(state.date);

  return (
    <section className="timeline" aria-label="Timeline">
      <button
        type="button"
        className="timeline-play"
        aria-label={playing ? "Pause" : "Play"}
        title={playing ? "Pause" : "Play through the months"}
        onClick={togglePlay}
      >
        {playing ? "❚❚" : "▶"}
      </button>
      <button
        type="button"
        className="timeline-step"
        aria-label="Previous month"
        title="Previous month"
        disabled={state.date !== null && index <= 0}
        onClick={() => {
          setPlaying(false);
          // From "All time", a step back is the last month: the same network, now dated.
          setMonth(state.date === null ? last : index - 1);
        }}
      >
        ‹
      </button>
      <button
        type="button"
        className="timeline-step"
        aria-label="Next month"
        title="Next month"
        disabled={state.date === null || index >= last}
        onClick={() => {
          setPlaying(false);
          setMonth(index + 1);
        }}
      >
        ›
      </button>
      <div
        ref={track}
        className="timeline-track"
        role="slider"
        tabIndex={0}
        aria-label="Date"
        aria-valuemin={0}
        aria-valuemax={last}
        aria-valuenow={index}
        aria-valuetext={valueText}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onKeyDown={onKeyDown}
      >
        <div className="timeline-rail" />
        {years.map(({ month, i }, nth) => (
          <span key={month} className="timeline-year" style={{ left: `${position(i)}%` }}>
            {nth % labelEvery === 0 ? month.slice(0, 4) : ""}
          </span>
        ))}
        {[...marks.keys()].map((month) => {
          const i = months.indexOf(month);
          if (i < 0) return null;
          return (
            <span
              key={month}
              className="timeline-mark"
              style={{ left: `${position(i)}%` }}
              onPointerEnter={() => setHoveredMark(month)}
              onPointerLeave={() => setHoveredMark(null)}
            />
          );
        })}
        {state.date !== null && (
          <span className="timeline-thumb" style={{ left: `${position(index)}%` }} />
        )}
        {hoveredMark && (
          <div
            className="timeline-tooltip"
            role="tooltip"
            style={{ left: `${position(months.indexOf(hoveredMark))}%` }}
          >
            <strong>{formatPartialDate(hoveredMark)}</strong>
            {(marks.get(hoveredMark) ?? []).map((sentence) => (
              <div key={sentence}>{sentence}</div>
            ))}
          </div>
        )}
      </div>
      {/* Not a live region: the page's one live region says where the timeline went. */}
      <span className="timeline-value">{valueText}</span>
      <button
        type="button"
        className="timeline-all"
        aria-pressed={state.date === null}
        onClick={() => {
          setPlaying(false);
          setMonth(null);
        }}
      >
        All time
      </button>
    </section>
  );
}

/** The element's width, kept up to date as the layout changes (0 before the first layout). */
function useWidth(ref: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    // jsdom (the unit tests) has no ResizeObserver: every year is labelled there.
    if (!element || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref]);
  return width;
}
