// Content script on www.mofa.go.jp: extracts the page on request and reports it on load for the
// badge; highlights where a field was read when the popup or the collection asks ("Show on page").
import { locateEvidence } from '@readouts/extract';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractPage } from '../utils/extractor';
import { createHighlighter } from '../utils/highlight';
import { onMessage, sendMessage } from '../utils/messages';

export default defineContentScript({
  matches: ['https://www.mofa.go.jp/*'],
  runAt: 'document_idle',
  main() {
    onMessage('page/extract', () => extractPage(document, location.href));
    const highlighter = createHighlighter(document, locateEvidence);
    onMessage('page/show-evidence', ({ evidence }) => highlighter.show(evidence));
    const result = extractPage(document, location.href);
    // The background may be asleep or updating; the badge then refreshes on the next tab switch.
    sendMessage('page/loaded', { url: location.href, result }).catch(() => {});
  },
});
