import coreManifest from '../packages/core/custom-elements.json';
import selfscanManifest from '../packages/selfscan/custom-elements.json';
import networkCircleManifest from '../packages/network-circle/custom-elements.json';
import hopeScaleManifest from '../packages/hope-scale/custom-elements.json';
import reflectionCardManifest from '../packages/reflection-card/custom-elements.json';
import workabilityManifest from '../packages/workability/custom-elements.json';

interface Manifest {
  schemaVersion: string;
  modules: { path: string }[];
}

/** One manifest for Storybook from every package's own, module paths prefixed with the package. */
function mergeManifests(manifests: Record<string, Manifest>): Manifest {
  const modules = Object.entries(manifests).flatMap(([pkg, manifest]) =>
    manifest.modules.map((module) => ({ ...module, path: `${pkg}/${module.path}` })),
  );
  return { schemaVersion: '1.0.0', modules };
}

export const manifest = mergeManifests({
  '@goesting/core': coreManifest as Manifest,
  '@goesting/selfscan': selfscanManifest as Manifest,
  '@goesting/network-circle': networkCircleManifest as Manifest,
  '@goesting/hope-scale': hopeScaleManifest as Manifest,
  '@goesting/reflection-card': reflectionCardManifest as Manifest,
  '@goesting/workability': workabilityManifest as Manifest,
});
