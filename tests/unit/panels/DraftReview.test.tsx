// @vitest-environment jsdom
/**
 * The review screen (src/panels/DraftReview.tsx) on a hand-written draft: what a person reads
 * (confidence in words, the quote with its names and verb said as such) and what their actions
 * change, a bad date refused beside its field first.
 */
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { useState } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Draft } from "../../../src/draft/types";
import DraftReview, { confidenceWords } from "../../../src/panels/DraftReview";
import { notesDraft } from "../draft/notesDraft";

afterEach(cleanup);

/** The review with its draft in state, as the page keeps it; `onAction` hears each action. */
function Harness({ onOpen, onAction }: { onOpen: () => void; onAction: () => void }) {
  const [draft, setDraft] = useState<Draft>(notesDraft);
  return (
    <DraftReview
      draft={draft}
      onChange={(change) => {
        onAction();
        setDraft(change);
      }}
      onBack={() => {}}
      onOpen={onOpen}
    />
  );
}

function renderReview() {
  const onAction = vi.fn();
  const onOpen = vi.fn();
  render(<Harness onOpen={onOpen} onAction={onAction} />);
  return { onAction, onOpen };
}

const relationRow = (name: string) =>
  screen.getByRole("checkbox", { name }).closest("li") as HTMLElement;

describe("DraftReview", () => {
  it("refuses an end before the start beside the field, and changes nothing", () => {
    const { onAction } = renderReview();
    const row = relationRow("Khrushchev arrested Beria");
    const end = within(row).getByRole("textbox", { name: "End of Khrushchev arrested Beria" });
    fireEvent.change(end, { target: { value: "1953-05" } });
    fireEvent.blur(end);
    expect(within(row).getByRole("alert").textContent).toBe(
      "the end 1953-05 is before the start 1953-06",
    );
    expect(end.getAttribute("aria-invalid")).toBe("true");
    expect(onAction).not.toHaveBeenCalled();

    fireEvent.change(end, { target: { value: "1953-12" } });
    fireEvent.keyDown(end, { key: "Enter" });
    expect(within(row).queryByRole("alert")).toBeNull();
    expect(onAction).toHaveBeenCalledTimes(1);
    expect(row.textContent).toContain("dates set by you");
  });

  it("says each confidence in numbers and words", () => {
    expect([0.9, 0.6, 0.3].map(confidenceWords)).toEqual([
      "90% · high",
      "60% · medium",
      "30% · low",
    ]);
    renderReview();
    expect(relationRow("Khrushchev arrested Beria").textContent).toContain("90% · high");
  });

  it("marks the quote's names and verb in words as well as looks", () => {
    renderReview();
    const marks = [...relationRow("Khrushchev arrested Beria").querySelectorAll("mark")];
    expect(marks.map((mark) => mark.textContent)).toEqual([
      "from: Khrushchev",
      "verb: arrested",
      "to: Beria",
    ]);
    expect(relationRow("Khrushchev arrested Beria").querySelector("blockquote")?.textContent).toBe(
      "from: Khrushchev verb: arrested to: Beria in June 1953.",
    );
  });

  it("rejects a relation, reverses one, and counts what will open", () => {
    renderReview();
    const open = () =>
      screen.getByRole("button", { name: /^Open \d+ entities and \d+ relations$/ });
    expect(open().textContent).toBe("Open 4 entities and 2 relations");
    fireEvent.click(screen.getByRole("checkbox", { name: "Khrushchev arrested Beria" }));
    expect(open().textContent).toBe("Open 4 entities and 1 relations");
    expect(relationRow("Khrushchev arrested Beria").textContent).toContain("rejected");
    fireEvent.click(
      screen.getByRole("button", { name: "Reverse direction of Khrushchev arrested Beria" }),
    );
    screen.getByRole("checkbox", { name: "Beria arrested Khrushchev" });
    // The rivalry reads the same both ways: nothing to reverse.
    expect(
      screen.queryByRole("button", { name: /^Reverse direction of Malenkov rivalled/ }),
    ).toBeNull();
  });

  it("merges one entity into another and splits it back out", () => {
    renderReview();
    const stalin = screen.getByRole("checkbox", { name: "Stalin" }).closest("li") as HTMLElement;
    fireEvent.click(within(stalin).getByRole("button", { name: "Merge Stalin into…" }));
    fireEvent.change(within(stalin).getByRole("combobox", { name: "Merge Stalin into" }), {
      target: { value: "malenkov" },
    });
    fireEvent.click(within(stalin).getByRole("button", { name: "Merge" }));
    expect(screen.queryByRole("checkbox", { name: "Stalin" })).toBeNull();
    const malenkov = screen
      .getByRole("checkbox", { name: "Malenkov" })
      .closest("li") as HTMLElement;
    expect(malenkov.textContent).toContain("merged: merged by you");
    fireEvent.click(
      within(malenkov).getByRole("button", { name: "Split out “Stalin” from Malenkov" }),
    );
    screen.getByRole("checkbox", { name: "Stalin" });
  });
});
