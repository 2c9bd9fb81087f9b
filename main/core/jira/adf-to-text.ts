/**
 * Plain text from an Atlassian Document Format value (v3 worklog comments), for search and
 * display. Not a renderer: marks are dropped, block nodes become lines, list items get a bullet,
 * and inline nodes that carry text (mention, emoji, status, card links) keep it.
 */

interface AdfNode {
  type?: unknown;
  text?: unknown;
  attrs?: unknown;
  content?: unknown;
}

const INLINE = new Set(['text', 'hardBreak', 'mention', 'emoji', 'inlineCard', 'status', 'date', 'mediaInline', 'placeholder']);
/** Deep enough for any real comment, and stops a hostile document from blowing the stack. */
const MAX_DEPTH = 64;

function isNode(x: unknown): x is AdfNode {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function attr(node: AdfNode, name: string): string | undefined {
  if (!isNode(node.attrs)) return undefined;
  const v = (node.attrs as Record<string, unknown>)[name];
  return typeof v === 'string' ? v : undefined;
}

function children(node: AdfNode): AdfNode[] {
  return Array.isArray(node.content) ? node.content.filter(isNode) : [];
}

function inlineText(node: AdfNode): string {
  switch (node.type) {
    case 'text':
      return typeof node.text === 'string' ? node.text : '';
    case 'hardBreak':
      return '\n';
    case 'mention':
      return attr(node, 'text') ?? '';
    case 'emoji':
      return attr(node, 'text') ?? attr(node, 'shortName') ?? '';
    case 'inlineCard':
      return attr(node, 'url') ?? '';
    case 'status':
      return attr(node, 'text') ?? '';
    case 'date': {
      const ms = Number(attr(node, 'timestamp'));
      return Number.isFinite(ms) ? new Date(ms).toISOString().slice(0, 10) : '';
    }
    default:
      return children(node).map(inlineText).join('');
  }
}

/** The lines of a block node (a paragraph may span several through hard breaks). */
function blockLines(node: AdfNode, depth: number): string[] {
  if (depth > MAX_DEPTH) return [];
  const kids = children(node);
  if (typeof node.type === 'string' && INLINE.has(node.type)) return [inlineText(node)];
  if (node.type === 'rule') return ['---'];
  // A text block (paragraph, heading, codeBlock...): its inline children form its text.
  if (kids.length > 0 && kids.every((k) => typeof k.type === 'string' && INLINE.has(k.type))) return [kids.map(inlineText).join('')];
  if (node.type === 'bulletList' || node.type === 'orderedList') {
    const order = isNode(node.attrs) ? Number((node.attrs as Record<string, unknown>).order) : NaN;
    const start = Number.isInteger(order) && order > 0 ? order : 1;
    return kids.flatMap((item, i) => {
      const lines = blockLines(item, depth + 1);
      const bullet = node.type === 'orderedList' ? `${start + i}. ` : '- ';
      return lines.map((l, j) => (j === 0 ? `${bullet}${l}` : `  ${l}`));
    });
  }
  if (node.type === 'tableRow') return [kids.map((cell) => blockLines(cell, depth + 1).join(' ')).join(' | ')];
  return kids.flatMap((k) => blockLines(k, depth + 1));
}

/** Null when there is no comment or it holds no text. A plain string (API v2 style) is taken as is. */
export function adfToText(doc: unknown): string | null {
  if (typeof doc === 'string') return doc.trim() === '' ? null : doc;
  if (!isNode(doc)) return null;
  const text = blockLines(doc, 0)
    .join('\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/^\n+|\n+$/g, '');
  return text === '' ? null : text;
}
