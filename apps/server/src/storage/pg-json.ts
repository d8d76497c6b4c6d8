// PostgreSQL JSON read safely: its JSON operators refuse a lone surrogate escape (`"\ud83d"`, which
// JSON.stringify writes for a lone surrogate), and records stored before text was cleaned at the
// schema boundary may hold one.

/**
 * SQL for the json `column` with every `\uD800`-`\uDFFF` escape replaced by `\uFFFD`, for
 * JSON operators to read. Records without any escape are used as they are. Only ever read fields
 * the replacement cannot touch (enums, country codes, versions), or clean the text again in
 * JavaScript, as the schema does.
 */
export const withoutSurrogateEscapes = (column: string): string =>
  `(CASE WHEN strpos(${column}::text, '\\u') = 0 THEN ${column}
  ELSE regexp_replace(${column}::text, '\\\\u[dD][89a-fA-F][0-9a-fA-F]{2}', '\\\\ufffd', 'g')::json END)`;
