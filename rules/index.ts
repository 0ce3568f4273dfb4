// The registry: explicit, sorted imports (a test checks them against the files under rules/).
import type { Rule } from '../src/rule.js';
import codeEvalInjection from './code/eval-injection.js';
import codeFunctionConstructor from './code/function-constructor.js';
import codeStringTimer from './code/string-timer.js';
import codeSuppressionWithoutReason from './code/suppression-without-reason.js';
import pathTraversal from './path/traversal.js';

export const rules: readonly Rule[] = [codeEvalInjection, codeFunctionConstructor, codeStringTimer, codeSuppressionWithoutReason,
  pathTraversal,
];
