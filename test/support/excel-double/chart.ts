/**
 * Charts (ExcelApi 1.1 add/setPosition; 1.7 series, line styles, reversed categories; 1.8 data
 * labels, gap width, axis position and number format): the double records what was asked for,
 * as settings applied at sync; reading a chart property fails (nothing here loads charts).
 */
import type { DoubleContext } from "./context";
import { propertyNotLoaded } from "./errors";
import { normalizeRange } from "./model";
import type { SheetState } from "./model";
import type { Range } from "./range";

export interface SeriesState {
  name?: string;
  values?: string;
  categories?: string;
  /** Everything else set on the series, by path ("format.fill.solidColor", "gapWidth"…). */
  settings: Record<string, unknown>;
}

export interface ChartState {
  type: string;
  title?: string;
  from?: string;
  to?: string;
  series: SeriesState[];
  /** Settings by path: "legend.position", "axes.valueAxis.maximum"… */
  settings: Record<string, unknown>;
}

/** A proxy whose listed properties queue `settings[path] = value` (and whose reads fail). */
function recorder(
  later: (what: string, f: () => void) => void,
  target: () => Record<string, unknown>,
  path: string,
  keys: readonly string[],
  children: object = {}
): object {
  // Descriptors, not a spread: a spread would drop the children's setters.
  const proxy: Record<string, unknown> = {};
  Object.defineProperties(proxy, Object.getOwnPropertyDescriptors(children));
  for (const key of keys)
    Object.defineProperty(proxy, key, {
      get: () => {
        throw propertyNotLoaded(`${path}.${key}`);
      },
      set: (value: unknown) => {
        later(`${path}.${key}`, () => (target()[`${path}.${key}`] = value));
      },
    });
  return proxy;
}

const AXIS_KEYS = [
  "reversePlotOrder",
  "position",
  "minimum",
  "maximum",
  "majorUnit",
  "minorUnit",
  "numberFormat",
];
const LINE_KEYS = ["color", "lineStyle", "weight"];

function axisProxy(
  later: (what: string, f: () => void) => void,
  target: () => Record<string, unknown>,
  path: string
) {
  const gridlines = (name: string) =>
    recorder(later, target, `${path}.${name}`, ["visible"], {
      format: { line: recorder(later, target, `${path}.${name}.format.line`, LINE_KEYS) },
    });
  return recorder(later, target, path, AXIS_KEYS, {
    majorGridlines: gridlines("majorGridlines"),
    minorGridlines: gridlines("minorGridlines"),
  });
}

function seriesProxy(later: (what: string, f: () => void) => void, series: () => SeriesState) {
  const settings = () => series().settings;
  return recorder(later, settings, "series", ["hasDataLabels", "gapWidth"], {
    set name(n: string) {
      later("series.name", () => (series().name = n));
    },
    setValues: (r: Range) =>
      later("series.setValues", () => (series().values = normalizeRange(r.target().ref))),
    setXAxisValues: (r: Range) =>
      later("series.setXAxisValues", () => (series().categories = normalizeRange(r.target().ref))),
    format: {
      fill: {
        setSolidColor: (color: string) =>
          later("series.format.fill", () => (settings()["series.format.fill.solidColor"] = color)),
      },
    },
    dataLabels: recorder(later, settings, "series.dataLabels", ["showValue", "numberFormat"]),
  });
}

export class ChartCollection {
  constructor(
    private readonly context: DoubleContext,
    private readonly sheet: () => SheetState
  ) {}

  add(type: string, source: Range, _seriesBy?: string) {
    const chart: ChartState = { type, series: [], settings: {} };
    const later = (what: string, f: () => void) => this.context.enqueue(what, f);
    later("charts.add", () => {
      chart.series.push({ values: normalizeRange(source.target().ref), settings: {} });
      (this.sheet().charts ??= []).push(chart);
    });
    const settings = () => chart.settings;
    return {
      title: {
        set text(t: string) {
          later("chart.title", () => (chart.title = t));
        },
      },
      legend: recorder(later, settings, "legend", ["position", "visible"]),
      axes: {
        categoryAxis: axisProxy(later, settings, "axes.categoryAxis"),
        valueAxis: axisProxy(later, settings, "axes.valueAxis"),
      },
      setPosition: (from: string, to: string) =>
        later("chart.setPosition", () => {
          chart.from = from;
          chart.to = to;
        }),
      series: {
        getItemAt: (i: number) => seriesProxy(later, () => chart.series[i]),
        add: (name: string) => {
          let i = -1;
          later("series.add", () => {
            this.context.host.requireApi(7, "ChartSeriesCollection.add");
            chart.series.push({ name, settings: {} });
            i = chart.series.length - 1;
          });
          return seriesProxy(later, () => chart.series[i]);
        },
      },
    };
  }
}
