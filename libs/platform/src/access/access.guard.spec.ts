import { Controller, Get, INestApplication, Param, Post } from '@nestjs/common';
import { APP_GUARD, HttpAdapterHost } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import request from 'supertest';
import { generateSigningKeyPair, Principal, TokenIssuer, TokenVerifier } from '@lc/auth';
import { AccessDenial, AccessDenialRecorder } from './access-denial.recorder';
import { CurrentPrincipal, Public, RequireRoles } from './access.decorators';
import { Caller, CurrentCaller } from './caller';
import { AccessGuard } from './access.guard';
import { ScopeChecker } from './scope.checker';
import { RevokedSessions } from '../sessions/revoked-sessions';
import { ErrorResponseFilter } from '../errors/error-response.filter';

/** The sessions the test has ended, without the table a service keeps them in. */
class EndedSessions {
  readonly ended = new Set<string>();
  isRevoked(sessionId: string): boolean {
    return this.ended.has(sessionId);
  }
}

/** Keeps the denials the guard reports, so the test can see that each 403 was recorded. */
class RecordedDenials extends AccessDenialRecorder {
  readonly denials: AccessDenial[] = [];
  async record(denial: AccessDenial): Promise<void> {
    this.denials.push(denial);
  }
}

@Controller()
class SampleController {
  constructor(private readonly scope: ScopeChecker) {}

  @Public()
  @Get('open')
  open() {
    return { ok: true };
  }

  @Get('me')
  me(@CurrentPrincipal() principal: Principal) {
    return principal;
  }

  @RequireRoles('city_union_cadre', 'county_union_cadre')
  @Post('plans')
  file() {
    return { filed: true };
  }

  @Post('notes')
  note() {
    return { noted: true };
  }

  @Get('units/:path')
  async unit(@CurrentCaller() caller: Caller, @Param('path') path: string) {
    await this.scope.assert(caller, 'read', { orgPath: decodeURIComponent(path) });
    return { path: decodeURIComponent(path) };
  }
}

const countyCadre: Principal = {
  userId: 'u-county',
  displayName: '王芳',
  orgUnitId: 'county-a',
  orgPath: '/city/county-a',
  roles: ['county_union_cadre'],
};
const auditor: Principal = { ...countyCadre, userId: 'u-auditor', roles: ['auditor'] };
const worker: Principal = { ...countyCadre, userId: 'u-worker', orgUnitId: 'team-1', orgPath: '/city/county-a/town-1/ent-1/team-1', roles: ['worker'] };

describe('access guard', () => {
  const keys = generateSigningKeyPair();
  const issuer = new TokenIssuer(keys.privateKeyPem);
  const recorded = new RecordedDenials();
  const endedSessions = new EndedSessions();
  let app: INestApplication;
  const sessionOf = (p: Principal) => `session-of-${p.userId}`;
  const bearer = async (p: Principal, sessionId = sessionOf(p)) => `Bearer ${await issuer.issue(p, sessionId)}`;

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      controllers: [SampleController],
      providers: [
        { provide: TokenVerifier, useValue: new TokenVerifier(keys.publicKeyPem) },
        { provide: AccessDenialRecorder, useValue: recorded },
        { provide: RevokedSessions, useValue: endedSessions },
        { provide: APP_GUARD, useClass: AccessGuard },
        ScopeChecker,
      ],
    }).compile();
    app = moduleRef.createNestApplication();
    app.useGlobalFilters(new ErrorResponseFilter(app.get(HttpAdapterHost).httpAdapter));
    await app.init();
  });

  afterAll(() => app.close());
  beforeEach(() => recorded.denials.splice(0));

  it('lets anyone reach a public route without a token', async () => {
    await request(app.getHttpServer()).get('/open').expect(200, { ok: true });
  });

  it('answers 401 with what to send when the token is missing', async () => {
    const res = await request(app.getHttpServer()).get('/me').expect(401);
    expect(res.body.message).toBe('an access token is required: send "Authorization: Bearer <token>"');
    expect(res.body).toMatchObject({ code: 'access-token-required', messageZh: '请先登录：请求需要携带访问令牌' });
  });

  it('answers 401 for a token signed with another key', async () => {
    const forged = await new TokenIssuer(generateSigningKeyPair().privateKeyPem).issue(countyCadre, 's-1');
    const res = await request(app.getHttpServer()).get('/me').set('authorization', `Bearer ${forged}`).expect(401);
    expect(res.body.message).toMatch(/^access token rejected/);
  });

  it('gives the handler the verified principal', async () => {
    const res = await request(app.getHttpServer()).get('/me').set('authorization', await bearer(countyCadre)).expect(200);
    expect(res.body).toEqual({ ...countyCadre, sessionId: sessionOf(countyCadre) });
  });

  it('answers 401 for a token of a session that has ended, and takes the same user\'s other sessions', async () => {
    endedSessions.ended.add('ended-session');
    const res = await request(app.getHttpServer()).get('/me').set('authorization', await bearer(countyCadre, 'ended-session')).expect(401);
    expect(res.body.message).toBe('access token rejected: its session has ended; log in again');
    await request(app.getHttpServer()).get('/me').set('authorization', await bearer(countyCadre, 'another-session')).expect(200);
  });

  it('refuses a caller without a required role with 403 saying which roles, and records the denial', async () => {
    const res = await request(app.getHttpServer()).post('/plans').set('authorization', await bearer(worker)).expect(403);
    expect(res.body.message).toBe('this action needs one of the roles city_union_cadre, county_union_cadre; you have worker');
    expect(res.body).toMatchObject({ code: 'role-required', messageZh: '您的角色不能进行此操作：需要以下角色之一：市总工会干部(劳动和经济工作部)、县总工会干部' });
    expect(recorded.denials).toEqual([
      expect.objectContaining({ principal: { ...worker, sessionId: sessionOf(worker) }, method: 'POST', path: '/plans', reason: res.body.message }),
    ]);
  });

  it('lets an auditor read but never write, even where no role is required', async () => {
    await request(app.getHttpServer()).get('/me').set('authorization', await bearer(auditor)).expect(200);
    const res = await request(app.getHttpServer()).post('/notes').set('authorization', await bearer(auditor)).expect(403);
    expect(res.body.message).toBe('your roles are read-only: you may look but not change anything');
    expect(recorded.denials).toEqual([expect.objectContaining({ principal: { ...auditor, sessionId: sessionOf(auditor) }, method: 'POST', path: '/notes' })]);
    await request(app.getHttpServer()).post('/notes').set('authorization', await bearer(countyCadre)).expect(201);
  });

  it('lets a county cadre read its own subtree and refuses a sibling county with the reason, recorded', async () => {
    const server = app.getHttpServer();
    await request(server).get(`/units/${encodeURIComponent('/city/county-a/town-1')}`).set('authorization', await bearer(countyCadre)).expect(200);
    const res = await request(server).get(`/units/${encodeURIComponent('/city/county-b')}`).set('authorization', await bearer(countyCadre)).expect(403);
    expect(res.body.message).toContain('county-b');
    expect(res.body).toMatchObject({ statusCode: 403, code: 'out-of-scope', messageZh: expect.stringContaining('不在您的管辖范围内') });
    expect(recorded.denials).toEqual([
      expect.objectContaining({ principal: { ...countyCadre, sessionId: sessionOf(countyCadre) }, method: 'GET', path: expect.stringContaining('county-b'), reason: res.body.message }),
    ]);
  });
});
