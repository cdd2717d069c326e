// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ExplorerContext } from "../../../src/panels/context";
import { EntityPanel } from "../../../src/panels/EntityPanel";
import { smallDataset } from "../graph/fixture";
import { explorerContext } from "./explorerContext";

afterEach(cleanup);

function renderPanel(entityId: string, dataset = smallDataset) {
  const dispatch = vi.fn();
  render(
    <ExplorerContext.Provider value={explorerContext(dataset, dispatch)}>
      <EntityPanel entityId={entityId} />
    </ExplorerContext.Provider>,
  );
  return dispatch;
}

describe("EntityPanel", () => {
  it("renders nothing for an entity the dataset does not have", () => {
    renderPanel("nobody");
    expect(screen.queryByRole("heading")).toBeNull();
  });

  it("tells each relation from the entity's own side, with its date", () => {
    renderPanel("beria");
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe("Lavrentiy Beria");
    const item = screen.getByRole("link", { name: "Nikita Khrushchev" }).closest("li")!;
    expect(item.textContent).toContain("was arrested by");
    expect(item.textContent).toContain("· 1953");
  });

  it("shows no attribute table for an entity whose file said nothing more", () => {
    renderPanel("beria");
    expect(screen.queryByRole("table")).toBeNull();
  });

  it("shows what the file said beyond the format's fields as a table, each value by its name", () => {
    const dataset = {
      ...smallDataset,
      entities: smallDataset.entities.map((entity) =>
        entity.id === "beria"
          ? {
              ...entity,
              attributes: {
                genre: "<b>not markup</b>",
                popularity: 73,
                executed: true,
                born: { date: "1899-03" },
              },
            }
          : entity,
      ),
    };
    renderPanel("beria", dataset);
    const table = screen.getByRole("table", { name: "From the file" });
    const rows = within(table)
      .getAllByRole("row")
      .map((row) => [
        within(row).getByRole("rowheader").textContent,
        within(row).getByRole("cell").textContent,
      ]);
    expect(rows).toEqual([
      ["genre", "<b>not markup</b>"],
      ["popularity", "73"],
      ["executed", "yes"],
      ["born", "March 1899"],
    ]);
  });

  it("marks an undated relation as undated", () => {
    renderPanel("presidium");
    const item = screen.getByRole("link", { name: "Nikita Khrushchev" }).closest("li")!;
    expect(item.textContent).toContain("had as a member");
    expect(item.textContent).toContain("undated");
  });

  it("links every other entity to its panel, and each verb to its relation", () => {
    const dispatch = renderPanel("khrushchev");
    const beria = screen.getByRole("link", { name: "Lavrentiy Beria" });
    expect(beria.getAttribute("href")).toBe("?entity=beria");
    fireEvent.click(beria);
    expect(dispatch).toHaveBeenCalledWith({ type: "select-entity", id: "beria" });

    const item = beria.closest("li")!;
    fireEvent.click(within(item).getByRole("link", { name: "arrested" }));
    expect(dispatch).toHaveBeenCalledWith({ type: "select-relation", id: "k-arrested-b" });
  });

  it("leaves a modified click (new tab) to the browser", () => {
    const dispatch = renderPanel("khrushchev");
    let navigated = false;
    // Stands in for the browser's own handling; jsdom cannot open a tab.
    const browser = (event: MouseEvent) => {
      navigated = !event.defaultPrevented;
      event.preventDefault();
    };
    document.addEventListener("click", browser);
    fireEvent.click(screen.getByRole("link", { name: "Lavrentiy Beria" }), { ctrlKey: true });
    document.removeEventListener("click", browser);
    expect(dispatch).not.toHaveBeenCalled();
    expect(navigated).toBe(true);
  });
});
