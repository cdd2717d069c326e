/**
 * The one way specs open the app: the `open` fixture. Each spec file launches one browser, on first
 * use; `open(path)` opens `path` in a fresh context of it and hands back the page and its page
 * object. When the test ends, passed or failed, every page it opened is closed and its console is
 * checked: a console error or an uncaught page error fails the test, unless the test said it
 * expects that error (`allowConsoleErrors`).
 *
 *   import { it } from "./fixture";
 *
 *   it("…", async ({ open }) => {
 *     const { page, app } = await open("/?entity=beria");
 *     await app.waitForGraph();
 *     …
 *   });
 */
import type { Browser } from "playwright-core";
import { expect, test } from "vitest";
import { launchBrowser, openPage, type OpenedPage, type OpenPageOptions } from "./browser";
import { explorerPage, type ExplorerPage } from "./explorerPage";

export interface AppPage extends OpenedPage {
  app: ExplorerPage;
  /**
   * Says that the console errors `expected` picks out are part of what the test exercises (a
   * 404 it causes on purpose, say): they do not fail it. All others still do.
   */
  allowConsoleErrors: (expected: (error: string) => boolean) => void;
}

export type Open = (path: string, options?: OpenPageOptions) => Promise<AppPage>;

interface Tracked {
  path: string;
  opened: OpenedPage;
  allowed: ((error: string) => boolean)[];
  ownBrowser?: Browser;
}

export const it = test
  .extend(
    "browser",
    { scope: "file" },
    async (
      // eslint-disable-next-line no-empty-pattern -- vitest reads a fixture's needs from this pattern
      {},
      { onCleanup },
    ) => {
      const browser = await launchBrowser();
      onCleanup(() => browser.close());
      return browser;
    },
  )
  .extend("open", async ({ browser }, { onCleanup }) => {
    const pages: Tracked[] = [];
    onCleanup(async () => {
      await Promise.allSettled(
        pages.map(async ({ opened, ownBrowser }) => {
          await opened.close();
          await ownBrowser?.close();
        }),
      );
      const unexpected = pages.flatMap(({ path, opened, allowed }) =>
        opened.consoleErrors
          .filter((error) => !allowed.some((expected) => expected(error)))
          .map((error) => `${path}: ${error}`),
      );
      expect(unexpected, "console errors").toEqual([]);
    });
    const open: Open = async (path, options = {}) => {
      const { browserArgs, ...rest } = options;
      const ownBrowser = browserArgs ? await launchBrowser(browserArgs) : undefined;
      let opened: OpenedPage;
      try {
        opened = await openPage(ownBrowser ?? browser, path, rest);
      } catch (error) {
        await ownBrowser?.close();
        throw error;
      }
      const tracked: Tracked = { path, opened, allowed: [], ownBrowser };
      pages.push(tracked);
      return {
        ...opened,
        app: explorerPage(opened.page),
        allowConsoleErrors: (expected) => tracked.allowed.push(expected),
      };
    };
    return open;
  });
