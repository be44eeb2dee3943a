/** Where the CLI writes; tests pass their own. */
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  colour: boolean;
  /** Whether stderr is a terminal, where a long run shows its progress on one line. */
  progress?: boolean;
  /** The terminal's width in columns, where the progress line must fit on one line. */
  columns?: number;
}
