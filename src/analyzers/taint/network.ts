// Network responses as a source, for the taint engine: the value of an HTTP client call (`fetch(u)`, `axios.get(u)`,
// `got(u)`, an `axios.create()` instance's `api.get(u)`) is the response a server sent, so its body
// (`await (await fetch(u)).json()`, `res.json().then((d) => …)`, `(await axios.get(u)).data`, `const { data } =
// await axios(…)`) is untrusted. Issue 17 asks for it at URL and command sinks, so it is a low-trust source of generic
// sinks that provenance.ts grades untrusted for a `command` sink only (a page's own JSON rendered as HTML stays
// unknown), and never a source of a path sink.
import type { TSESTree } from '@typescript-eslint/types';
import type { Resolver } from '../code/resolve.js';
import { propertyName, unwrap } from '../code/resolve.js';
import type { Spec } from './sources.js';

type Node = TSESTree.Node;

/** HTTP client functions whose result is (a promise of) the response. */
const CLIENTS =
  /^(fetch|node-fetch|cross-fetch|isomorphic-fetch|isomorphic-unfetch|undici\.(fetch|request)|ofetch(\.ofetch|\.\$fetch)?|\$fetch|axios|got|ky|superagent|needle|phin|redaxios)$/;
/** Their methods that send a request (`axios.get`, `got.post`, `ky.get`, `superagent.get`). */
const VERBS = /^(get|post|put|patch|delete|head|options|request|del|raw|native)$/;
/** Factories of a preconfigured client (`axios.create({ baseURL })`, `got.extend()`, `ky.create()`). */
const FACTORIES = /^(axios|got|ky|ofetch)\.(create|extend)$/;

/** `api` is `const api = axios.create(…)` (or an `extend` of got/ky). */
function isClientInstance(node: Node | undefined, resolver: Resolver, constInit: (id: TSESTree.Identifier) => Node | undefined): boolean {
  const n = unwrap(node);
  const init = n?.type === 'Identifier' ? constInit(n) : undefined;
  return init?.type === 'CallExpression' && FACTORIES.test(resolver.canonical(init.callee) ?? '');
}

/** The call sends an HTTP request and its value is the response. */
export function isNetworkCall(call: TSESTree.CallExpression, resolver: Resolver, constInit: (id: TSESTree.Identifier) => Node | undefined): boolean {
  const canon = resolver.canonical(call.callee)?.replace(/\.default(?=\.|$)/, '');
  if (canon !== undefined) {
    if (CLIENTS.test(canon)) return true;
    const dot = canon.lastIndexOf('.');
    if (dot > 0 && CLIENTS.test(canon.slice(0, dot)) && VERBS.test(canon.slice(dot + 1))) return true;
  }
  const callee = unwrap(call.callee);
  if (callee?.type !== 'MemberExpression') return false;
  const verb = propertyName(callee);
  if (verb === undefined || !VERBS.test(verb)) return false;
  return isClientInstance(callee.object, resolver, constInit);
}

/** What the engine reports as the source. */
export const NETWORK_RESPONSE: Spec = { kind: 'whole', what: 'network response', trust: 'low' };
