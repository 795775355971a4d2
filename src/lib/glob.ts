/**
 * Globs as people write them in config files: `*` matches within one `/`-separated segment, `**`
 * across segments; every other character is itself. Case-insensitive on request (Azure names and
 * ids are), so `rg-*-prod` matches `RG-Payments-Prod`.
 */
export function globPattern(glob: string, ignoreCase = false): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c !== '*') source += c.replace(/[\\^$.+?()[\]{}|]/g, '\\$&');
    else if (glob[i + 1] === '*') {
      source += '.*';
      i++;
    } else source += '[^/]*';
  }
  return new RegExp(`^${source}$`, ignoreCase ? 'is' : 's');
}
