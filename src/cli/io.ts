/** Where the CLI writes; tests pass their own. */
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  colour: boolean;
  /** Whether stderr is a terminal, where a long run shows its progress on one line. */
  progress?: boolean;
}
