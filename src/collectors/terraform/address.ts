/**
 * Terraform addresses and references, read as traversals: `module.envs["prod"].azurerm_subnet.nodes[0]`,
 * `var.subnet_id`, `module.net[0].subnet_id`, `azurerm_subnet.nodes.id`. Instance keys may hold dots
 * and brackets (`["a.b"]`), so a split on `.` would not do.
 */

/** One name of a traversal, with its index when it has a literal one (`[0]`, `["prod"]`) in the form addresses print it. */
export interface Step {
  name: string;
  index?: string;
}

const NAME = /[A-Za-z_][A-Za-z0-9_-]*/y;
const NUMBER = /\d+\]/y;
const QUOTED = /"(?:[^"\\]|\\.)*"\]/y;

/** The steps of a traversal, or undefined when it is not one. A splat or computed index (`[*]`, `[count.index]`) ends the literal part: the steps before it are kept. */
export function parseTraversal(text: string): Step[] | undefined {
  const { steps } = traverse(text);
  return steps.length ? steps : undefined;
}

/** The literal steps at the start of `text`, and whether they are all of it. */
function traverse(text: string): { steps: Step[]; complete: boolean } {
  const steps: Step[] = [];
  let i = 0;
  while (i < text.length) {
    if (steps.length > 0) {
      if (text[i] !== '.') return { steps, complete: false };
      i++;
    }
    NAME.lastIndex = i;
    const name = NAME.exec(text)?.[0];
    if (name === undefined) return { steps, complete: false };
    i += name.length;
    const step: Step = { name };
    steps.push(step);
    if (text[i] !== '[') continue;
    const index = literalIndex(text, i + 1);
    if (index === undefined) return { steps, complete: false };
    step.index = index.text;
    i = index.end;
  }
  return { steps, complete: true };
}

/** `[0]` or `["key"]` starting after the `[`, re-quoted as addresses print it; undefined for anything else. */
function literalIndex(text: string, from: number): { text: string; end: number } | undefined {
  for (const pattern of [NUMBER, QUOTED]) {
    pattern.lastIndex = from;
    const match = pattern.exec(text)?.[0];
    if (match === undefined) continue;
    const inner = match.slice(0, -1);
    if (pattern === NUMBER || !inner.includes('\\')) return { text: `[${inner}]`, end: from + match.length };
    try {
      return { text: `[${JSON.stringify(JSON.parse(inner) as string)}]`, end: from + match.length };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export interface ResourceAddress {
  /** Module instance path, empty at the root: `module.envs["prod"].module.aks`. */
  module: string;
  mode: 'managed' | 'data';
  type: string;
  name: string;
  /** `[0]`, `["key"]`. */
  index?: string;
}

/** A resource instance's address, or undefined when the text is not one. */
export function parseAddress(address: string): ResourceAddress | undefined {
  const { steps, complete } = traverse(address);
  if (!complete) return undefined;
  let i = 0;
  const modules: string[] = [];
  while (steps[i]?.name === 'module' && steps[i + 1] && !steps[i]?.index) {
    modules.push(stepsText(steps.slice(i, i + 2)));
    i += 2;
  }
  const mode = steps[i]?.name === 'data' && !steps[i]?.index ? 'data' : 'managed';
  if (mode === 'data') i++;
  const [type, name] = [steps[i], steps[i + 1]];
  if (!type || !name || type.index || i + 2 !== steps.length) return undefined;
  return { module: modules.join('.'), mode, type: type.name, name: name.name, ...(name.index ? { index: name.index } : {}) };
}

export function stepsText(steps: readonly Step[]): string {
  return steps.map((s) => s.name + (s.index ?? '')).join('.');
}

/** The address of a module's block, every instance key dropped: `module.envs.module.aks.azurerm_kubernetes_cluster.main`. */
export function configurationAddress(address: string): string {
  const steps = parseTraversal(address);
  return steps ? steps.map((s) => s.name).join('.') : address;
}
