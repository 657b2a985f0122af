/** Charts (ExcelApi 1.1 add/setPosition, 1.7 series): the double records what was asked for. */
import type { DoubleContext } from "./context";
import { normalizeRange, type SheetState } from "./model";
import type { Range } from "./range";

export interface ChartState {
  type: string;
  title?: string;
  from?: string;
  to?: string;
  series: { name?: string; values?: string; categories?: string; chartType?: string }[];
}

export class ChartCollection {
  constructor(
    private readonly context: DoubleContext,
    private readonly sheet: () => SheetState
  ) {}

  add(type: string, source: Range, _seriesBy?: string) {
    const chart: ChartState = { type, series: [] };
    this.context.enqueue("charts.add", () => {
      const s = this.sheet();
      chart.series.push({ values: normalizeRange(source.target().ref) });
      (s.charts ??= []).push(chart);
    });
    const later = (what: string, f: () => void) => this.context.enqueue(what, f);
    const seriesProxy = (index: () => number) => ({
      set name(n: string) {
        later("series.name", () => (chart.series[index()].name = n));
      },
      set chartType(t: string) {
        later("series.chartType", () => (chart.series[index()].chartType = t));
      },
      setValues: (r: Range) =>
        later(
          "series.setValues",
          () => (chart.series[index()].values = normalizeRange(r.target().ref))
        ),
      setXAxisValues: (r: Range) =>
        later(
          "series.setXAxisValues",
          () => (chart.series[index()].categories = normalizeRange(r.target().ref))
        ),
    });
    return {
      title: {
        set text(t: string) {
          later("chart.title", () => (chart.title = t));
        },
      },
      setPosition: (from: string, to: string) =>
        later("chart.setPosition", () => {
          chart.from = from;
          chart.to = to;
        }),
      series: {
        getItemAt: (i: number) => seriesProxy(() => i),
        add: (name: string) => {
          let i = -1;
          later("series.add", () => {
            chart.series.push({ name });
            i = chart.series.length - 1;
          });
          return seriesProxy(() => i);
        },
      },
    };
  }
}
