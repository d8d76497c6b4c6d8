// Node-only entry: parses HTML with linkedom into a Document that extractReadout accepts.
import { parseHTML } from 'linkedom';

/** Parses an HTML string into a Document; fragments and junk get a wrapping <html><body>. */
export function parseHtml(html: string): Document {
  const text = typeof html === 'string' ? html : '';
  const full = /<html[\s>]/i.test(text)
    ? text
    : `<!DOCTYPE html><html><head></head><body>${text}</body></html>`;
  try {
    return parseHTML(full).document as unknown as Document;
  } catch {
    return parseHTML('<!DOCTYPE html><html><head></head><body></body></html>')
      .document as unknown as Document;
  }
}
