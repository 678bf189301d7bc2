// The Custom Elements Manifest of one package, and the React JSX types made from it. The analyzer
// runs with this file in the package's own folder (scripts/manifest.mjs does that for every
// package with a `customElements` field), so one config describes every package the same way:
//
// - Members a widget inherits from another package's classes (core's base elements) come from
//   that package's own manifest, marked `inheritedFrom` with its package and module: a widget's
//   manifest never re-analyses another package's sources.
// - Module paths name the files the package ships (`dist/*.js`), not its TypeScript sources.
// - Only public API is listed: no private or protected members, no callbacks that the browser,
//   Lit or a reactive controller calls, nothing marked `@internal`.
// - `dist/react.d.ts` types every tag as a JSX element for React 19, from the finished manifest.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, posix } from 'node:path';
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import ts from 'typescript';

const packageDir = process.cwd();
const packageJson = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));

/**
 * Called by the browser (custom element and form-associated callbacks), by Lit's update cycle or
 * by the host element of a reactive controller: part of how an element works, never called by a host.
 */
const CALLBACKS = new Set([
  'connectedCallback',
  'disconnectedCallback',
  'adoptedCallback',
  'attributeChangedCallback',
  'connectedMoveCallback',
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
]);

/**
 * Static fields that configure the class for the browser, Lit or a subclass (its texts and the
 * rules of its inputs), not for a host.
 */
const STATIC_PLUMBING = new Set(['styles', 'formAssociated', 'shadowRootOptions', 'observedAttributes', 'properties', 'elementProperties', 'catalogues', 'inputRules']);

/** The kinds of API a class has, each a list of named items. */
const API_LISTS = ['members', 'attributes', 'events', 'slots', 'cssParts', 'cssProperties', 'cssStates'];

const classLikes = (manifest) => manifest.modules.flatMap((module) => (module.declarations ?? []).filter((d) => d.kind === 'class' || d.kind === 'mixin').map((declaration) => ({ module, declaration })));

/**
 * The manifests of the packages this one depends on that have one (core, for the widgets), with
 * each of their classes by name. The analyzer's inheritance step reads them as third-party
 * manifests; its own `--dependencies` search would crawl every import and log each relative
 * one it resolves from the package folder instead of the importing file.
 */
function readDependencyManifests() {
  const require = createRequire(join(packageDir, 'package.json'));
  const manifests = [];
  for (const name of Object.keys(packageJson.dependencies ?? {})) {
    let depJsonPath;
    try {
      depJsonPath = require.resolve(`${name}/package.json`);
    } catch {
      continue;
    }
    const dep = JSON.parse(readFileSync(depJsonPath, 'utf8'));
    if (!dep.customElements) continue;
    const file = join(dirname(depJsonPath), dep.customElements);
    if (!existsSync(file)) throw new Error(`${packageJson.name} extends classes of ${name}, whose ${dep.customElements} is not written yet`);
    manifests.push({ name, manifest: JSON.parse(readFileSync(file, 'utf8')) });
  }
  return manifests;
}

const dependencies = readDependencyManifests();
/** Classes of other packages, by name: where an inherited item comes from. */
const externalClasses = new Map(dependencies.flatMap(({ name, manifest }) => classLikes(manifest).map(({ module, declaration }) => [declaration.name, { package: name, module: module.path, declaration }])));

/** Hands the dependencies' manifests to the analyzer's inheritance step (the list `--dependencies` fills). */
function dependencyManifests() {
  return {
    name: 'goesting-dependency-manifests',
    initialize({ context }) {
      context.thirdPartyCEMs = [...(context.thirdPartyCEMs ?? []), ...dependencies.map((d) => d.manifest)];
    },
  };
}

/**
 * `@parsedInput()` (core) declares a property that is also an attribute: named by its `attribute`
 * option, by default the property name in lower case, none with `attribute: false`.
 */
function parsedInputAttributes() {
  return {
    name: 'goesting-parsed-input-attributes',
    analyzePhase({ ts: parser, node, moduleDoc }) {
      if (!parser.isClassDeclaration(node) || !node.name) return;
      const classDoc = moduleDoc.declarations.find((d) => d.kind === 'class' && d.name === node.name.text);
      for (const member of node.members) {
        const call = parser.getDecorators?.(member)?.map((d) => d.expression).find((e) => parser.isCallExpression(e) && e.expression.getText() === 'parsedInput');
        if (!call || !member.name) continue;
        // A member marked @internal is not in the class's list: neither is its attribute.
        const field = classDoc?.members?.find((m) => m.name === member.name.getText());
        if (!field) continue;
        const options = call.arguments.find((a) => parser.isObjectLiteralExpression(a));
        const option = options?.properties.find((p) => parser.isPropertyAssignment(p) && p.name.getText() === 'attribute')?.initializer;
        if (option?.kind === parser.SyntaxKind.FalseKeyword) continue;
        const name = option && parser.isStringLiteral(option) ? option.text : field.name.toLowerCase();
        field.attribute = name;
        const { type, description, default: defaultValue } = field;
        classDoc.attributes = [...(classDoc.attributes ?? []).filter((a) => a.name !== name), { name, type, description, default: defaultValue, fieldName: field.name }];
      }
    },
  };
}

/**
 * A generic base's type parameters stay in the types it gives its subclasses (`value` is
 * `WidgetValue<W>`, `goesting-complete` carries `GoestingCompleteDetail<W>`). Each subclass names
 * its type arguments in its `extends` clause (`GoestingDocumentElement<typeof HOPE_WIDGET>`):
 * TypeScript resolves them (to `"hope-scale"`), and the subclass's inherited items get them filled
 * in. A generic class lists its `typeParameters` in the manifest for the packages that extend it.
 */
function typeArguments() {
  /** Classes whose `extends` clause has type arguments, with the source file that declares them. */
  const subclasses = new Map();
  const substitute = (text, names, values) => names.reduce((out, name, i) => out.replace(new RegExp(`\\b${name}\\b`, 'g'), () => values[i]), text);
  const fill = (typed, names, values) => {
    if (typed?.type?.text) typed.type = { ...typed.type, text: substitute(typed.type.text, names, values) };
  };
  /**
   * The type arguments of each class's `extends` clause, as TypeScript resolves them in the
   * package. They are widget names, string literal types: the program needs neither the default
   * library nor global types (which would double the time), and an argument that does comes out
   * as `any` and stops the build rather than leave a wrong type.
   */
  const resolveArguments = () => {
    const config = ts.getParsedCommandLineOfConfigFile(join(packageDir, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
    const files = [...new Set([...subclasses.values()].map(({ file }) => file))];
    const program = ts.createProgram(files, { ...config?.options, noEmit: true, types: [], noLib: true });
    const checker = program.getTypeChecker();
    const resolved = new Map();
    for (const [classDoc, { file }] of subclasses) {
      const node = program.getSourceFile(file)?.statements.find((s) => ts.isClassDeclaration(s) && s.name?.text === classDoc.name);
      const typeArgs = node?.heritageClauses?.find((c) => c.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.typeArguments ?? [];
      const texts = typeArgs.map((arg) => checker.typeToString(checker.getTypeFromTypeNode(arg)));
      if (!typeArgs.length || texts.includes('any')) throw new Error(`${classDoc.name}: cannot resolve the type arguments of its base class (${texts.join(', ')})`);
      resolved.set(classDoc, texts);
    }
    return resolved;
  };
  return {
    name: 'goesting-type-arguments',
    analyzePhase({ ts: parser, node, moduleDoc }) {
      if (!parser.isClassDeclaration(node) || !node.name) return;
      const classDoc = moduleDoc.declarations.find((d) => d.kind === 'class' && d.name === node.name.text);
      if (!classDoc) return;
      if (node.typeParameters?.length) classDoc.typeParameters = node.typeParameters.map((p) => p.name.text);
      const extended = node.heritageClauses?.find((c) => c.token === parser.SyntaxKind.ExtendsKeyword)?.types[0];
      if (extended?.typeArguments?.length) subclasses.set(classDoc, { file: join(packageDir, moduleDoc.path) });
    },
    packageLinkPhase({ customElementsManifest }) {
      if (!subclasses.size) return;
      const own = new Map(classLikes(customElementsManifest).map(({ declaration }) => [declaration.name, declaration]));
      for (const [classDoc, values] of resolveArguments()) {
        const base = own.get(classDoc.superclass?.name) ?? externalClasses.get(classDoc.superclass?.name)?.declaration;
        const names = base?.typeParameters;
        if (!names?.length) continue;
        if (values.length !== names.length) throw new Error(`${classDoc.name}: ${values.length} type arguments for ${base.name}<${names.join(', ')}>`);
        for (const list of API_LISTS) {
          for (const item of classDoc[list] ?? []) {
            if (!item.inheritedFrom) continue;
            fill(item, names, values);
            fill(item.return, names, values);
            for (const parameter of item.parameters ?? []) fill(parameter, names, values);
          }
        }
      }
    },
  };
}

/** Only what a host may use: no private or protected members, no callbacks, no class plumbing. */
function publicApiOnly() {
  const isPublic = (member) =>
    member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#') && !CALLBACKS.has(member.name) && !(member.static && STATIC_PLUMBING.has(member.name));
  return {
    name: 'goesting-public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const { declaration } of classLikes(customElementsManifest)) {
        if (declaration.members) declaration.members = declaration.members.filter(isPublic);
      }
    },
  };
}

/** An item inherited from another package's class names that package and the module shipping the class. */
function inheritedFromPackages() {
  const locate = (reference) => {
    const external = reference && externalClasses.get(reference.name);
    if (external) Object.assign(reference, { package: external.package, module: external.module });
  };
  return {
    name: 'goesting-inherited-from-packages',
    packageLinkPhase({ customElementsManifest }) {
      for (const { declaration } of classLikes(customElementsManifest)) {
        locate(declaration.superclass);
        for (const list of API_LISTS) for (const item of declaration[list] ?? []) locate(item.inheritedFrom);
      }
    },
  };
}

/**
 * Module paths and references name the JavaScript the package ships: rollup builds each
 * `src/<name>.ts` into `dist/<name>.js`. The analyzer writes a source path (`src/x.ts`) for a
 * module, a URL-like one (`/src/x.js`) for a class imported from another module, and the
 * specifier as written (`./x.js`) for a re-export.
 */
function shippedModulePaths() {
  const shipped = (path) => path.replace(/^\/?src\/(.+)\.[jt]s$/, (_, name) => posix.join('dist', `${name}.js`));
  const visit = (value, from) => {
    if (Array.isArray(value)) return value.forEach((inner) => visit(inner, from));
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'module' && typeof inner === 'string') value.module = shipped(inner.startsWith('.') ? posix.join(posix.dirname(from), inner) : inner);
      else visit(inner, from);
    }
  };
  return {
    name: 'goesting-shipped-module-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const source = module.path;
        module.path = shipped(source);
        visit(module, source);
      }
    },
  };
}

/**
 * `dist/react.d.ts`, the package's `react.js` entry: every tag as a React 19 JSX element, with
 * its attributes and properties typed from its class and its events from the manifest. The
 * generator imports each element class from its module beside the file, and imports no other
 * names: core's event detail types (`Goesting…Detail`) are named through an import type.
 */
function reactJsxTypes() {
  const fromCore = (text) => text.replace(/\bGoesting\w+Detail\b/g, "import('@goesting/core').$&");
  return {
    name: 'goesting-react-jsx-types',
    packageLinkPhase({ customElementsManifest }) {
      const manifest = structuredClone(customElementsManifest);
      if (!classLikes(manifest).some(({ declaration }) => declaration.tagName)) return;
      for (const { declaration } of classLikes(manifest)) for (const event of declaration.events ?? []) if (event.type?.text) event.type.text = fromCore(event.type.text);
      generateJsxTypes(manifest, {
        outdir: 'dist',
        fileName: 'react.d.ts',
        componentTypePath: (_name, _tag, modulePath) => `./${posix.relative('dist', modulePath)}`,
        stronglyTypedEvents: true,
        includeDefaultDOMEvents: true,
      });
      // The types tsc wrote for src/react.ts (an empty module) are replaced: their map is stale.
      rmSync('dist/react.d.ts.map', { force: true });
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/model/**', 'src/locales/**'],
  outdir: dirname(packageJson.customElements ?? 'custom-elements.json'),
  litelement: true,
  // The packages' package.json files already name their manifest.
  packagejson: false,
  quiet: true,
  // Run in this order after the analyzer's own steps (inheritance among them).
  plugins: [dependencyManifests(), parsedInputAttributes(), typeArguments(), publicApiOnly(), inheritedFromPackages(), shippedModulePaths(), reactJsxTypes()],
};
