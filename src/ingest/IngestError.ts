/** A briefing that cannot be read. The message names the file and what was expected of it. */
export class IngestError extends Error {
  readonly file: string;

  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'IngestError';
    this.file = file;
  }
}
