// A small flag parser for the CLI: positional arguments and `--name value` / `--name=value` flags.

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string>;
}

/** Thrown for malformed command lines; the CLI prints its message and exits with status 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Splits `args`; every flag takes a value except those named in `booleans`. */
export function parseArgs(args: string[], booleans: string[] = []): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (eq !== -1) flags.set(name, arg.slice(eq + 1));
    else if (booleans.includes(name)) flags.set(name, 'true');
    else {
      const value = args[++i];
      if (value === undefined) throw new UsageError(`--${name} needs a value`);
      flags.set(name, value);
    }
  }
  return { positional, flags };
}
