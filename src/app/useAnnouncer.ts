/**
 * The page's one polite live region: what filtering, scrubbing, walking the graph or finding a
 * connection did, said in a sentence. One region for the whole page, so that two messages never
 * talk over each other; a message replaces the one before, so an action says at most one thing.
 */
import { useCallback, useState } from "react";

export interface Announcer {
  /** The sentence on show in the live region. */
  message: string;
  announce: (message: string) => void;
}

/** Unheard, and makes a repeated sentence differ from the last so that it is read again. */
const REPEAT_MARK = "\u200b";

export function useAnnouncer(): Announcer {
  const [message, setMessage] = useState("");
  const announce = useCallback((next: string) => {
    setMessage((previous) => (previous === next ? `${next}${REPEAT_MARK}` : next));
  }, []);
  return { message, announce };
}
