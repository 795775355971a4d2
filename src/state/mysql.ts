import type { PrivateLinkTarget } from './platform.ts';

// Placeholder: the family's own fields come with its adapter.
export type MySqlFlexibleServer = PrivateLinkTarget;
