/**
 * A tiny, strict XML parser for tests: enough to prove an SVG well-formed and to query the tree.
 */
export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(s: string): string {
  if (/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(s)) throw new Error(`bad entity in ${s}`);
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (_, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(
          e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1)),
        )
      : (ENTITIES[e] ?? ''),
  );
}

export function parseXml(src: string): XmlNode {
  let i = 0;
  const root: XmlNode = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: XmlNode[] = [root];
  const nameRe = /^[A-Za-z_][\w.:-]*/;
  while (i < src.length) {
    const top = stack[stack.length - 1] as XmlNode;
    if (src.startsWith('<?', i)) {
      const end = src.indexOf('?>', i);
      if (end < 0) throw new Error('unterminated PI');
      i = end + 2;
    } else if (src.startsWith('<!--', i)) {
      const end = src.indexOf('-->', i);
      if (end < 0) throw new Error('unterminated comment');
      i = end + 3;
    } else if (src.startsWith('</', i)) {
      const m = nameRe.exec(src.slice(i + 2));
      if (!m) throw new Error(`bad end tag at ${i}`);
      if (top.name !== m[0]) throw new Error(`mismatched </${m[0]}>, open <${top.name}> at ${i}`);
      const close = src.indexOf('>', i);
      if (src.slice(i + 2 + m[0].length, close).trim()) throw new Error('junk in end tag');
      stack.pop();
      i = close + 1;
    } else if (src[i] === '<') {
      const m = nameRe.exec(src.slice(i + 1));
      if (!m) throw new Error(`bad tag at ${i}: ${src.slice(i, i + 20)}`);
      const node: XmlNode = { name: m[0], attrs: {}, children: [], text: '' };
      i += 1 + m[0].length;
      for (;;) {
        const ws = /^\s*/.exec(src.slice(i))?.[0].length ?? 0;
        i += ws;
        if (src.startsWith('/>', i)) {
          i += 2;
          top.children.push(node);
          break;
        }
        if (src[i] === '>') {
          i += 1;
          top.children.push(node);
          stack.push(node);
          break;
        }
        if (!ws) throw new Error(`expected whitespace before attribute at ${i}`);
        const a = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"<]*)"|'([^'<]*)')/.exec(src.slice(i));
        if (!a?.[1]) throw new Error(`bad attribute at ${i}: ${src.slice(i, i + 30)}`);
        if (a[1] in node.attrs) throw new Error(`duplicate attribute ${a[1]}`);
        node.attrs[a[1]] = decodeEntities(a[3] ?? a[4] ?? '');
        i += a[0].length;
      }
    } else {
      const next = src.indexOf('<', i);
      const raw = src.slice(i, next < 0 ? src.length : next);
      if (raw.includes('>')) throw new Error('raw > in text');
      if (stack.length === 1 && raw.trim()) throw new Error('text outside the root element');
      top.text += decodeEntities(raw);
      i = next < 0 ? src.length : next;
    }
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]?.name}>`);
  if (root.children.length !== 1) throw new Error('expected exactly one root element');
  return root.children[0] as XmlNode;
}

export function all(node: XmlNode, pred: (n: XmlNode) => boolean, out: XmlNode[] = []): XmlNode[] {
  if (pred(node)) out.push(node);
  for (const c of node.children) all(c, pred, out);
  return out;
}
export const hasClass = (n: XmlNode, c: string) => (n.attrs.class ?? '').split(/\s+/).includes(c);
export const byClass = (root: XmlNode, c: string) => all(root, (n) => hasClass(n, c));
export const textOf = (n: XmlNode): string => n.text + n.children.map(textOf).join('');
