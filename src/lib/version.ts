import pkg from '../../package.json' with { type: 'json' };

export const TOOL = { name: 'aks-audit', version: pkg.version } as const;
