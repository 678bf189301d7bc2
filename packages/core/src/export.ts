/**
 * Offers `content` (text, or a `Blob` such as an image) to the user as a file download. The file
 * is made in the browser; nothing is sent anywhere. Its object URL is revoked once the download
 * has started.
 */
export function downloadFile(filename: string, content: string | Blob, type = 'application/json'): void {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

