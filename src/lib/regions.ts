/** Whether two spellings name one Azure region: `Japan East` (a display name) and `japaneast`. Unknown (null) matches nothing. */
export function sameRegion(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && regionKey(a) === regionKey(b);
}

function regionKey(region: string): string {
  return region.replace(/\s+/g, '').toLowerCase();
}
