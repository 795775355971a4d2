/**
 * Globs as people write them in config files: `*` matches within one `/`-separated segment, `**`
 * across segments, and a whole `/**` segment (at the end or before `/`) also matches no segment
 * at all, as in .gitignore: `<cluster id>/**` names the cluster and everything below it. Every
 * other character is itself. Case-insensitive on request (Azure names and ids are), so
 * `rg-*-prod` matches `RG-Payments-Prod`.
 */
export function globPattern(glob: string, ignoreCase = false): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; ) {
    if (glob.startsWith('/**', i) && (i + 3 === glob.length || glob[i + 3] === '/')) {
      source += '(?:/.*)?';
      i += 3;
    } else if (glob.startsWith('**', i)) {
      source += '.*';
      i += 2;
    } else {
      source += glob[i] === '*' ? '[^/]*' : glob[i]!.replace(/[\\^$.+?()[\]{}|]/g, '\\$&');
      i += 1;
    }
  }
  return new RegExp(`^${source}$`, ignoreCase ? 'is' : 's');
}
