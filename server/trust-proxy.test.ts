import type { FastifyInstance } from 'fastify';
import { buildApp } from './app';
import { parseTrustProxy } from './config';
import { openTestDatabase, type TestDatabase } from './test/test-db';

// Behind a load balancer the client's address is the one the balancer
// appended to X-Forwarded-For, never one the client wrote there itself:
// otherwise every guess comes "from" a new address and no limit holds.

describe('TRUST_PROXY', () => {
  it('reads a hop count, or addresses and CIDRs, and refuses anything that would trust everyone', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('')).toBe(false);
    expect(parseTrustProxy('0')).toBe(false);
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('2')).toBe(2);
    expect(parseTrustProxy('10.0.0.0/8, 192.168.1.7,fd00::/8, loopback')).toEqual(['10.0.0.0/8', '192.168.1.7', 'fd00::/8', 'loopback']);
    for (const wrong of ['true', 'yes', '10.0.0.0/33', '10.0.0', 'proxy.example.org', '1.2.3.4/8/9']) expect(() => parseTrustProxy(wrong)).toThrow(/TRUST_PROXY/);
  });

  describe('behind one load balancer', () => {
    let database: TestDatabase;
    const apps: FastifyInstance[] = [];
    beforeAll(async () => {
      database = await openTestDatabase('pglite');
    });
    afterAll(async () => {
      await Promise.all(apps.map((a) => a.close()));
      await database.dispose();
    });

    const seenAddress = async (trustProxy: ReturnType<typeof parseTrustProxy>, remoteAddress: string, forwardedFor: string) => {
      const app = buildApp({ db: database.db, config: { trustProxy } });
      apps.push(app);
      app.get('/test/ip', { config: { public: true } }, async (request) => ({ ip: request.ip }));
      return (await app.inject({ method: 'GET', url: '/test/ip', remoteAddress, headers: { 'x-forwarded-for': forwardedFor } })).json().ip;
    };

    it('takes the address the balancer appended (TRUST_PROXY=1), not the one the client wrote', async () => {
      expect(await seenAddress(parseTrustProxy('1'), '10.0.0.2', '6.6.6.6, 203.0.113.5')).toBe('203.0.113.5');
      expect(await seenAddress(parseTrustProxy('10.0.0.0/8'), '10.0.0.2', '6.6.6.6, 203.0.113.5')).toBe('203.0.113.5');
      // A caller that is not a named proxy is taken at its own address.
      expect(await seenAddress(parseTrustProxy('10.0.0.0/8'), '198.51.100.4', '6.6.6.6')).toBe('198.51.100.4');
      expect(await seenAddress(parseTrustProxy(undefined), '198.51.100.4', '6.6.6.6')).toBe('198.51.100.4');
    });

    it('keeps the per-address sign-in limit when each guess names a new address of its own', async () => {
      const app = buildApp({ db: database.db, config: { trustProxy: parseTrustProxy('1') } });
      apps.push(app);
      const statuses: number[] = [];
      for (let i = 0; i < 14; i++) {
        const response = await app.inject({
          method: 'POST',
          url: '/auth/sign-in',
          remoteAddress: '10.0.0.2',
          headers: { 'x-forwarded-for': `6.6.${i}.${i}, 203.0.113.99` },
          payload: { email: `nobody${i}@ponte.test`, password: 'whatever it is' },
        });
        statuses.push(response.statusCode);
      }
      expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401));
      expect(statuses.slice(10)).toEqual([429, 429, 429, 429]);
    });
  });
});
