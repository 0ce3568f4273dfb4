/** Bad flags or arguments: exit 2 with one line. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Invalid flowguard.config.yaml (or another config input): exit 2 with `file:line: message`. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** A file that could not be read or parsed; the scan goes on. */
export interface ScanError {
  file: string;
  message: string;
}

/** A file the AST rules did not parse (minified, too large, generated) or the scan did not read at all. */
export interface SkippedFile {
  file: string;
  reason: string;
}

/** One line for any thrown value, never a stack. */
export function summarize(error: unknown): string {
  if (error instanceof Error) return error.message.split('\n')[0] ?? error.name;
  return String(error).split('\n')[0] ?? 'unknown error';
}
