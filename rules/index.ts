// The registry: explicit, sorted imports (a test checks them against the files under rules/).
import type { Rule } from '../src/rule.js';
import codeEvalInjection from './code/eval-injection.js';
import codeFunctionConstructor from './code/function-constructor.js';
import codeStringTimer from './code/string-timer.js';
import codeSuppressionWithoutReason from './code/suppression-without-reason.js';
// Secret detectors are data (rules/secret/*.yaml), loaded and checked by their own module.
import { secretRules } from './secret/index.js';

export const rules: readonly Rule[] = [codeEvalInjection, codeFunctionConstructor, codeStringTimer, codeSuppressionWithoutReason, ...secretRules];
