// Content script on www.mofa.go.jp: extracts the page on request and reports it on load for the badge.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractPage } from '../utils/extractor';
import { onMessage, sendMessage } from '../utils/messages';

export default defineContentScript({
  matches: ['https://www.mofa.go.jp/*'],
  runAt: 'document_idle',
  main() {
    onMessage('page/extract', () => extractPage(document, location.href));
    const result = extractPage(document, location.href);
    // The background may be asleep or updating; the badge then refreshes on the next tab switch.
    sendMessage('page/loaded', { url: location.href, result }).catch(() => {});
  },
});
