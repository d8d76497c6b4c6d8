// One PostgreSQL statement made of data-modifying CTEs: the writes of a push after its records
// (facets, mutation log, change sequence, client) travel in one round trip instead of one each.
// Every CTE runs to completion whether or not the final SELECT reads it, all on one snapshot, so
// no CTE may depend on another's effects, only on its RETURNING rows.

/** A statement being assembled: CTEs in order, each binding its parameters as it is added. */
export class CteStatement {
  readonly values: unknown[] = [];
  private readonly ctes: string[] = [];

  /** Binds a parameter and returns its placeholder. */
  bind(value: unknown): string {
    this.values.push(value);
    return `$${this.values.length}`;
  }

  /** Adds `name AS (sql)`; `sql` uses placeholders from `bind`. */
  with(name: string, sql: string): void {
    this.ctes.push(`${name} AS (${sql})`);
  }

  get empty(): boolean {
    return this.ctes.length === 0;
  }

  /** The statement's text (only when not empty). */
  get text(): string {
    return `WITH ${this.ctes.join(',\n')}\nSELECT 1`;
  }
}
