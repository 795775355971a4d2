import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendOutputs, printUntrusted, workflowCommand } from '../../src/action/workflow-commands.ts';
import { parseOutputs, parseStdout } from '../helpers/action-runner.ts';

describe('workflow commands', () => {
  it('escapes a message and its properties so that each stays one command with its own values', () => {
    const hostile = 'name: a, b\n::add-mask::secret\r%0A';
    const line = workflowCommand('error', { file: 'infra/a,b:c.tf', line: 3, title: hostile }, hostile);
    expect(line.split('\n')).toHaveLength(1);
    expect(parseStdout(line).commands).toEqual([{ name: 'error', properties: { file: 'infra/a,b:c.tf', line: '3', title: hostile.replace('\r', '\\u000d') }, message: hostile.replace('\r', '\\u000d') }]);
  });

  it('shows terminal control characters escaped, never passes them on', () => {
    expect(workflowCommand('warning', {}, 'red \u001b[31m and \u202e reversed')).toBe('::warning::red \\u001b[31m and \\u202e reversed');
  });

  it('leaves out properties without a value', () => {
    expect(workflowCommand('notice', { file: undefined, line: 4 }, 'm')).toBe('::notice line=4::m');
  });

  it('prints text from the input with command processing stopped, so a line of it is never obeyed', () => {
    const printed: string[] = [];
    printUntrusted(['resource ::add-mask::x', '::error::injected'], (l) => printed.push(l));
    const { commands, log } = parseStdout(printed.join('\n'));
    expect(commands).toEqual([]);
    expect(log).toEqual(['resource ::add-mask::x', '::error::injected']);
    expect(printed[0]).toMatch(/^::stop-commands::[0-9a-f-]{36}$/);
  });

  it('writes outputs as delimited blocks, so any value (lines, "=", "<<") reads back as written', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'aks-audit-output-')), 'output');
    const outputs = { plain: '3', lines: 'a\nb=c\nname<<EOF', empty: '' };
    appendOutputs(file, outputs);
    appendOutputs(file, { more: 'x' });
    expect(parseOutputs(readFileSync(file, 'utf8'))).toEqual({ ...outputs, more: 'x' });
  });
});
