import { format, UI, type Lang } from '../core';

/** A task-pane string from the catalogue, with "{name}" placeholders filled. */
export function t(lang: Lang, key: keyof typeof UI, values: Record<string, string | number> = {}): string {
  return format(UI[key][lang], values);
}
