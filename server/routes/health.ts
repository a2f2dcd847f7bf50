import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../config';

/** GET /health: 200 when the database answers (a load balancer's probe). */
export function healthRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/health', { config: { public: true } }, async () => {
    await ctx.db.query('select 1');
    return { ok: true, serverTime: ctx.now() };
  });
}
