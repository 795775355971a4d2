import { evidence, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';
import { builtInRoleNamed } from '../../state/built-in-roles.ts';
import { describeIdentity, PRINCIPALS } from '../analyses/principals.ts';
import { describeScope, unknownRole } from '../lib/role-assignments.ts';

const BROAD = new Set(['subscription', 'managementGroup']);
const PEOPLE = new Set(['user', 'group', 'foreigngroup']);

/**
 * No service principal with a credential someone keeps (an app registration's secret or
 * certificate) holds Owner, Contributor or access administration over a whole subscription or
 * management group: that credential is long-lived, copied into pipelines, and runs everything.
 * Managed identities have no such credential; users and groups are left to access reviews.
 */
export default defineRule({
  id: 'identity-service-principal-privileged-role',
  check(ctx) {
    const principals = ctx.analysis(PRINCIPALS);
    for (const assignment of ctx.state.roleAssignments) {
      const scope = evidence(assignment, 'scopeLevel');
      const role = evidence(assignment, 'roleName');
      const principal = [evidence(assignment, 'principalId'), evidence(assignment, 'principalType')];
      const all = [scope, role, ...principal];
      const level = assignment.scopeLevel;
      if (level !== null && !BROAD.has(level)) {
        ctx.notApplicable(assignment, `scoped to a ${level === 'resourceGroup' ? 'resource group' : 'single resource'}, not a subscription or management group`);
        continue;
      }
      const known = assignment.roleName === null ? undefined : builtInRoleNamed(assignment.roleName);
      if (known && !known.privileged) {
        ctx.notApplicable(assignment, `${known.name} grants neither full control nor access administration`);
        continue;
      }
      const type = assignment.principalType?.toLowerCase();
      if (type !== undefined && PEOPLE.has(type)) {
        ctx.notApplicable(assignment, `the principal is a ${assignment.principalType}, not a service principal`);
        continue;
      }
      if (level === null) {
        ctx.unknown(assignment, unknownReason(scope), all);
      } else if (!known) {
        ctx.unknown(assignment, unknownRole(assignment), all);
      } else {
        const identities = principals.of(assignment);
        const where = describeScope(assignment);
        if (identities.length) {
          ctx.pass(assignment, `${known.name} at ${where} is held by a managed identity (${describeIdentity(identities[0]!)}), which has no credential to leak`, all);
        } else if (type === 'serviceprincipal') {
          ctx.fail(assignment, `Service principal ${assignment.principalId ?? assignment.principalResourceId ?? '(not named)'} holds ${known.name} at ${where} and is no managed identity of the scanned estate: its secret or certificate controls all of it`, all);
        } else if (type === undefined) {
          ctx.unknown(assignment, `${known.name} at ${where}: the principal is no managed identity of the scanned estate and ${unknownReason(principal[1]!)}`, all);
        } else {
          ctx.unknown(assignment, `${known.name} at ${where} is held by a principal of type ${assignment.principalType}, which this check does not know`, all);
        }
      }
    }
  },
});
