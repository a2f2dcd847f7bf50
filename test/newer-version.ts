import { z } from 'zod';
import { DB_VERSIONS } from '../renderer/src/db/versions';
import { agreementSchema } from '../shared/model/agreement';
import { optionalText, recordBase } from '../shared/model/fields';
import { defineKind } from '../shared/kinds/define';
import { agreementKind } from '../shared/kinds/agreement';
import { withExtraKinds } from '../shared/kinds/registry';
import { formatStamp } from '../shared/clock/hlc';

// A later version of Ponte, for tests of versions that meet: it knows one
// kind more (a site visit) and one field more (an agreement's witness).

export const siteVisitKind = defineKind({
  kind: 'siteVisit',
  schema: z.object({ ...recordBase, place: optionalText() }),
  table: 'siteVisits',
  indexes: ['pairingId'],
  fields: { deleted: 'value', place: 'value' },
  parent: { kind: 'pairing', field: 'pairingId' },
  attachments: [],
  bin: 'listed',
  textLabels: {},
  describe: (v) => v.place,
});

/** The agreement as the newer version declares it: with a witness. */
const newerAgreement = { ...agreementKind, schema: agreementSchema.extend({ witness: optionalText().optional() }), fields: { ...agreementKind.fields, witness: 'value' as const } };

/** Runs `fn` as the newer version. */
export const asNewerVersion = <T>(fn: () => Promise<T>) => withExtraKinds([siteVisitKind, newerAgreement] as never[], fn);

/** The newer app's database: one more version, with the new kind's table. */
export const NEWER_DB_VERSIONS = [...DB_VERSIONS, { version: DB_VERSIONS.length + 1, stores: { siteVisits: 'id, pairingId' } }];

/** A stamp a minute ahead: later than anything the devices of a test write. */
export const newerStamp = (n: number) => formatStamp(Date.now() + 60_000 + n, 0, 'newer');
