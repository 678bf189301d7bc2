/** Generated at build time from the workspaces' define modules: each `goesting-*` tag and the module that defines it. */
declare module 'goesting:elements' {
  export type TagLoader = () => Promise<unknown>;
  export const modules: Readonly<Record<string, TagLoader | undefined>>;
}
