/** Characters written as entities: every Markdown viewer shows these as text, also one without backslash escapes for them. */
const ENTITY: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', ' ': '&#32;', '\t': '&#9;' };
const DECODED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', '#32': ' ', '#9': '\t' };

/**
 * Escapes user text so any Markdown viewer shows it as written, also one that renders raw HTML:
 * `<`, `>` and `&` become entities; every other character that starts markup gets a backslash
 * (CommonMark's escape), and so do the `@`, `://` and `www.` that would make a link of a bare
 * address; spaces and tabs at the start or end of a line become entities, so no line turns into
 * code or a line break; a line that starts with `-`, `=` or a number and a dot gets a backslash
 * too. So `<script>`, `**`, `# title` or `---` stay text.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}[\]()#+!|~@]|:(?=\/\/)|(?<=www)\.|[&<>]/gi, (c) => ENTITY[c] ?? `\\${c}`)
    .replace(/^[ \t]+|[ \t]+$/gm, (space) => space.replace(/[ \t]/g, (c) => ENTITY[c]!))
    .replace(/^[-=]/gm, '\\$&')
    .replace(/^(\d+)\./gm, '$1\\.');
}

/** Undoes {@link escapeMarkdown}. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([!-/:-@[-`{-~])|&(amp|lt|gt|#32|#9);/g, (_, escaped: string | undefined, entity: string) => escaped ?? DECODED[entity]!);
}
