import { describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../src/engine/fingerprint.ts';
import type { RecordedFinding } from '../../src/engine/report.ts';
import { compareFindings, type RecordedReport } from '../../src/policy/baseline.ts';
import { renderDiff } from '../../src/reporters/diff.ts';

/** Names and messages come from the input: in a diff they cannot break a table, a line or a terminal. */
const hostile: RecordedFinding = {
  fingerprint: fingerprintOf('aks-local-accounts-disabled', 'x'),
  ruleId: 'aks-local-accounts-disabled',
  status: 'fail',
  severity: 'high',
  resource: { id: 'x', name: 'aks|<img src=x>' },
  message: 'line one\nline two \u001b[31mred\u001b[0m *bold* [link](http://evil)',
};
const side = (findings: RecordedFinding[]): RecordedReport => ({ file: 'r.json', format: 'json', findings, notes: [] });
const diff = { before: side([]), after: side([hostile]), changes: compareFindings([], [hostile]) };

describe('renderDiff', () => {
  it('markdown: one row per finding, its cells escaped', () => {
    const row = renderDiff(diff, 'markdown').split('\n').find((l) => l.includes('aks-local-accounts-disabled'))!;
    expect(row).toBe('| high | `aks-local-accounts-disabled` | aks&#124;&lt;img src=x&gt; | line one line two \\\\u001b\\[31mred\\\\u001b\\[0m \\*bold\\* \\[link\\](http://evil) | new |');
  });

  it('text: one line per finding, control characters shown escaped', () => {
    const lines = renderDiff(diff, 'text').trimEnd().split('\n');
    expect(lines.at(-1)).toBe('  high     aks-local-accounts-disabled  aks|<img src=x>: line one\\u000aline two \\u001b[31mred\\u001b[0m *bold* [link](http://evil)');
  });
});
