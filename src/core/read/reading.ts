import type { Block, FormLayout, Pos, UnreadPart } from '../model';
import type { Role } from '../vocabulary/vocabulary';

/** Collects a form's layout while it is read. */
export class Reading {
  readonly layout: FormLayout = { roles: [], unread: [] };

  /** Records the cell read for a role. */
  role(block: Block, role: Role, at: Pos, text: string): void {
    this.layout.roles.push({ block, role, row: at.row, col: at.col, text });
  }

  /** Records a part that could not be read. */
  unread(part: UnreadPart, at: Pos, text: string): void {
    this.layout.unread.push({ part, row: at.row, col: at.col, text });
  }
}
