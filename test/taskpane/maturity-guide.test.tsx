/** @jest-environment jsdom */
import { describe, expect, it, jest } from "@jest/globals";
import * as React from "react";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MaturityGuide, type GuideProps } from "../../src/taskpane/components/MaturityGuide";
import { defaultStandard as std } from "../../src/standard";

const sub = (code: string) => std.parts.flatMap((p) => p.subItems).find((s) => s.code === code)!;

function setup(overrides: Partial<GuideProps> = {}) {
  const onWrite = jest.fn(async () => true);
  const onNext = jest.fn();
  const props: GuideProps = {
    standard: std,
    sub: sub("2.1"),
    entry: {},
    readOnly: false,
    busy: false,
    onWrite,
    onNext,
    ...overrides,
  };
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <MaturityGuide {...props} />
    </FluentProvider>
  );
  const guide = screen.getByTestId("guide");
  const key = (k: string, extra: Partial<KeyboardEventInit> = {}) =>
    fireEvent.keyDown(guide, { key: k, ...extra });
  return { view, guide, key, onWrite, onNext, props };
}

describe("the maturity guide", () => {
  it("shows the sub-item's code, title, maximum, kind, criteria and the six bands for its kind", () => {
    setup({ sub: sub("6.3") });
    expect(screen.getByText("6.3 财务绩效")).toBeTruthy();
    expect(screen.getByText(/满分 60 分 · 结果类/)).toBeTruthy();
    expect(screen.getByText(/近三年主营业务收入/)).toBeTruthy();
    const bands = screen.getAllByRole("radio");
    expect(bands).toHaveLength(6);
    expect(bands[5].textContent).toContain(std.bands[5].results);
  });

  it("walks band then step with the arrow keys and shows the points live", () => {
    const { key } = setup();
    key("ArrowDown");
    expect(screen.getByTestId("points").textContent).toBe("0% × 120 = 0 分");
    key("ArrowDown");
    key("ArrowDown");
    key("ArrowDown");
    expect(screen.getByTestId("points").textContent).toBe("50% × 120 = 60 分");
    key("ArrowRight");
    expect(screen.getByTestId("points").textContent).toBe("55% × 120 = 66 分");
    key("ArrowRight");
    key("ArrowRight");
    key("ArrowRight");
    expect(screen.getByTestId("points").textContent).toBe("65% × 120 = 78 分");
    key("ArrowUp");
    expect(screen.getByTestId("points").textContent).toBe("45% × 120 = 54 分");
    const checked = screen
      .getAllByRole("radio")
      .filter((r) => r.getAttribute("aria-checked") === "true");
    expect(checked.map((r) => r.textContent?.split(" ")[0])).toEqual(["第3档", "45%（54）"]);
    expect(checked[0].textContent).toContain("早期系统化");
  });

  it("writes score, 成熟度 and both comments with Enter, and Alt+N asks for the next unscored item", async () => {
    const { key, onWrite, onNext, view, props } = setup();
    const sheetHolds = (entry: GuideProps["entry"]) =>
      view.rerender(
        <FluentProvider theme={webLightTheme}>
          <MaturityGuide {...props} entry={entry} />
        </FluentProvider>
      );
    for (let i = 0; i < 4; i++) key("ArrowDown");
    key("ArrowRight");
    fireEvent.change(screen.getByLabelText("③ 优点（依据）"), {
      target: { value: "产学研体系完整" },
    });
    fireEvent.change(screen.getByLabelText("改进机会"), { target: { value: "对标数据不足" } });
    await act(async () => {
      key("Enter");
    });
    expect(onWrite).toHaveBeenCalledWith("2.1", {
      score: 66,
      maturity: "第4档 50–65% 协调一致",
      strength: "产学研体系完整",
      improvement: "对标数据不足",
    });
    // The pane re-reads the sheet after writing: the message holds while the sheet holds what was written.
    const written = {
      score: 66,
      maturity: "第4档 50–65% 协调一致",
      strength: "产学研体系完整",
      improvement: "对标数据不足",
    };
    sheetHolds(written);
    expect(screen.getByRole("status").textContent).toBe(
      "已写入 2.1：66 分（第4档 50–65% 协调一致）"
    );
    key("n", { altKey: true });
    expect(onNext).toHaveBeenCalledTimes(1);
    // The judge then types another score in the cell: the message no longer holds and is gone.
    sheetHolds({ ...written, score: 72 });
    expect(screen.queryByRole("status")).toBeNull();
  });

  it("shows the sub-item's warnings as the sheet's 提示 column has them", () => {
    setup({ entry: { score: 66, maturity: "30–45% 早期系统化" } });
    const region = screen.getByRole("region", { name: "本项提示" });
    expect([...region.querySelectorAll("li")].map((li) => li.textContent)).toEqual([
      "2.1 技术研发先进性：得分 66 分（55%）属于“第4档 50–65% 协调一致”档，所选成熟度为“30–45% 早期系统化”，请核对",
      "2.1 技术研发先进性：已给 66 分，优点和改进机会都未填写",
    ]);
  });

  it("shows no warning for a careful entry", () => {
    setup({ entry: { score: 66, maturity: "50–65% 协调一致", strength: "依据" } });
    expect(screen.queryByRole("region", { name: "本项提示" })).toBeNull();
  });

  it("lets Enter and arrows work normally inside the comment boxes", () => {
    const { onWrite } = setup();
    const box = screen.getByLabelText("改进机会");
    fireEvent.keyDown(box, { key: "Enter" });
    fireEvent.keyDown(box, { key: "ArrowDown" });
    expect(onWrite).not.toHaveBeenCalled();
    expect(screen.queryByTestId("points")).toBeNull();
  });

  it("reflects a score typed directly in the cell", () => {
    const { view, props } = setup({ entry: { score: 66, maturity: "50–65% 协调一致" } });
    expect(screen.getByTestId("points").textContent).toBe("55% × 120 = 66 分");
    view.rerender(
      <FluentProvider theme={webLightTheme}>
        <MaturityGuide {...props} entry={{ score: 108 }} />
      </FluentProvider>
    );
    expect(screen.getByTestId("points").textContent).toBe("90% × 120 = 108 分");
    expect(screen.getByText("表中现有得分：108")).toBeTruthy();
  });

  it("does not write on a finalized sheet", async () => {
    const { key, onWrite } = setup({ readOnly: true, entry: { score: 60 } });
    await act(async () => {
      key("Enter");
    });
    expect(onWrite).not.toHaveBeenCalled();
    expect(screen.getByText(/此评分表已提交/)).toBeTruthy();
  });
});
