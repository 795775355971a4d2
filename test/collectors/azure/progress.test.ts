import { describe, expect, it } from 'vitest';
import { newRequestStats } from '../../../src/collectors/azure/connection.ts';
import { startProgress } from '../../../src/collectors/azure/progress.ts';

describe('the live Azure progress line', () => {
  it('hands over plain lines, the last one marked: rewriting it in place is the terminal writer\'s job', () => {
    const shown: Array<[string, boolean]> = [];
    const stats = { ...newRequestStats(), requests: 12345, throttled: 2 };
    const stop = startProgress((line, last) => shown.push([line, last]), stats, { subscriptions: 3, subscriptionsInScope: 4, resources: 1500 });
    stop();
    expect(shown).toEqual([['azure: subscriptions 3/4 · resources 1,500 · requests 12,345 · throttled 2', true]]);
  });
});
