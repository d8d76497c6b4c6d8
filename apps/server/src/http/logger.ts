// Structured logs: one JSON object per line on stdout, or nothing when disabled (tests).

export type LogFields = Record<string, unknown>;

/** Writes log events; `enabled: false` drops them. */
export interface Logger {
  info(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

/** A JSON-lines logger writing to `write` (stdout by default). */
export function createLogger(
  enabled: boolean,
  write: (line: string) => void = (l) => process.stdout.write(l),
): Logger {
  const emit = (level: string, msg: string, fields: LogFields = {}) => {
    if (enabled) write(`${JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields })}\n`);
  };
  return {
    info: (msg, fields) => emit('info', msg, fields),
    error: (msg, fields) => emit('error', msg, fields),
  };
}
