// PostgreSQL JSON read and written safely: its JSON operators refuse a lone surrogate escape
// (`"\ud83d"`, which JSON.stringify writes for a lone surrogate), and records stored before text
// was cleaned at the schema boundary may hold one. Batched writes send each column as one JSON
// array, which `json_array_elements_text` zips back into rows.

/**
 * SQL for the json `column` with every `\uD800`-`\uDFFF` escape replaced by `\uFFFD`, for
 * JSON operators to read. Records without any escape are used as they are. Only ever read fields
 * the replacement cannot touch (enums, country codes, versions), or clean the text again in
 * JavaScript, as the schema does.
 */
export const withoutSurrogateEscapes = (column: string): string =>
  `(CASE WHEN strpos(${column}::text, '\\u') = 0 THEN ${column}
  ELSE regexp_replace(${column}::text, '\\\\u[dD][89a-fA-F][0-9a-fA-F]{2}', '\\\\ufffd', 'g')::json END)`;

/** A UTF-16 surrogate without its other half. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * A JSON array of text values. A lone surrogate becomes U+FFFD, as the driver's UTF-8 encoding of
 * a text parameter makes it (`json_array_elements_text` would refuse its `\ud800` escape).
 */
export function textArray(values: Array<string | null>): string {
  const json = JSON.stringify(values);
  if (!json.includes('\\ud')) return json;
  return JSON.stringify(values.map((v) => v?.replace(LONE_SURROGATE, '\ufffd') ?? v));
}

/** A JSON array of JSON texts, spliced as they are (no escaping: each is already JSON). */
export const jsonArray = (texts: Array<string | null>): string =>
  `[${texts.map((t) => t ?? 'null').join(',')}]`;
