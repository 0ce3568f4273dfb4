import { describe, expect, it } from 'vitest';
import { gradeFor } from '../src/kit.js';

describe('gradeFor', () => {
  it('untrusted keeps the base severity', () => {
    expect(gradeFor({ kind: 'untrusted' }, 'critical')).toBe('critical');
    expect(gradeFor({ kind: 'untrusted' }, 'medium')).toBe('medium');
  });
  it('library-input is capped at high', () => {
    expect(gradeFor({ kind: 'library-input' }, 'critical')).toBe('high');
    expect(gradeFor({ kind: 'library-input' }, 'high')).toBe('high');
    expect(gradeFor({ kind: 'library-input' }, 'medium')).toBe('medium');
  });
  it('unknown is low (never raised above the base)', () => {
    expect(gradeFor({ kind: 'unknown' }, 'critical')).toBe('low');
    expect(gradeFor({ kind: 'unknown' }, 'low')).toBe('low');
    expect(gradeFor({ kind: 'unknown' }, 'info')).toBe('info');
  });
  it('trusted gives no finding', () => {
    expect(gradeFor({ kind: 'trusted', origin: '__dirname' }, 'critical')).toBeUndefined();
  });
});
