import { describe, expect, it } from 'vitest';
import { nearest } from '../../src/lib/nearest.ts';

describe('the nearest name', () => {
  it('suggests the nearest name for a typo, and nothing for a word far from every name', () => {
    expect(nearest('aks-uptime-sla-enabld', ['aks-uptime-sla-enabled', 'aks-managed-identity'])).toBe('aks-uptime-sla-enabled');
    expect(nearest('colour', ['aks-uptime-sla-enabled'])).toBeUndefined();
  });
});
