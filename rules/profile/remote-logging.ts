import { defineControl, isMap, noConfig, isScalar, isUnknown, profileExample, sub, truthy, type ProfileEvaluator } from '../../src/kit.js';

export default defineControl({
  id: 'remote-logging',
  title: 'Remote logging missing or not over https',
  severity: 'medium',
  cwe: 'CWE-319',
  why: 'Logs shipped in clear text leak; enterprise requires remote logging so a compromised host cannot erase its trail.',
  fix: 'set `remoteLogging: { enabled: true, endpoint: "https://…" }`.',
  bad: [profileExample({ remoteLogging: '{ enabled: true, endpoint: "http://logs.example.com/ingest" }' })],
  good: [profileExample({ remoteLogging: '{ enabled: false }' }, { note: 'production: only if enabled' })],
  evaluate(ev: ProfileEvaluator): void {
    const rl = ev.spec['remote-logging']!;
    if (rl.mode === 'off') ev.push('remote-logging', 'not-applicable', `not required by ${ev.profile}`, 'not checked');
    else if (!ev.config)
      ev.push(
        'remote-logging',
        rl.mode === 'required' ? 'unknown' : 'not-applicable',
        rl.mode === 'required' ? 'enabled, https endpoint' : 'if enabled: https endpoint',
        noConfig(ev.profile),
      );
    else {
      const required = rl.mode === 'required' ? 'enabled, https endpoint' : 'if enabled: https endpoint';
      let f = ev.find('remoteLogging', 'remoteLog', 'logShipping', 'remoteLogger', 'logForwarding');
      if (!f) {
        const lg = ev.find('logging');
        if (lg && isMap(lg.node)) f = sub(lg.node, 'remote', 'remoteEndpoint', 'endpoint');
      }
      const node = f?.node;
      const enabledNode = isMap(node) ? sub(node, 'enabled') : undefined;
      const endpoint = isMap(node)
        ? sub(node, 'endpoint', 'url', 'host', 'uri', 'target')
        : node && isScalar(node) && typeof node.value === 'string'
          ? f
          : undefined;
      const enabled = enabledNode ? truthy(enabledNode.node) : isMap(node) ? endpoint !== undefined : node ? (truthy(node) ?? endpoint !== undefined) : false;
      if (f && isUnknown(f.node))
        ev.push('remote-logging', 'unknown', required, 'unknown', [ev.at(f.node.range[0], 'remote-logging cannot be read statically.')]);
      else if (!enabled) {
        if (rl.mode === 'required')
          ev.push('remote-logging', 'fail', required, 'disabled', [
            ev.at(enabledNode ? enabledNode.node.range[0] : f ? f.node.range[0] : undefined, 'Remote logging is not enabled.'),
          ]);
        else ev.push('remote-logging', 'not-applicable', required, 'disabled');
      } else {
        const url = endpoint && isScalar(endpoint.node) && typeof endpoint.node.value === 'string' ? endpoint.node.value : undefined;
        if (endpoint && isUnknown(endpoint.node))
          ev.push('remote-logging', 'unknown', required, 'unknown', [ev.at(endpoint.node.range[0], 'The remote-logging endpoint is read at run time.')]);
        else if (url && /^https:\/\//i.test(url))
          ev.push('remote-logging', 'pass', required, url, [ev.at(endpoint!.node.range[0], 'Remote logging ships over https.')]);
        else
          ev.push('remote-logging', 'fail', required, url ?? 'no endpoint', [
            ev.at(
              endpoint ? endpoint.node.range[0] : f!.keyRange[0],
              url ? `Remote logging endpoint \`${url}\` is not https.` : 'Remote logging is enabled without an endpoint.',
            ),
          ]);
      }
    }
  },
});
