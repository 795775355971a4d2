import { describe, expect, it } from 'vitest';
import { cached, pushTo } from '../../src/lib/maps.ts';

describe('pushTo', () => {
  it('groups values under their key, in the order they came', () => {
    const byZone = new Map<string, string[]>();
    for (const [zone, vm] of [['1', 'a'], ['2', 'b'], ['1', 'c']] as const) pushTo(byZone, zone, vm);
    expect([...byZone]).toEqual([['1', ['a', 'c']], ['2', ['b']]]);
  });
});

describe('cached', () => {
  it('makes a value once per key and keeps it, null included', () => {
    const made: string[] = [];
    const parsed = new Map<string, number | null>();
    const parse = (text: string): number | null => cached(parsed, text, () => (made.push(text), /^\d+$/.test(text) ? Number(text) : null));
    expect([parse('33'), parse('x'), parse('33'), parse('x')]).toEqual([33, null, 33, null]);
    expect(made).toEqual(['33', 'x']);
  });

  it('works over a WeakMap keyed by objects', () => {
    const byObject = new WeakMap<object, string[]>();
    const key = {};
    cached(byObject, key, () => []).push('first');
    cached(byObject, key, () => []).push('second');
    expect(byObject.get(key)).toEqual(['first', 'second']);
  });
});
