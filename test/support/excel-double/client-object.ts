/**
 * The proxy rules of the Excel JavaScript API: operations are queued and run in order at
 * `context.sync()`; a property can be read only after `load()` and a sync; an *OrNullObject
 * proxy knows whether it is null only after a sync.
 */
import { invalidObjectPath, propertyNotLoaded } from "./errors";
import type { DoubleContext } from "./context";

export function parseLoadArg(arg: unknown): string[] {
  if (arg === undefined) return [];
  if (typeof arg === "string")
    return arg
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);
  if (Array.isArray(arg)) return arg.flatMap((a) => parseLoadArg(a));
  if (typeof arg === "object" && arg !== null) {
    const o = arg as Record<string, unknown>;
    if (typeof o.select === "string") return parseLoadArg(o.select);
    return Object.keys(o).filter((k) => o[k]);
  }
  return [];
}

export abstract class ClientObject<T> {
  protected loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(
    readonly context: DoubleContext,
    private readonly orNull = false
  ) {
    if (orNull)
      this.context.enqueue(
        "resolve null object",
        () => (this.nullState = this.tryResolve() === null)
      );
  }

  /** The state this proxy designates, or null when an *OrNullObject target does not exist. */
  protected abstract locate(): T | null;
  /** Error for a missing target of a non-null-object proxy. */
  protected abstract notFound(): Error;
  /** All loadable scalar properties (for an empty load()). */
  protected abstract readonly scalarProps: string[];
  protected abstract readProp(prop: string, target: T): unknown;

  tryResolve(): T | null {
    const t = this.locate();
    if (t === null && !this.orNull) throw this.notFound();
    return t;
  }

  /** The target, for an operation at sync; operations on a null object fail. */
  target(): T {
    const t = this.tryResolve();
    if (t === null) throw invalidObjectPath(this.constructor.name);
    return t;
  }

  load(arg?: unknown): this {
    const props = parseLoadArg(arg);
    this.context.enqueue(`load ${props.join(",")}`, () => {
      const t = this.tryResolve();
      if (t === null) {
        this.nullState = true;
        return;
      }
      this.nullState = false;
      for (const p of props.length ? props : this.scalarProps)
        this.loaded.set(p, this.readProp(p, t));
    });
    return this;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded("isNullObject");
    return this.nullState;
  }

  protected prop<V>(name: string): V {
    if (this.nullState)
      throw invalidObjectPath(`${this.constructor.name}.${name} of a null object`);
    if (!this.loaded.has(name)) throw propertyNotLoaded(name);
    return this.loaded.get(name) as V;
  }

  protected queue(what: string, apply: (target: T) => void): void {
    this.context.enqueue(what, () => apply(this.target()));
  }

  /** For collection loads: the item's properties are read in the same sync as the collection. */
  preload(props: string[], target: T): void {
    this.nullState = false;
    for (const p of props) this.loaded.set(p, this.readProp(p, target));
  }

  /** Take over properties another proxy of the same object has loaded. */
  absorb(other: ClientObject<T>): void {
    for (const [k, v] of other.loaded) this.loaded.set(k, v);
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}
