/**
 * The explorer's own keys, for when focus is on no control that handles them: Escape steps back
 * one level; in presenter mode the arrows and Page Up / Page Down move between chapters.
 */
import { useEffect } from "react";
import type { StoryChapter } from "../model/schema";
import { openChapter, storyStep } from "../scene/story";
import type { ExplorerAction } from "../state/explorer";

const STORY_STEPS: Record<string, 1 | -1> = {
  ArrowRight: 1,
  PageDown: 1,
  ArrowLeft: -1,
  PageUp: -1,
};

export function useExplorerKeys(
  dispatch: (action: ExplorerAction) => void,
  story: readonly StoryChapter[],
  chapterId: string | null,
  presenting: boolean,
): void {
  // When a key is pressed outside a control that handles it ⇒ step back, or through the story.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (event.key === "Escape") {
        dispatch({ type: "clear" });
        return;
      }
      const step = STORY_STEPS[event.key];
      if (!presenting || step === undefined) return;
      event.preventDefault();
      const target = storyStep(story, chapterId, step);
      if (target) dispatch(openChapter(target));
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [dispatch, presenting, chapterId, story]);
}
