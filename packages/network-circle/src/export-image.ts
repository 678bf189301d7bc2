import { downloadFile } from '@goesting/core';
/**
 * Stand-alone copies of the drawing: an SVG file with its own styles, and a PNG made from it in
 * the browser. Nothing is sent anywhere.
 */

/** Plain colours for the exported file, where the widget's custom properties do not exist. */
const EXPORT_STYLE = `
  svg { font-family: system-ui, sans-serif; background: #fff; }
  .grid circle, .grid line { fill: none; stroke: #9aa3ad; stroke-width: 2; }
  .target { fill: none; }
  .sector-label { font-size: 22px; font-weight: 600; fill: #1f2328; }
  .ring-label { font-size: 18px; fill: #1f2328; }
  .client circle { fill: #eef2f6; stroke: #1f2328; stroke-width: 2; }
  .client text { font-size: 26px; font-weight: 600; fill: #1f2328; }
  .tie { stroke: #1c5a9c; stroke-width: 2.5; }
  .tie.mixed { stroke-dasharray: 10 6; }
  .tie.stressful { stroke-dasharray: 2 6; stroke-width: 4; stroke-linecap: round; }
  .arrowhead { fill: #1c5a9c; }
  .person circle { fill: #1c5a9c; stroke: #fff; stroke-width: 3; }
  .person text { font-size: 20px; fill: #1f2328; paint-order: stroke; stroke: #fff; stroke-width: 5px; stroke-linejoin: round; }
  .person.removed circle { fill: #fff; stroke: #7a4d00; stroke-dasharray: 4 4; }
  .badge { fill: #7a4d00; stroke: #fff; stroke-width: 2; }
`;

/** Serialises the drawing with an embedded stylesheet, without focus or drag state. */
export function drawingToSvg(drawing: SVGSVGElement): string {
  const copy = drawing.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', '1000');
  copy.setAttribute('height', '1000');
  for (const attribute of ['tabindex', 'role', 'aria-label', 'aria-describedby', 'aria-labelledby', 'part']) {
    copy.removeAttribute(attribute);
    copy.querySelectorAll(`[${attribute}]`).forEach((node) => node.removeAttribute(attribute));
  }
  copy.querySelector('path.target')?.remove();
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = EXPORT_STYLE;
  copy.prepend(style);
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(copy);
}

/** Draws SVG text onto a canvas and returns the PNG, or `undefined` if the browser cannot. */
export async function svgToPng(svgText: string, size: number): Promise<Blob | undefined> {
  const source = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = source;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d');
    if (!context) return undefined;
    context.fillStyle = '#fff';
    context.fillRect(0, 0, size, size);
    context.drawImage(image, 0, 0, size, size);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    return blob ?? undefined;
  } catch {
    return undefined;
  } finally {
    URL.revokeObjectURL(source);
  }
}

/**
 * Offers the drawing as a PNG file of `size` × `size` pixels. Returns `false`, downloading nothing,
 * when the page does not let the browser draw the image (a Content Security Policy without
 * `blob:` in `img-src`).
 */
export async function downloadPng(svgText: string, size: number, filename: string): Promise<boolean> {
  const png = await svgToPng(svgText, size);
  if (!png) return false;
  downloadFile(filename, png);
  return true;
}
