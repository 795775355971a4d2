import { addedCapabilities, capabilityName, droppedCapabilities } from '../lib/capabilities.ts';
import { containerRule, setting } from '../factories/container-rule.ts';

interface Params {
  allowedCapabilities: string[];
}

/**
 * Every container drops ALL capabilities and adds back only allowed ones (by default
 * NET_BIND_SERVICE, as the restricted Pod Security Standard). Dropping a list of named capabilities
 * is not enough: the runtime's default set changes, and only ALL is a closed list.
 */
export default containerRule<Params>({
  id: 'k8s-capabilities-dropped',
  pass: 'drops ALL capabilities and adds none beyond the allowed ones',
  judge(_workload, c, params) {
    const path = `${c.path}.securityContext.capabilities`;
    const capabilities = c.container.securityContext?.capabilities;
    const evidence = [setting(`${path}.drop`, capabilities?.drop), ...(capabilities?.add?.length ? [setting(`${path}.add`, capabilities.add)] : [])];
    const allowed = new Set(params.allowedCapabilities.map(capabilityName));
    const problems: string[] = [];
    if (!droppedCapabilities(c.container).includes('ALL')) problems.push('does not drop ALL capabilities');
    const added = addedCapabilities(c.container).filter((name) => !allowed.has(name));
    if (added.includes('ALL')) problems.push('adds ALL capabilities');
    else if (added.length) problems.push(`adds ${added.join(', ')}`);
    return { problem: problems.length ? problems.join(' and ') : null, evidence };
  },
});
