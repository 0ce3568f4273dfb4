// The registry: explicit, sorted imports (a test checks them against the files under rules/).
import type { Rule } from '../src/rule.js';
// Secret detectors are data (rules/secret/*.yaml), loaded and checked by src/analyzers/secrets/load.ts.
import { secretRules } from '../src/analyzers/secrets/load.js';
import agentAgentAllTools from './agent/agent-all-tools.js';
import agentAgentWildcardPermission from './agent/agent-wildcard-permission.js';
import agentApiEndpointRedirect from './agent/api-endpoint-redirect.js';
import agentBashWildcardAllow from './agent/bash-wildcard-allow.js';
import agentBypassPermissionsMode from './agent/bypass-permissions-mode.js';
import agentDownloadAndRun from './agent/download-and-run.js';
import agentDuplicateKey from './agent/duplicate-key.js';
import agentFileWriteWildcardAllow from './agent/file-write-wildcard-allow.js';
import agentHookDownloadExec from './agent/hook-download-exec.js';
import agentHookSecretExfil from './agent/hook-secret-exfil.js';
import agentHookUnpinnedLauncher from './agent/hook-unpinned-launcher.js';
import agentInlineSecret from './agent/inline-secret.js';
import agentInsecureFileMode from './agent/insecure-file-mode.js';
import agentLaunchWithoutPermissions from './agent/launch-without-permissions.js';
import agentMcpAutoApprove from './agent/mcp-auto-approve.js';
import agentMcpAutoEnable from './agent/mcp-auto-enable.js';
import agentMcpDockerPrivileged from './agent/mcp-docker-privileged.js';
import agentMcpFilesystemRoot from './agent/mcp-filesystem-root.js';
import agentMcpInsecureUrl from './agent/mcp-insecure-url.js';
import agentMcpSensitiveEnvPassthrough from './agent/mcp-sensitive-env-passthrough.js';
import agentMcpShellCommand from './agent/mcp-shell-command.js';
import agentMcpUnpinnedPackage from './agent/mcp-unpinned-package.js';
import agentMemoryUnencrypted from './agent/memory-unencrypted.js';
import agentMissingEnvDeny from './agent/missing-env-deny.js';
import agentNetworkExfilAllow from './agent/network-exfil-allow.js';
import agentPermissionPathTraversal from './agent/permission-path-traversal.js';
import agentProjectStartupCommand from './agent/project-startup-command.js';
import agentPromptInjection from './agent/prompt-injection.js';
import agentSandboxDisabled from './agent/sandbox-disabled.js';
import agentSensitiveFileNotIgnored from './agent/sensitive-file-not-ignored.js';
import agentSensitiveReadAllow from './agent/sensitive-read-allow.js';
import agentSettingsLocalCommitted from './agent/settings-local-committed.js';
import agentShellEscapeAllow from './agent/shell-escape-allow.js';
import agentSkipPermissionsFlag from './agent/skip-permissions-flag.js';
import agentToxicBypassUnpinned from './agent/toxic-bypass-unpinned.js';
import agentToxicSecretRead from './agent/toxic-secret-read.js';
import agentToxicShellEgress from './agent/toxic-shell-egress.js';
import agentUnpinnedAgentAction from './agent/unpinned-agent-action.js';
import agentWorkflowFullOutput from './agent/workflow-full-output.js';
import agentWorkflowPrHeadCheckout from './agent/workflow-pr-head-checkout.js';
import agentWorkflowPromptInjection from './agent/workflow-prompt-injection.js';
import agentWorkflowUntrustedActor from './agent/workflow-untrusted-actor.js';
import agentWorkflowWriteAll from './agent/workflow-write-all.js';
import agentWriteOutsideProject from './agent/write-outside-project.js';
import codeCommandInjection from './code/command-injection.js';
import codeDynamicRequire from './code/dynamic-require.js';
import codeEvalInjection from './code/eval-injection.js';
import codeFunctionConstructor from './code/function-constructor.js';
import codeInsecureRandomness from './code/insecure-randomness.js';
import codePrototypePollution from './code/prototype-pollution.js';
import codeRegexpInjection from './code/regexp-injection.js';
import codeStringTimer from './code/string-timer.js';
import codeSuppressionWithoutReason from './code/suppression-without-reason.js';
import codeTlsVerificationDisabled from './code/tls-verification-disabled.js';
import codeUnanalysedCode from './code/unanalysed-code.js';
import codeUnsafeHtml from './code/unsafe-html.js';
import codeVmInjection from './code/vm-injection.js';
import codeWeakCrypto from './code/weak-crypto.js';
import pathBrokenGuard from './path/broken-guard.js';
import pathTraversal from './path/traversal.js';
import profileAgentFindings from './profile/agent-findings.js';
import profileAuditLog from './profile/audit-log.js';
import profileBypassDisabled from './profile/bypass-disabled.js';
import profileCommandWhitelist from './profile/command-whitelist.js';
import profileConfigPresent from './profile/config-present.js';
import profileDataPermissions from './profile/data-permissions.js';
import profileEncryptionAlgorithm from './profile/encryption-algorithm.js';
import profileEnvProtection from './profile/env-protection.js';
import profileKeyRotation from './profile/key-rotation.js';
import profileLogLevel from './profile/log-level.js';
import profileMemoryDbEncryption from './profile/memory-db-encryption.js';
import profileMemoryIsolation from './profile/memory-isolation.js';
import profileMfa from './profile/mfa.js';
import profileRateLimiting from './profile/rate-limiting.js';
import profileRefreshTokenExpiry from './profile/refresh-token-expiry.js';
import profileRemoteLogging from './profile/remote-logging.js';
import profileResourceLimits from './profile/resource-limits.js';
import profileSensitiveDataMasking from './profile/sensitive-data-masking.js';
import profileTokenExpiry from './profile/token-expiry.js';

export const rules: readonly Rule[] = [
  agentAgentAllTools,
  agentAgentWildcardPermission,
  agentApiEndpointRedirect,
  agentBashWildcardAllow,
  agentBypassPermissionsMode,
  agentDownloadAndRun,
  agentDuplicateKey,
  agentFileWriteWildcardAllow,
  agentHookDownloadExec,
  agentHookSecretExfil,
  agentHookUnpinnedLauncher,
  agentInlineSecret,
  agentInsecureFileMode,
  agentLaunchWithoutPermissions,
  agentMcpAutoApprove,
  agentMcpAutoEnable,
  agentMcpDockerPrivileged,
  agentMcpFilesystemRoot,
  agentMcpInsecureUrl,
  agentMcpSensitiveEnvPassthrough,
  agentMcpShellCommand,
  agentMcpUnpinnedPackage,
  agentMemoryUnencrypted,
  agentMissingEnvDeny,
  agentNetworkExfilAllow,
  agentPermissionPathTraversal,
  agentProjectStartupCommand,
  agentPromptInjection,
  agentSandboxDisabled,
  agentSensitiveFileNotIgnored,
  agentSensitiveReadAllow,
  agentSettingsLocalCommitted,
  agentShellEscapeAllow,
  agentSkipPermissionsFlag,
  agentToxicBypassUnpinned,
  agentToxicSecretRead,
  agentToxicShellEgress,
  agentUnpinnedAgentAction,
  agentWorkflowFullOutput,
  agentWorkflowPrHeadCheckout,
  agentWorkflowPromptInjection,
  agentWorkflowUntrustedActor,
  agentWorkflowWriteAll,
  agentWriteOutsideProject,
  codeCommandInjection,
  codeDynamicRequire,
  codeEvalInjection,
  codeFunctionConstructor,
  codeInsecureRandomness,
  codePrototypePollution,
  codeRegexpInjection,
  codeStringTimer,
  codeSuppressionWithoutReason,
  codeTlsVerificationDisabled,
  codeUnanalysedCode,
  codeUnsafeHtml,
  codeVmInjection,
  codeWeakCrypto,
  pathBrokenGuard,
  pathTraversal,
  // profile/<control>: one rule per security-profile control (rules/profile/<id>.ts; report order: CONTROL_IDS).
  profileAgentFindings,
  profileAuditLog,
  profileBypassDisabled,
  profileCommandWhitelist,
  profileConfigPresent,
  profileDataPermissions,
  profileEncryptionAlgorithm,
  profileEnvProtection,
  profileKeyRotation,
  profileLogLevel,
  profileMemoryDbEncryption,
  profileMemoryIsolation,
  profileMfa,
  profileRateLimiting,
  profileRefreshTokenExpiry,
  profileRemoteLogging,
  profileResourceLimits,
  profileSensitiveDataMasking,
  profileTokenExpiry,
  // secret/<provider-kind>: detectors defined as data in rules/secret/*.yaml.
  ...secretRules,
];
