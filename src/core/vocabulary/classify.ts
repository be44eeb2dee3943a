import type { Dec } from '../calc';
import { labelKey } from '../parse/text';
import { labelMeaning, weightInLabel } from './labelMeaning';
import {
  EXAMPLE_SHEETS,
  FORM_KINDS,
  FUNDS_ENDINGS,
  SOURCE_ENDINGS,
  TITLE_ENDINGS,
  TOTAL_ENDINGS,
  VOCABULARY,
  type Role,
} from './vocabulary';

/** What a label cell names: its roles (more than one where only its place tells, as 合计), and what its marks state. */
export interface Label {
  readonly roles: readonly Role[];
  /** The label folded, without spaces, marks kept: where a unit or a year is read from. */
  readonly key: string;
  /** The weight its marks state: "(20分)" → 20. */
  readonly weight: Dec | null;
  /** The value written after the label in the same cell ("项目名称：农村公路养护"), or null. */
  readonly value: string | null;
}

const ROLES = new Map<string, Role[]>();
for (const [role, spellings] of Object.entries(VOCABULARY) as [Role, readonly string[]][]) {
  for (const s of spellings) {
    const m = labelMeaning(labelKey(s));
    const list = ROLES.get(m) ?? [];
    if (!list.includes(role)) list.push(role);
    ROLES.set(m, list);
  }
}

const YEAR = /^\(?\d{4}年度?\)?$/;
const UNIT = /^(?:金额)?单位:(?:万元|元)$/;
const YEAR_PART = /\(?\d{4}年度?\)?/g;
const REASON_START = ['偏差原因', '未完成原因'];
// A label written with its unit after it, without brackets: "项目资金万元".
const UNIT_END = /(万元|元)$/;
// Roles whose label may carry its value after a colon in the same cell.
const INLINE: ReadonlySet<Role> = new Set<Role>(['project', 'department', 'agency', 'after', 'ignored']);
const LONGEST = 60;

const memo = new Map<string, Label | null>();

/** Classifies a short text as a label of the vocabulary, or null. Long texts are never labels. */
export function classify(text: string): Label | null {
  if (text.length > LONGEST) return null;
  let hit = memo.get(text);
  if (hit === undefined) {
    hit = classifyText(text);
    if (memo.size < 50000) memo.set(text, hit);
  }
  return hit;
}

function classifyText(text: string): Label | null {
  const key = labelKey(text);
  if (key === '') return null;
  const meaning = labelMeaning(key);
  const roles = rolesOf(key, meaning);
  if (roles) return { roles, key, weight: weightInLabel(key), value: null };
  const colon = key.indexOf(':');
  if (colon > 0) {
    const head = labelMeaning(key.slice(0, colon));
    const inline = (ROLES.get(head) ?? []).filter((r) => INLINE.has(r));
    if (inline.length) return { roles: inline, key, weight: null, value: text.slice(text.search(/[:：]/) + 1).trim() };
  }
  return null;
}

function rolesOf(key: string, meaning: string): readonly Role[] | null {
  const exact = ROLES.get(meaning);
  if (exact) return exact;
  if (YEAR.test(key)) return ['year'];
  if (UNIT.test(key)) return ['unit'];
  const untitled = meaning.replace(YEAR_PART, '');
  if (TITLE_ENDINGS.some((e) => untitled.endsWith(e))) return ['title'];
  if (REASON_START.some((s) => meaning.startsWith(s))) return ['reason'];
  const unit = UNIT_END.exec(meaning);
  if (unit) {
    const bare = ROLES.get(meaning.slice(0, -unit[1].length));
    if (bare) return bare;
  }
  if (meaning.length <= 20 && FUNDS_ENDINGS.some((e) => meaning.endsWith(e)) && !/\d/.test(meaning)) return ['funds'];
  if (meaning.length <= 16 && TOTAL_ENDINGS.some((e) => meaning.endsWith(e)) && !/\d/.test(meaning)) return ['fundsTotal'];
  if (meaning.length <= 16 && SOURCE_ENDINGS.some((e) => meaning.endsWith(e)) && !/\d/.test(meaning)) return ['fundsSource'];
  return null;
}

// The head's fields, whose value stands in the next cell.
const FIELDS: readonly Role[] = ['project', 'department', 'agency'];
// Labels that end a header field's value: the next field's label, or a label of a block. A title's words are not among
// them: a project may be named "…项目支出绩效自评表".
const FIELD_STOPS: ReadonlySet<Role> = new Set<Role>([...FIELDS, 'funds', 'ignored', 'after', 'total', 'goals']);

/** Whether a label is a header field's (项目名称, 主管部门, 实施单位) whose value is in the next cell, not after a colon. */
export function opensField(label: Label): boolean {
  return label.value === null && label.roles.some((r) => FIELDS.includes(r));
}

/** Whether a cell right of a header field's label (项目名称) is a label in its own right, not the field's value. */
export function endsField(label: Label | null): boolean {
  return !!label && label.roles.some((r) => FIELD_STOPS.has(r));
}

/** Whether a label names a role. */
export function names(label: Label | null, role: Role): boolean {
  return !!label && label.roles.includes(role);
}

/** The kind of form a title names: 部门整体 and 转移支付 forms; any other title is a project form's. */
export function formKindOf(title: string): 'project' | 'department' | 'transfer' {
  const key = labelKey(title);
  return FORM_KINDS.find((k) => k.words.some((w) => key.includes(w)))?.kind ?? 'project';
}

/** Whether a sheet's name makes it instructions or an example (填表说明, 填报示例): its tables are not submissions. */
export function isExampleSheet(name: string): boolean {
  const key = labelKey(name);
  return EXAMPLE_SHEETS.whole.includes(key) || EXAMPLE_SHEETS.within.some((w) => key.includes(w));
}

/** The unit a label or a "单位：万元" cell names; null when it names none. */
export function unitOf(text: string): '元' | '万元' | null {
  const k = labelKey(text);
  if (k.includes('万元')) return '万元';
  if (k.includes('元')) return '元';
  return null;
}

/** The year named in a title or "(2022 年度)" cell. */
export function yearOf(text: string): number | null {
  const m = /(\d{4})\s*年/.exec(labelKey(text));
  return m ? Number(m[1]) : null;
}
