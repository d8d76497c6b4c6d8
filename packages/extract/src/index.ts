// @readouts/extract: turns a MOFA page (DOM + URL) into a Readout, or says why it is not one.
// Browser-safe: nothing here imports Node modules or a DOM library; see ./node for parseHtml.
export { countryNames } from './data/country-names';
export {
  type Officeholder,
  type Official as JapanOfficial,
  officeholders as japanOfficeholders,
  officials as japanOfficials,
  type Term as OfficeTerm,
  type TermOffice,
} from './data/japan-officials';
export { locateEvidence } from './evidence/locate';
export { type ExtractOptions, extractReadout } from './extract';
export { describeNotice, NOTICES, type NoticeCodeOf, notice } from './notices';
export { EXTRACTOR_VERSION } from './version';
