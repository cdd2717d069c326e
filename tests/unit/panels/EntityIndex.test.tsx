// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Dataset } from "../../../src/model/schema";
import { ExplorerContext } from "../../../src/panels/context";
import { EntityIndex, INDEX_PAGE } from "../../../src/panels/Overview";
import { smallDataset } from "../graph/fixture";
import { explorerContext } from "./explorerContext";

afterEach(cleanup);

function renderIndex(dataset: Dataset) {
  render(
    <ExplorerContext.Provider value={explorerContext(dataset, vi.fn())}>
      <EntityIndex />
    </ExplorerContext.Provider>,
  );
}

describe("EntityIndex", () => {
  // Role queries over hundreds of links are slow in jsdom: links are counted with a selector.
  it(
    "lists a large type a page at a time, with a button for the next page",
    { timeout: 30_000 },
    () => {
      const people = Array.from({ length: INDEX_PAGE * 2 + 5 }, (_, i) => ({
        id: `p${String(i).padStart(4, "0")}`,
        type: "person",
        label: `Person ${String(i).padStart(4, "0")}`,
      }));
      renderIndex(Dataset.parse({ ...smallDataset, entities: people, relations: [], story: [] }));
      const index = screen.getByRole("navigation", { name: "Index of entities" });
      expect(index.querySelectorAll("a")).toHaveLength(INDEX_PAGE);
      // Sorted by name, so the first page ends just before this one.
      expect(index.textContent).not.toContain(`Person 0${INDEX_PAGE}`);

      fireEvent.click(screen.getByRole("button", { name: `Show ${INDEX_PAGE} more of 205` }));
      expect(index.querySelectorAll("a")).toHaveLength(INDEX_PAGE * 2);
      fireEvent.click(screen.getByRole("button", { name: "Show the other 5" }));
      expect(index.querySelectorAll("a")).toHaveLength(INDEX_PAGE * 2 + 5);
      expect(screen.queryByRole("button", { name: /^Show / })).toBeNull();
    },
  );

  it("lists a small dataset whole, grouped by type, with no button", () => {
    renderIndex(smallDataset);
    expect(screen.getAllByRole("link")).toHaveLength(smallDataset.entities.length);
    expect(screen.queryByRole("button")).toBeNull();
  });
});
