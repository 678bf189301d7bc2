/**
 * The paper of a print. `@page` only works in the document's own styles, not in a shadow root; a
 * constructed sheet adopted by the document is not an inline style, so a strict Content Security
 * Policy (`style-src 'self'`) lets it through. It is taken away again once the dialog closes.
 */
let pageSheet: CSSStyleSheet | undefined;

/** Opens the browser's print dialog for paper of `size` (such as `a4` or `a5`), portrait. */
export function printOn(size: 'a4' | 'a5'): void {
  const others = () => document.adoptedStyleSheets.filter((sheet) => sheet !== pageSheet);
  try {
    pageSheet ??= new CSSStyleSheet();
    pageSheet.replaceSync(`@page { size: ${size.toUpperCase()} portrait; margin: 12mm; }`);
    document.adoptedStyleSheets = [...others(), pageSheet];
  } catch {
    // A browser without constructed sheets prints on its default paper size.
  }
  try {
    window.print();
  } finally {
    if (pageSheet) document.adoptedStyleSheets = others();
  }
}
