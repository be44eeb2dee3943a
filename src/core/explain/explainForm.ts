import { budgetWeightOf, type FormResult } from '../compute/computeForm';
import { a1, rectA1 } from '../grid/address';
import type { Block, FormKind, Pos, UnreadPart } from '../model';
import { computeForms, type AnalyseOptions } from '../engine';
import type { Grid } from '../grid/grid';
import { DEFAULT_PROFILE, type Profile } from '../profile';
import { unreadParts } from '../rules/formRules';
import type { Role } from '../vocabulary/vocabulary';

/** Where a weight was taken from: a cell, a label's "(20分)", the sum of the indicators' 分值, or the profile. */
export type WeightOrigin = 'cell' | 'label' | 'indicators' | 'profile' | 'none';

/** One weight of a form and where it came from. */
export interface WeightExplained {
  /** 'budget', 'indicators' (the table's own label), 'total', or a first level's name (产出指标 …). */
  part: string;
  value: string | null;
  from: WeightOrigin;
  cell: string | null;
}

/** How one form was read, for `selfeval explain`. */
export interface FormExplanation {
  sheet: string;
  range: string;
  kind: FormKind;
  project: string;
  profile: string;
  /** The cell taken for each role, block by block, in reading order. */
  roles: { block: Block; role: Role; cell: string; text: string }[];
  weights: WeightExplained[];
  /** Every part not read: headers and lines the vocabulary lacks, and parts the form does not have. */
  unread: { part: UnreadPart; cell: string; text: string }[];
}

const BLOCK_ORDER: Block[] = ['head', 'funds', 'goals', 'table', 'total'];
const at = (p: Pos | null): string | null => (p ? a1(p.row, p.col) : null);

/** Explains how a computed form was read: its roles' cells, its weights' origins and what it could not read. */
export function explainForm(result: FormResult, profile: Profile): FormExplanation {
  const f = result.form;
  const roles = [...f.layout.roles]
    .sort((x, y) => BLOCK_ORDER.indexOf(x.block) - BLOCK_ORDER.indexOf(y.block) || x.row - y.row || x.col - y.col)
    .map((r) => ({ block: r.block, role: r.role, cell: a1(r.row, r.col), text: r.text }));
  const budget = budgetWeightOf(f, profile);
  const weights: WeightExplained[] = [{ part: 'budget', value: budget.value?.toFixed() ?? null, from: budget.from, cell: at(budget.at) }];
  if (f.indicatorsWeight)
    weights.push({ part: 'indicators', value: f.indicatorsWeight.value.toFixed(), from: 'label', cell: at(f.indicatorsWeight.at) });
  for (const l of result.levels) {
    weights.push({ part: l.name, value: l.from === 'none' ? null : l.weight.toFixed(), from: l.from, cell: at(l.first) });
  }
  weights.push({ part: 'total', value: profile.totalWeight.toFixed(), from: 'profile', cell: null });
  const unread = unreadParts(result).map((u) => ({ part: u.part, cell: a1(u.row, u.col), text: u.text }));
  return { sheet: f.sheet, range: rectA1(f.rect), kind: f.kind, project: f.project, profile: profile.id, roles, weights, unread };
}

/** Explains every form of a workbook's grids. */
export function explainForms(grids: readonly Grid[], options: AnalyseOptions = {}): FormExplanation[] {
  const profile = options.profile ?? DEFAULT_PROFILE;
  return computeForms(grids, { ...options, profile }).map((r) => explainForm(r, profile));
}
