// The Custom Elements Manifest of every package that names one in its package.json
// (`customElements`), as the build writes it: it names the files the package ships, lists public
// API only, shows what a widget inherits from core's classes and where that comes from, knows
// every attribute an element observes, and the package's JSX types cover each of its tags.
// Runs on the built packages (`npm run build`).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = new URL('../..', import.meta.url).pathname;
const readJson = (file) => JSON.parse(readFileSync(join(root, file), 'utf8'));

const packages = readJson('package.json')
  .workspaces.map((dir) => ({ dir, pkg: readJson(`${dir}/package.json`) }))
  .filter(({ pkg }) => pkg.customElements)
  .map(({ dir, pkg }) => ({ dir, pkg, manifest: readJson(`${dir}/${pkg.customElements}`) }));
const manifestOf = new Map(packages.map(({ pkg, manifest }) => [pkg.name, manifest]));

/** Called by the browser, by Lit's update cycle or by a controller's host: never API for a host. */
const CALLBACKS = [
  'connectedCallback',
  'disconnectedCallback',
  'adoptedCallback',
  'attributeChangedCallback',
  'formAssociatedCallback',
  'formDisabledCallback',
  'formResetCallback',
  'formStateRestoreCallback',
  'createRenderRoot',
  'requestUpdate',
  'scheduleUpdate',
  'performUpdate',
  'shouldUpdate',
  'willUpdate',
  'update',
  'render',
  'firstUpdated',
  'updated',
  'getUpdateComplete',
  'hostConnected',
  'hostDisconnected',
  'hostUpdate',
  'hostUpdated',
];

/** The API lists of a class, each item with the kind of list it is in. */
const API_LISTS = ['members', 'attributes', 'events', 'slots', 'cssParts', 'cssProperties', 'cssStates'];
const items = (declaration) => API_LISTS.flatMap((list) => (declaration[list] ?? []).map((item) => ({ list, item })));

const classesOf = (manifest) =>
  manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.kind === 'class' || d.kind === 'mixin').map((declaration) => ({ module, declaration })));
const elementsOf = (manifest) => classesOf(manifest).filter(({ declaration }) => declaration.tagName);

/** Every `module` reference anywhere in the manifest, with the object that holds it. */
function moduleReferences(value, found = []) {
  if (Array.isArray(value)) value.forEach((inner) => moduleReferences(inner, found));
  else if (value && typeof value === 'object') {
    if (typeof value.module === 'string') found.push(value);
    Object.values(value).forEach((inner) => moduleReferences(inner, found));
  }
  return found;
}

function packedFiles(dir) {
  const out = execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: join(root, dir), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  return new Set(JSON.parse(out)[0].files.map((file) => file.path));
}

/** The class a declaration describes, imported from the module the manifest names. */
const importClass = async (dir, module, declaration) => (await import(pathToFileURL(join(root, dir, module.path)).href))[declaration.name];

describe('the Custom Elements Manifests', () => {
  it('are written for the core and every widget package', () => {
    const tags = packages.flatMap(({ manifest }) => elementsOf(manifest).map(({ declaration }) => declaration.tagName));
    for (const tag of ['goesting-provider', 'goesting-selfscan', 'goesting-network-circle', 'goesting-hope-scale', 'goesting-reflection-card', 'goesting-workability-check', 'goesting-workability-report', 'goesting-selfscan-team', 'goesting-plan', 'goesting-alliance-check']) {
      assert.ok(tags.includes(tag), tag);
    }
  });

  for (const { dir, pkg, manifest } of packages) {
    describe(pkg.name, () => {
      it('names the built JavaScript modules the package ships, never its sources', () => {
        const packed = packedFiles(dir);
        const paths = manifest.modules.map((module) => module.path);
        assert.ok(paths.length > 0, 'modules');
        assert.deepEqual(paths.filter((path) => !/^dist\/.+\.js$/.test(path) || !packed.has(path)), []);
        // References within the package (no `package`) name a module it ships; those to another
        // package name a module of that package's manifest that declares the referenced name.
        const broken = moduleReferences(manifest.modules).filter((reference) => {
          if (!reference.package) return !/^dist\/.+\.js$/.test(reference.module) || !packed.has(reference.module);
          const other = manifestOf.get(reference.package);
          if (!other) return false;
          const module = other.modules.find((m) => m.path === reference.module);
          return !module?.declarations?.some((d) => d.name === reference.name);
        });
        assert.deepEqual(broken, []);
      });

      it('lists no private or protected member and no callback that the browser or Lit calls', () => {
        const hidden = classesOf(manifest).flatMap(({ declaration }) =>
          (declaration.members ?? [])
            .filter((member) => member.privacy === 'private' || member.privacy === 'protected' || member.name.startsWith('#') || CALLBACKS.includes(member.name))
            .map((member) => `${declaration.name}.${member.name}`),
        );
        assert.deepEqual(hidden, []);
      });

      it('lists no static field that configures the class rather than serving a host: styles, texts, input rules', () => {
        const plumbing = classesOf(manifest).flatMap(({ declaration }) =>
          (declaration.members ?? [])
            .filter((member) => member.static && ['styles', 'catalogues', 'inputRules', 'properties', 'elementProperties', 'observedAttributes'].includes(member.name))
            .map((member) => `${declaration.name}.${member.name}`),
        );
        assert.deepEqual(plumbing, []);
      });

      it('types the detail of every goesting event an element fires', () => {
        const untyped = classesOf(manifest).flatMap(({ declaration }) =>
          (declaration.events ?? []).filter((event) => event.name.startsWith('goesting-') && !/^CustomEvent<Goesting\w+Detail\b/.test(event.type?.text ?? '')).map((event) => `${declaration.name}: ${event.name}`),
        );
        assert.deepEqual(untyped, []);
      });

      it('lists no member marked @internal, such as the provider settings every element receives', () => {
        const internal = classesOf(manifest).flatMap(({ declaration }) =>
          (declaration.members ?? []).filter((member) => ['settings', 'inputState', 'retryRejected'].includes(member.name)).map((member) => `${declaration.name}.${member.name}`),
        );
        assert.deepEqual(internal, []);
      });

      for (const { module, declaration } of elementsOf(manifest)) {
        describe(`<${declaration.tagName}>`, () => {
          it('lists exactly the attributes the element observes', async () => {
            const element = await importClass(dir, module, declaration);
            assert.equal(typeof element, 'function', `${module.path} exports ${declaration.name}`);
            const listed = (declaration.attributes ?? []).map((attribute) => attribute.name);
            assert.deepEqual([...listed].sort(), [...element.observedAttributes].sort());
          });

          const base = declaration.superclass?.package && manifestOf.get(declaration.superclass.package);
          if (!base) return;

          it(`shows what it inherits from ${declaration.superclass.name} (${declaration.superclass.package}) as inherited from there`, () => {
            const from = classesOf(base).find(({ declaration: d }) => d.name === declaration.superclass.name);
            assert.ok(from, `${declaration.superclass.package} declares ${declaration.superclass.name}`);
            assert.equal(declaration.superclass.module, from.module.path);
            const inherited = items(from.declaration);
            assert.ok(inherited.length > 0, 'the base class has public API');
            for (const { list, item } of inherited) {
              const own = declaration[list]?.find((candidate) => candidate.name === item.name);
              assert.ok(own, `${list}: ${item.name}`);
              assert.equal(own.inheritedFrom?.package, declaration.superclass.package, `${list}: ${item.name} is inherited from ${declaration.superclass.package}`);
              const origin = classesOf(base).find(({ declaration: d }) => d.name === own.inheritedFrom.name);
              assert.equal(own.inheritedFrom.module, origin?.module.path, `${list}: ${item.name} names the module of ${own.inheritedFrom.name}`);
            }
            // What a host of any widget relies on, whatever the base class lists.
            const names = (list) => (declaration[list] ?? []).map((item) => item.name);
            for (const attribute of ['theme', 'storage', 'draft-key']) assert.ok(names('attributes').includes(attribute), attribute);
            assert.ok(names('events').includes('goesting-error'), 'goesting-error');
            if (from.declaration.name === 'GoestingDocumentElement') {
              for (const attribute of ['value', 'name', 'required', 'disabled']) assert.ok(names('attributes').includes(attribute), attribute);
              for (const member of ['value', 'result', 'reset', 'isComplete', 'checkValidity']) assert.ok(names('members').includes(member), member);
              for (const event of ['goesting-change', 'goesting-complete']) assert.ok(names('events').includes(event), event);
            }
          });

          it('types what it inherits with its own type arguments, not the base class type parameters', () => {
            const parameters = classesOf(base).find(({ declaration: d }) => d.name === declaration.superclass.name)?.declaration.typeParameters ?? [];
            const open = items(declaration)
              .filter(({ item }) => item.inheritedFrom && parameters.some((name) => new RegExp(`\\b${name}\\b`).test(item.type?.text ?? '')))
              .map(({ list, item }) => `${list}: ${item.name}: ${item.type.text}`);
            assert.deepEqual(open, []);
            const widget = declaration.tagName.replace(/^goesting-/, '');
            for (const event of declaration.events ?? []) {
              if (event.name === 'goesting-change' || event.name === 'goesting-complete') assert.match(event.type?.text ?? '', new RegExp(`^CustomEvent<Goesting\\w+Detail<"${widget}">>$`), event.name);
              if (event.name === 'goesting-error') assert.equal(event.type?.text, 'CustomEvent<GoestingErrorDetail>');
            }
          });
        });
      }

      const tags = elementsOf(manifest).map(({ declaration }) => declaration.tagName);
      if (tags.length) {
        it('has JSX types for React for each of its tags, made from the manifest', () => {
          const types = readFileSync(join(root, dir, 'dist/react.d.ts'), 'utf8');
          for (const tag of tags) assert.match(types, new RegExp(`"${tag}": Partial<`), tag);
          assert.match(types, /declare module "react"/);
        });
      }
    });
  }
});
