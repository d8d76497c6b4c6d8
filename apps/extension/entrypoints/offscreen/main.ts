// The offscreen document: parses pages the background fetched for bulk capture and extracts them.
import { extractHtml } from '../../utils/bulk/offscreen-protocol';
import { onMessage } from '../../utils/messages';

const parser = new DOMParser();
onMessage('offscreen/extract', ({ html, url }) => extractHtml(html, url, parser));
