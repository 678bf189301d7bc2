import { expect } from '@open-wc/testing';

const LOCALES = ['nl-BE', 'nl-NL', 'fr-BE', 'en'] as const;

/**
 * The catalogue test every widget package runs: each shipped locale of `pkg` (of its `element`, where
 * a package has several) has every message
 * key of the Flemish Dutch catalogue, of the same kind (text or function), so no user ever meets
 * a missing string.
 */
export function runCatalogueTests(pkg: string, element?: string): void {
  // A package with several elements has catalogues per element: `check-nl-BE.ts`.
  const prefix = element ? `${element}-` : '';
  it(`ships complete ${pkg} ${element ?? ''} catalogues: every locale has every key of Flemish Dutch, of the same kind`, async () => {
    const base = (await import(`../../${pkg}/src/locales/${prefix}nl-BE.ts`)).default as Record<string, unknown>;
    for (const locale of LOCALES) {
      const catalogue = (await import(`../../${pkg}/src/locales/${prefix}${locale}.ts`)).default as Record<string, unknown>;
      expect(Object.keys(catalogue).sort(), `${pkg} ${locale}`).to.deep.equal(Object.keys(base).sort());
      for (const [key, message] of Object.entries(base)) expect(typeof catalogue[key], `${pkg} ${locale} ${key}`).to.equal(typeof message);
    }
  });
}
