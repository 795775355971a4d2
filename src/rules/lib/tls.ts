/**
 * TLS versions as Azure services spell them: `1.2` (SQL, Redis, Storage), `TLS1_2` (Storage,
 * App Service), `TLSv1.2` (MySQL), `Tls12`; `None` (Azure SQL: no minimum) ranks below all.
 */
export function tlsRank(text: string): number | undefined {
  const value = text.trim();
  if (value.toLowerCase() === 'none') return 0;
  const match = /^(?:tls\s*v?)?(\d)[._]?(\d)$/i.exec(value);
  return match ? Number(match[1]) * 10 + Number(match[2]) : undefined;
}

/** True when `value` is at least `minimum`; undefined when either is not a TLS version. */
export function meetsTlsMinimum(value: string, minimum: string): boolean | undefined {
  const have = tlsRank(value);
  const want = tlsRank(minimum);
  return have === undefined || want === undefined ? undefined : have >= want;
}
