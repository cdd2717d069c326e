// @vitest-environment jsdom
import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { acceptList, IMPORT_FORMATS } from "../../../src/import/formats";
import { OpenButton } from "../../../src/panels/OpenDataset";

afterEach(cleanup);

describe("OpenButton", () => {
  it("offers the files of every format in the registry", () => {
    const { container } = render(<OpenButton onFiles={() => {}} />);
    const accept = container.querySelector('input[type="file"]')?.getAttribute("accept") ?? "";
    expect(accept).toBe(acceptList(IMPORT_FORMATS));
    for (const format of IMPORT_FORMATS)
      expect(accept.split(",")).toContain(`.${format.extensions[0] ?? ""}`);
  });
});
