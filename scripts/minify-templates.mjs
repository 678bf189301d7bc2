// Rollup plugin: collapses white space and strips CSS comments in the static parts of Lit's
// html``, svg`` and css`` templates, which JavaScript minifiers leave alone. Our templates hold
// no <pre> or <textarea> text, so runs of white space render the same as one space.

const TAGS = /(?:^|[^\w$.])(html|svg|css)\s*$/;

/** Finds the end of a template literal starting after its backtick; returns [end, parts]. */
function scanTemplate(code, start, transform) {
  let out = '';
  let part = '';
  let i = start;
  while (i < code.length) {
    const ch = code[i];
    if (ch === '\\') {
      part += code.slice(i, i + 2);
      i += 2;
    } else if (ch === '`') {
      out += transform(part);
      return [i + 1, out];
    } else if (ch === '$' && code[i + 1] === '{') {
      out += transform(part) + '${';
      part = '';
      const [end, expression] = scanExpression(code, i + 2);
      out += expression;
      i = end;
    } else {
      part += ch;
      i++;
    }
  }
  throw new Error('unterminated template literal');
}

/** Copies a `${ … }` expression (with nested strings and templates) up to its closing brace. */
function scanExpression(code, start) {
  let depth = 0;
  let out = '';
  let i = start;
  while (i < code.length) {
    const ch = code[i];
    if (ch === '{') depth++;
    if (ch === '}') {
      if (depth === 0) return [i + 1, out + '}'];
      depth--;
    }
    if (ch === "'" || ch === '"') {
      const end = skipString(code, i);
      out += code.slice(i, end);
      i = end;
      continue;
    }
    if (ch === '`') {
      const tagged = TAGS.exec(code.slice(Math.max(0, i - 12), i));
      const [end, body] = scanTemplate(code, i + 1, tagged ? collapse(tagged[1]) : (s) => s);
      out += '`' + body + '`';
      i = end;
      continue;
    }
    out += ch;
    i++;
  }
  throw new Error('unterminated template expression');
}

function skipString(code, start) {
  const quote = code[start];
  let i = start + 1;
  while (i < code.length && code[i] !== quote) i += code[i] === '\\' ? 2 : 1;
  return i + 1;
}

const collapse = (tag) => (text) => {
  let result = tag === 'css' ? text.replace(/\/\*[\s\S]*?\*\//g, '') : text;
  result = result.replace(/\s+/g, ' ');
  if (tag === 'css') result = result.replace(/\s*([{};,>])\s*/g, '$1').replace(/:\s+/g, ':');
  else result = result.replace(/>\s+</g, '> <');
  return result;
};

/** Minifies every tagged template in `code`; untagged templates are copied unchanged. */
export function minifyTemplates(code) {
  let out = '';
  let i = 0;
  while (i < code.length) {
    const ch = code[i];
    if (ch === "'" || ch === '"') {
      const end = skipString(code, i);
      out += code.slice(i, end);
      i = end;
    } else if (ch === '/' && code[i + 1] === '/') {
      const end = code.indexOf('\n', i);
      out += code.slice(i, end === -1 ? code.length : end);
      i = end === -1 ? code.length : end;
    } else if (ch === '/' && code[i + 1] === '*') {
      const end = code.indexOf('*/', i + 2) + 2;
      out += code.slice(i, end);
      i = end;
    } else if (ch === '`') {
      const tagged = TAGS.exec(code.slice(Math.max(0, i - 12), i));
      const [end, body] = scanTemplate(code, i + 1, tagged ? collapse(tagged[1]) : (s) => s);
      out += '`' + body + '`';
      i = end;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}

export default function minifyTemplatesPlugin() {
  return {
    name: 'goesting-minify-templates',
    transform(code, id) {
      if (id.includes('node_modules') || !/(html|svg|css)\s*`/.test(code)) return null;
      return { code: minifyTemplates(code), map: null };
    },
  };
}
