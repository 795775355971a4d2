/**
 * The two kinds of failure a user sees. `InputError` and `UsageError`: something the user
 * gave us is wrong, said in one line that names the file and the place; exit 2.
 * Anything else reaching the CLI is our bug; exit 2 with a request to report it.
 */

export class UsageError extends Error {
  override name = 'UsageError';
}

export class InputError extends Error {
  override name = 'InputError';
  readonly file: string;
  readonly place: string | undefined;
  /** The message without the file: the place and what is wrong there. */
  readonly reason: string;

  constructor(file: string, place: string | undefined, detail: string) {
    const reason = place ? `${place}: ${detail}` : detail;
    super(`${file}: ${reason}`);
    this.file = file;
    this.place = place;
    this.reason = reason;
  }
}

/** A report or snapshot path that cannot be written as asked (not a regular file, a folder that cannot be made): exit 2, nothing written. */
export class OutputError extends InputError {
  override name = 'OutputError';

  constructor(path: string, detail: string) {
    super(path, undefined, detail);
  }
}
