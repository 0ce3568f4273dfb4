// What a CLI command runs against: the working folder, the environment and two output streams (tests pass fakes).
export interface Stream {
  write(chunk: string): unknown;
  isTTY?: boolean;
}

export interface Host {
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: Stream;
  stderr: Stream;
}

export type ExitCode = 0 | 1 | 2;
