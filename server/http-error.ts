import type { FastifyInstance } from 'fastify';

/** An error that becomes an HTTP answer with this status and a reason a client can act on. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly reason: string,
    message?: string,
    /** Headers the answer carries (e.g. Retry-After on a 429). */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message ?? reason);
    this.name = 'HttpError';
  }
}

/**
 * Puts an HttpError's headers on its answer. An onError hook runs before the
 * error handler, and is fastify's place for headers of an error answer.
 */
export function installErrorHeaders(app: FastifyInstance): void {
  app.addHook('onError', async (_request, reply, error) => {
    if (error instanceof HttpError) for (const [name, value] of Object.entries(error.headers)) reply.header(name, value);
  });
}
