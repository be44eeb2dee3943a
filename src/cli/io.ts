/** Where the CLI writes; tests pass their own. */
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  colour: boolean;
}
