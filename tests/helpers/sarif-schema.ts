import Ajv from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The official SARIF 2.1.0 schema, as shipped inside @microsoft/sarif-multitool (vendored).
const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../schemas/sarif-2.1.0.json', import.meta.url)), 'utf8'));

let validateFn: ReturnType<InstanceType<typeof Ajv>['compile']> | undefined;

/** Validation errors of a SARIF log against the official schema (empty when valid). */
export function sarifSchemaErrors(log: unknown): string[] {
  if (!validateFn) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    validateFn = ajv.compile(schema);
  }
  return validateFn(log) ? [] : (validateFn.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
