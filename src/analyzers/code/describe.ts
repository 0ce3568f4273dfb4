import type { CodeContext, Node } from '../../rule.js';
import { unwrap } from './resolve.js';

/** A short, one-line description of where an argument comes from, for messages: `req.query.expr`, `userInput`. */
export function describe(ctx: Pick<CodeContext, 'text'>, node: Node): string {
  const n = unwrap(node) ?? node;
  const raw = ctx.text(n).replace(/\s+/g, ' ').trim();
  const short = raw.length > 60 ? `${raw.slice(0, 57)}...` : raw;
  return `\`${short.replace(/`/g, "'")}\``;
}
