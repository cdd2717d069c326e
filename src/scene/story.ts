/** Moving through the story: the chapter before or after, and the action that opens one. */
import type { StoryChapter } from "../model/schema";
import type { ExplorerAction } from "../state/explorer";

/** The chapter before or after `chapterId`, or undefined at either end. */
export function neighbourChapter(
  story: readonly StoryChapter[],
  chapterId: string | null,
  step: 1 | -1,
): StoryChapter | undefined {
  const index = story.findIndex((chapter) => chapter.id === chapterId);
  return index < 0 ? undefined : story[index + step];
}

/** Opens a chapter with its own date, as the story's buttons and keys do. */
export function openChapter(chapter: StoryChapter): ExplorerAction {
  return { type: "open-chapter", id: chapter.id, date: chapter.date ?? null };
}

/**
 * Where a step through the story lands: from a chapter to its neighbour, and from outside the
 * story forward to the first chapter (a step back from outside goes nowhere).
 */
export function storyStep(
  story: readonly StoryChapter[],
  chapterId: string | null,
  step: 1 | -1,
): StoryChapter | undefined {
  if (chapterId) return neighbourChapter(story, chapterId, step);
  return step === 1 ? story[0] : undefined;
}
