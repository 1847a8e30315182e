/**
 * A small streaming XML tokenizer for the parts of an XLSX we read. Text is handed over in pieces
 * as it arrives (never accumulated here), and a single tag, comment or CDATA section longer than
 * `maxMarkup` characters is an error, so memory stays bounded whatever the input.
 */
export interface XmlHandler {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(piece: string): void;
}

export class XmlTooLarge extends Error {}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[body] ?? whole;
  });
}

const localName = (qname: string) => qname.slice(qname.indexOf(':') + 1);

function parseAttributes(source: string): Record<string, string> {
  const attrs: Record<string, string> = Object.create(null);
  for (const m of source.matchAll(/([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    attrs[localName(m[1])] = decodeEntities(m[2] ?? m[3] ?? '');
  }
  return attrs;
}

export class XmlScanner {
  private buffer = '';

  constructor(
    private readonly handler: XmlHandler,
    private readonly maxMarkup = 64 * 1024,
  ) {}

  write(chunk: string): void {
    this.buffer += chunk;
    this.drain();
  }

  end(): void {
    this.drain();
    if (this.buffer.trim()) this.emitText(this.buffer);
    this.buffer = '';
  }

  private emitText(raw: string): void {
    if (raw) this.handler.text(decodeEntities(raw));
  }

  private drain(): void {
    let pos = 0;
    const buf = this.buffer;
    for (;;) {
      const lt = buf.indexOf('<', pos);
      if (lt < 0) {
        // Hand over the text so far, keeping back a possibly split entity.
        const amp = buf.lastIndexOf('&');
        const cut = amp >= pos && buf.indexOf(';', amp) < 0 && buf.length - amp < 12 ? amp : buf.length;
        this.emitText(buf.slice(pos, cut));
        pos = cut;
        break;
      }
      if (lt > pos) this.emitText(buf.slice(pos, lt));
      pos = lt;
      const end = this.markupEnd(buf, lt);
      if (end < 0) {
        if (buf.length - lt > this.maxMarkup) throw new XmlTooLarge('markup too large');
        break;
      }
      this.markup(buf.slice(lt, end));
      pos = end;
    }
    this.buffer = buf.slice(pos);
  }

  /** Index just after the markup starting at `lt`, or -1 when it is not complete yet. */
  private markupEnd(buf: string, lt: number): number {
    const close = (terminator: string) => {
      const i = buf.indexOf(terminator, lt);
      return i < 0 ? -1 : i + terminator.length;
    };
    if (buf.startsWith('<!--', lt)) return close('-->');
    if (buf.startsWith('<![CDATA[', lt)) return close(']]>');
    if (buf.length - lt < 9 && '<![CDATA['.startsWith(buf.slice(lt))) return -1;
    if (buf.startsWith('<?', lt)) return close('?>');
    // A tag: '>' outside quoted attribute values.
    let quote = '';
    for (let i = lt + 1; i < buf.length; i++) {
      const c = buf[i];
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') return i + 1;
    }
    return -1;
  }

  private markup(text: string): void {
    if (text.startsWith('<!--') || text.startsWith('<?') || text.startsWith('<!')) {
      if (text.startsWith('<![CDATA[')) this.handler.text(text.slice(9, -3));
      return;
    }
    if (text[1] === '/') {
      this.handler.close(localName(text.slice(2, -1).trim()));
      return;
    }
    const selfClosing = text.endsWith('/>');
    const body = text.slice(1, selfClosing ? -2 : -1);
    const space = body.search(/\s/);
    const name = localName(space < 0 ? body : body.slice(0, space));
    this.handler.open(name, space < 0 ? Object.create(null) : parseAttributes(body.slice(space)), selfClosing);
    if (selfClosing) this.handler.close(name);
  }
}
