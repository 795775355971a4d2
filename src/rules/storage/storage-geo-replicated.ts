import { evidence, unknownReason } from '../../engine/evidence.ts';
import { defineRule } from '../../engine/rule.ts';

/** Redundancy (the SKU name's part after `_`) that keeps a copy in the paired region. */
const GEO = new Set(['GRS', 'RAGRS', 'GZRS', 'RAGZRS']);
const LOCAL = new Set(['LRS', 'ZRS']);

/** The account replicates its data to the paired region (GRS, RA-GRS, GZRS or RA-GZRS). */
export default defineRule({
  id: 'storage-geo-replicated',
  check(ctx) {
    for (const account of ctx.state.storageAccounts) {
      const sku = evidence(account, 'sku');
      const [tier, redundancy] = account.sku?.toUpperCase().split('_') ?? [];
      const subject = `Storage account ${account.name}`;
      if (account.sku === null) ctx.unknown(account, unknownReason(sku), [sku]);
      else if (redundancy !== undefined && GEO.has(redundancy)) ctx.pass(account, `${subject} is ${account.sku}: its data is replicated to the paired region`, [sku]);
      else if (tier === 'PREMIUM' && redundancy !== undefined && LOCAL.has(redundancy)) {
        ctx.fail(account, `${subject} is ${account.sku}: Premium accounts offer no geo-redundancy, so its data stays in one region; copy it elsewhere (object replication) or use a Standard geo-redundant account`, [sku]);
      } else if (redundancy !== undefined && LOCAL.has(redundancy)) ctx.fail(account, `${subject} is ${account.sku}: its data stays in one region and is lost with it`, [sku]);
      else ctx.unknown(account, `${subject} has SKU "${account.sku}", not one whose redundancy is known`, [sku]);
    }
  },
});
