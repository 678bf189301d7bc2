/**
 * A module a widget loads the first time it is needed (a panel, an export), shared by every
 * instance on the page. A widget names the ones its next render needs in `modulesNeeded()`; the
 * render waits for them. A load that fails may be tried again.
 */
export class LazyModule<M> {
  /** The module, once loaded. */
  value?: M;
  private pending?: Promise<M>;

  constructor(private readonly load: () => Promise<M>) {}

  /** The module, loading it on first use; `undefined` once it is there. */
  ready(): Promise<M> | undefined {
    if (this.value) return undefined;
    return (this.pending ??= this.load().then(
      (module) => (this.value = module),
      (cause: unknown) => {
        this.pending = undefined;
        throw cause;
      },
    ));
  }

  /** The module, loading it first if needed. */
  async get(): Promise<M> {
    return this.value ?? (await this.ready())!;
  }
}
