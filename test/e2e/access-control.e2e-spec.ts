import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { ACCESS_METADATA, AccessRule } from '../../src/identity/access.decorators';
import { SCOPES_BY_PARTNER_KIND } from '../../src/identity/partner-scopes';
import { PartnerKind, Role } from '../../src/identity/roles';
import { createTestApp, TestApp } from '../support/test-app';

interface Route {
  name: string;
  method: string;
  path: string;
  rule: AccessRule | undefined;
}

/** Every route handler of every controller, with its declared access rule. */
function allRoutes(t: TestApp): Route[] {
  const discovery = t.app.get(DiscoveryService);
  const reflector = t.app.get(Reflector);
  const routes: Route[] = [];
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as (new (...args: never[]) => object) | undefined;
    if (!controller) continue;
    const prototype = controller.prototype as Record<string, unknown>;
    for (const key of Object.getOwnPropertyNames(prototype)) {
      const handler = prototype[key];
      if (key === 'constructor' || typeof handler !== 'function' || Reflect.getMetadata(METHOD_METADATA, handler) === undefined) continue;
      routes.push({
        name: `${controller.name}.${key}`,
        method: RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number],
        path: `${Reflect.getMetadata(PATH_METADATA, controller) ?? ''}/${Reflect.getMetadata(PATH_METADATA, handler) ?? ''}`,
        rule: reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [handler, controller]),
      });
    }
  }
  return routes;
}

/** The route's URL with every parameter filled with a well-formed id that exists nowhere. */
function urlOf(route: Route): string {
  const base = ['health', 'metrics'].includes(route.path.replace(/\//g, '')) ? '' : '/api/v1';
  // `\\:` is a literal colon (custom methods such as `cartons:import`), not a parameter.
  return `${base}/${route.path}`
    .replace(/\/+/g, '/')
    .replace(/\/$/, '')
    .replace(/(?<!\\):[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000')
    .replace(/\\:/g, ':');
}

describe('Access control', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  beforeEach(() => t.truncate());
  afterAll(() => t.close());

  it('every route declares who may call it (default deny)', () => {
    const routes = allRoutes(t);
    expect(routes.length).toBeGreaterThan(10);
    const undeclared = routes.filter((r) => !r.rule || (!r.rule.public && !r.rule.roles && !r.rule.scopes)).map((r) => r.name);
    expect(undeclared).toEqual([]);
  });

  it('only health, metrics and the credential exchanges are public', () => {
    const open = allRoutes(t).filter((r) => r.rule?.public).map((r) => r.name).sort();
    expect(open).toEqual([
      'AuthController.login',
      'AuthController.logout',
      'AuthController.refresh',
      'ObservabilityController.check',
      'ObservabilityController.scrape',
    ]);
  });

  it('refuses every non-public route without credentials (401) and with a garbage token (401)', async () => {
    for (const route of allRoutes(t).filter((r) => !r.rule?.public)) {
      const path = urlOf(route);
      const method = route.method.toLowerCase() as 'get' | 'post' | 'patch' | 'delete' | 'put';
      const anonymous = await t.http[method](path).send({});
      expect({ route: route.name, status: anonymous.status }).toEqual({ route: route.name, status: 401 });
      expect(anonymous.headers['content-type']).toMatch(/problem\+json/);
      const garbage = await t.http[method](path).set('Authorization', 'Bearer not-a-token').send({});
      expect({ route: route.name, status: garbage.status }).toEqual({ route: route.name, status: 401 });
    }
  });

  it('admin-only routes give 403 to every other role and to partner keys', async () => {
    const adminOnly = allRoutes(t).filter((r) => r.rule?.roles?.length === 1 && r.rule.roles[0] === Role.Admin && !r.rule.scopes);
    expect(adminOnly.length).toBeGreaterThan(5);
    const admin = await t.tokenFor(Role.Admin);
    const partner = await t.http.post('/api/v1/partners').set('Authorization', `Bearer ${admin}`).send({ code: 'SHOP', name: 'Shop', kind: PartnerKind.Shop }).expect(201);
    const key = await t.http
      .post(`/api/v1/partners/${partner.body.id}/api-keys`)
      .set('Authorization', `Bearer ${admin}`)
      .send({ name: 'every shop scope', scopes: SCOPES_BY_PARTNER_KIND[PartnerKind.Shop] })
      .expect(201);
    const others = await Promise.all(Object.values(Role).filter((r) => r !== Role.Admin).map((r) => t.tokenFor(r)));
    for (const route of adminOnly) {
      const path = urlOf(route);
      const method = route.method.toLowerCase() as 'get' | 'post' | 'patch';
      for (const token of others) {
        const res = await t.http[method](path).set('Authorization', `Bearer ${token}`).send({});
        expect({ route: route.name, status: res.status }).toEqual({ route: route.name, status: 403 });
      }
      const res = await t.http[method](path).set('X-Api-Key', key.body.key).send({});
      expect({ route: route.name, status: res.status }).toEqual({ route: route.name, status: 403 });
    }
  });
});
