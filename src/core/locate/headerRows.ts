import type { Label } from '../vocabulary/classify';
import type { Role } from '../vocabulary/vocabulary';

/** A row of column headers: the funds block's, or the indicator table's. */
export type HeaderKind = 'fundsHeader' | 'tableHeader';

const AMOUNTS: readonly Role[] = ['initial', 'adjusted', 'annual', 'executed'];
/** The roles an indicator table's columns can have. */
export const TABLE_COLUMNS: readonly Role[] = [
  'indicators',
  'level1',
  'level2',
  'level3',
  'target',
  'adjustedTarget',
  'actual',
  'weight',
  'score',
  'reason',
  'remedy',
  'operator',
  'measure',
  'coefficient',
];
/** The roles of any column header of a funds block or an indicator table. */
export const COLUMN_ROLES: ReadonlySet<Role> = new Set<Role>([...TABLE_COLUMNS, ...AMOUNTS, 'rate']);
/** The roles that head a column of a funds block or an indicator table: one of them twice on a row starts another form's. */
export const HEADER_ROLES: ReadonlySet<Role> = new Set<Role>(['level1', 'level2', 'level3', 'target', 'actual', ...AMOUNTS]);
// The columns that name or set an indicator: a table's header has one of them.
const NAMING: readonly Role[] = ['indicators', 'level1', 'level2', 'level3', 'target', 'adjustedTarget'];

/**
 * What a row of labels heads, if anything, and the index of the label where it starts: a funds block's columns (two
 * amounts, or an amount and 执行率) start at the first amount; an indicator table's (three of its columns, one of them
 * naming or setting the indicators) at the first of those.
 */
export function headerKind(labels: readonly Label[]): { kind: HeaderKind; first: number } | null {
  const has = (r: Role) => labels.some((l) => l.roles.includes(r));
  const count = (list: readonly Role[]) => list.reduce((n, r) => n + (has(r) ? 1 : 0), 0);
  const firstOf = (list: readonly Role[]) => labels.findIndex((l) => l.roles.some((r) => list.includes(r)));
  if (count(NAMING) > 0 && count(TABLE_COLUMNS) >= 3) return { kind: 'tableHeader', first: firstOf(NAMING) };
  const amounts = count(AMOUNTS);
  if (amounts >= 2 || (amounts === 1 && has('rate'))) return { kind: 'fundsHeader', first: firstOf(AMOUNTS) };
  return null;
}
