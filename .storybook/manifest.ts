import root from '../package.json';

/**
 * Every package's manifest and package.json in the repository; the root `workspaces` list picks
 * the packages, so a new package appears in Storybook without an edit here.
 */
const manifests = import.meta.glob<Manifest>('../packages/*/custom-elements.json', { eager: true, import: 'default' });
const packageJsons = import.meta.glob<{ name: string }>('../packages/*/package.json', { eager: true, import: 'default' });

interface ManifestEvent {
  name: string;
  type?: { text: string };
}

interface Module {
  path: string;
  declarations?: { events?: ManifestEvent[] }[];
}

interface Manifest {
  schemaVersion: string;
  modules: Module[];
}

/**
 * An event as the Storybook helpers read it. The manifest gives the type of the event
 * (`CustomEvent<GoestingCompleteDetail<"selfscan">>`); the helpers take the type they find for the
 * type of its `detail` and wrap it in `CustomEvent<…>` themselves.
 */
function withDetailType(event: ManifestEvent): ManifestEvent {
  const detail = /^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1];
  return detail ? { ...event, type: { text: detail } } : event;
}

/** One manifest for Storybook from every package's own, module paths prefixed with the package. */
function mergeManifests(manifests: Record<string, Manifest>): Manifest {
  const modules = Object.entries(manifests).flatMap(([pkg, manifest]) =>
    manifest.modules.map((module) => ({
      ...module,
      path: `${pkg}/${module.path}`,
      declarations: module.declarations?.map((declaration) => (declaration.events ? { ...declaration, events: declaration.events.map(withDetailType) } : declaration)),
    })),
  );
  return { schemaVersion: '1.0.0', modules };
}

export const manifest = mergeManifests(
  Object.fromEntries(
    root.workspaces
      .filter((dir) => manifests[`../${dir}/custom-elements.json`])
      .map((dir) => [packageJsons[`../${dir}/package.json`]!.name, manifests[`../${dir}/custom-elements.json`]!]),
  ),
);
