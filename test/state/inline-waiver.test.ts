import { describe, expect, it } from 'vitest';
import { waiverOfAnnotation, waiverOfComment } from '../../src/state/inline-waiver.ts';

const FILE = 'infra/aks.tf';

describe('a waiver in a Terraform comment', () => {
  it.each([
    ['#', '# aks-audit:waive aks-local-accounts-disabled reason="Break-glass access for on-call" owner=platform-oncall expires=2027-03-31 ticket=SEC-12'],
    ['//', '// aks-audit:waive aks-local-accounts-disabled reason="Break-glass access for on-call" owner=platform-oncall expires=2027-03-31 ticket=SEC-12'],
    ['/* */', '/* aks-audit:waive aks-local-accounts-disabled reason="Break-glass access for on-call" owner=platform-oncall expires=2027-03-31 ticket=SEC-12 */'],
  ])('reads every field from a %s comment, with its file and line', (_, comment) => {
    expect(waiverOfComment(comment, FILE, 12)).toEqual({
      kind: 'terraform',
      ruleId: 'aks-local-accounts-disabled',
      reason: 'Break-glass access for on-call',
      owner: 'platform-oncall',
      expires: '2027-03-31',
      ticket: 'SEC-12',
      file: FILE,
      line: 12,
      text: expect.stringContaining('aks-audit:waive aks-local-accounts-disabled'),
    });
  });

  it('needs only the rule and a reason; a bare word is a value up to the next space', () => {
    expect(waiverOfComment('#aks-audit:waive k8s-not-privileged reason=CNI', FILE, 3)).toMatchObject({ ruleId: 'k8s-not-privileged', reason: 'CNI', owner: null, expires: null, ticket: null });
    expect(waiverOfComment('# aks-audit:waive k8s-not-privileged reason="say \\"hi\\" \\\\ bye"', FILE, 3)?.reason).toBe('say "hi" \\ bye');
  });

  it.each([
    ['# a comment about the cluster'],
    ['# see aks-audit:waive in the README'],
    ['# aks-audit:waiver-policy is documented elsewhere'],
  ])('is not a waiver when the comment does not start with the marker: %s', (comment) => {
    expect(waiverOfComment(comment, FILE, 1)).toBeUndefined();
  });

  it.each([
    ['# aks-audit:waive', 'no rule id'],
    ['# aks-audit:waive reason="forgot the rule"', 'no rule id'],
    ['# aks-audit:waive AKS_Local reason="x"', "'AKS_Local' is not a rule id"],
    ['# aks-audit:waive aks-local-accounts-disabled', 'no reason: a waiver says why the risk is accepted'],
    ['# aks-audit:waive aks-local-accounts-disabled owner=me expires=2027-01-01', 'no reason: a waiver says why the risk is accepted'],
    ['# aks-audit:waive aks-local-accounts-disabled reason=', 'no reason: a waiver says why the risk is accepted'],
    ['# aks-audit:waive aks-local-accounts-disabled reason="   "', 'no reason: a waiver says why the risk is accepted'],
    ['# aks-audit:waive aks-local-accounts-disabled reason="x" expires=2027-02-30', "expires '2027-02-30' is not a date (YYYY-MM-DD)"],
    ['# aks-audit:waive aks-local-accounts-disabled reason="x" expires=31/03/2027', "expires '31/03/2027' is not a date (YYYY-MM-DD)"],
    ['# aks-audit:waive aks-local-accounts-disabled reason="x" until=2027-01-01', "unknown key 'until' (reason, owner, expires, ticket)"],
    ['# aks-audit:waive aks-local-accounts-disabled reason="x" reason="y"', 'reason is given twice'],
    ['# aks-audit:waive aks-local-accounts-disabled reason="never closed', 'the quoted reason is not closed'],
    ['# aks-audit:waive aks-local-accounts-disabled because reasons', "cannot read 'because reasons': expected key=value (reason, owner, expires, ticket)"],
    ['# aks-audit:waive aks-local-accounts-disabled reason="a"owner=b', 'expected a space after reason'],
  ])('cannot waive, and says why: %s', (comment, problem) => {
    const waiver = waiverOfComment(comment, FILE, 7);
    expect(waiver?.problem).toBe(problem);
    expect(waiver).toMatchObject({ kind: 'terraform', file: FILE, line: 7 });
  });

  it('bounds hostile text: an overlong waiver is refused, and the text a report quotes is cut', () => {
    const long = `# aks-audit:waive aks-local-accounts-disabled reason="${'x'.repeat(50_000)}"`;
    const waiver = waiverOfComment(long, FILE, 1)!;
    expect(waiver.problem).toBe('longer than 1000 characters');
    expect(waiver.reason).toBeNull();
    expect(waiver.text.length).toBeLessThanOrEqual(300);
    expect(waiverOfComment(`# aks-audit:waive ${'a'.repeat(500)} reason="x"`, FILE, 1)!.problem).toMatch(/^'a+…' is not a rule id$/);
  });

  it('shows control and bidi characters as escapes, in the values and in the quoted text', () => {
    const waiver = waiverOfComment('# aks-audit:waive aks-local-accounts-disabled reason="ok\u001b[2J\u202eevil" owner="a\u0007b"', FILE, 1)!;
    expect(waiver.problem).toBeUndefined();
    expect(waiver.reason).toBe('ok\\u001b[2J\\u202eevil');
    expect(waiver.owner).toBe('a\\u0007b');
    for (const c of ['\u001b', '\u0007', '\u202e']) expect(waiver.text).not.toContain(c);
  });
});

describe('a waiver in a Kubernetes annotation', () => {
  const place = { file: 'k8s/csi.yaml', line: 4 };

  it('takes the rule from the key and the fields from the value', () => {
    expect(waiverOfAnnotation('aks-audit.dev/waive.k8s-not-privileged', 'reason="The CSI driver mounts host volumes" owner=storage-team expires=2027-06-30', place)).toEqual({
      kind: 'kubernetes',
      ruleId: 'k8s-not-privileged',
      reason: 'The CSI driver mounts host volumes',
      owner: 'storage-team',
      expires: '2027-06-30',
      ticket: null,
      ...place,
      text: 'aks-audit.dev/waive.k8s-not-privileged: reason="The CSI driver mounts host volumes" owner=storage-team expires=2027-06-30',
    });
  });

  it('takes a bare value as the reason', () => {
    expect(waiverOfAnnotation('aks-audit.dev/waive.k8s-host-path-mounts', '  The node exporter reads /proc  ', {})).toMatchObject({ ruleId: 'k8s-host-path-mounts', reason: 'The node exporter reads /proc', owner: null });
  });

  it('ignores every other annotation, and refuses an empty rule or value', () => {
    expect(waiverOfAnnotation('kubectl.kubernetes.io/last-applied-configuration', '{"secret":"hunter2"}', {})).toBeUndefined();
    expect(waiverOfAnnotation('aks-audit.dev/waive.', 'reason=x', {})?.problem).toBe('no rule id');
    expect(waiverOfAnnotation('aks-audit.dev/waive.k8s-not-privileged', '', {})?.problem).toBe('no reason: a waiver says why the risk is accepted');
  });
});
