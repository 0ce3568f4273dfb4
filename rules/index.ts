// The registry: explicit, sorted imports (a test checks them against the files under rules/).
import type { Rule } from '../src/rule.js';
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
import codeUnsafeHtml from './code/unsafe-html.js';
import codeVmInjection from './code/vm-injection.js';
import codeWeakCrypto from './code/weak-crypto.js';

export const rules: readonly Rule[] = [
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
  codeUnsafeHtml,
  codeVmInjection,
  codeWeakCrypto,
];
