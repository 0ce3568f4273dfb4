// The PreToolUse hook's answer (Claude Code hooks): a deny with its reason, one JSON line on stdout.

/** The JSON line that denies a tool call, with `reason` (already scrubbed of secrets) shown to the agent. */
export function toHookDenial(reason: string | undefined): string {
  return `${JSON.stringify({ hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: 'deny', permissionDecisionReason: reason } })}\n`;
}
