// Default skip policy for the AST rules: minified, bundled or huge files cost seconds to parse and hold no
// hand-written code worth reporting; they still get every text rule (secrets) and each skip is reported.

/** Files above this are not AST-parsed by default. */
export const MAX_PARSE_SIZE = 512 * 1024;

/** Why a JS/TS file should not be AST-parsed, or undefined to parse it. */
export function skipReason(file: string, text: string): string | undefined {
  if (/\.min\.[cm]?js$/i.test(file)) return 'minified (.min.js)';
  if (text.length > MAX_PARSE_SIZE) return `larger than ${MAX_PARSE_SIZE / 1024} KiB`;
  if (text.length > 8 * 1024) {
    let lines = 1;
    let longest = 0;
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) {
        lines++;
        if (i - start > longest) longest = i - start;
        start = i + 1;
      }
    }
    if (text.length - start > longest) longest = text.length - start;
    if (text.length / lines > 300 || longest > 20_000) return 'minified (very long lines)';
  }
  return undefined;
}
