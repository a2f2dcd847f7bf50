/** An error that becomes an HTTP answer with this status and a reason a client can act on. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly reason: string,
    message?: string,
  ) {
    super(message ?? reason);
    this.name = 'HttpError';
  }
}
