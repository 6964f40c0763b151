import { randomUUID } from 'node:crypto';
import { apiClient, startTestCity, TestCity } from '@lc/testing';

/**
 * Every refusal answers one shape the console reads: a stable code, the English message, its Chinese
 * beside it, and the field at fault; through the whole running service.
 */
describe('refusals in English and Chinese', () => {
  let city: TestCity;
  let county: ReturnType<typeof apiClient>;

  beforeAll(async () => {
    city = await startTestCity();
    county = apiClient(city.registration.url, await city.tokenAs('county_union_cadre', 'county-a'));
  });

  afterAll(() => city?.stop());

  const plan = { name: '2026年东城区职工技能比武', organiserOrgUnitId: 'county-a', startDate: '2026-05-01', endDate: '2026-10-31' };

  it('answers a field that breaks its rule 400 with validation-failed, the field, and each field’s Chinese message', async () => {
    const res = await county.post('/competitions', { ...plan, name: '赛'.repeat(201), parentCompetitionId: 'not-a-uuid' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      statusCode: 400,
      code: 'validation-failed',
      field: 'name',
      message: ['name must be shorter than or equal to 200 characters', 'parentCompetitionId must be a competition id (UUID)'],
    });
    expect(res.body.errors).toEqual([
      { field: 'name', code: 'maxLength', message: 'name must be shorter than or equal to 200 characters', messageZh: '「name」长度不能超过 200 个字符' },
      {
        field: 'parentCompetitionId',
        code: 'isUuid',
        message: 'parentCompetitionId must be a competition id (UUID)',
        messageZh: '「parentCompetitionId」必须是竞赛编号（UUID）',
      },
    ]);
    expect(res.body.messageZh).toBe('「name」长度不能超过 200 个字符；「parentCompetitionId」必须是竞赛编号（UUID）');
  });

  it('names an unknown field in Chinese too', async () => {
    const res = await county.post('/competitions', { ...plan, salary: 1 });
    expect([res.status, res.body.code, res.body.field, res.body.message, res.body.messageZh]).toEqual([
      400,
      'validation-failed',
      'salary',
      ['property salary should not exist'],
      '不接受字段「salary」，请去掉它',
    ]);
  });

  it('answers an unknown competition 404 with competition-not-found and its Chinese message', async () => {
    const id = randomUUID();
    const res = await county.get(`/competitions/${id}`);
    expect(res.status).toBe(404);
    expect(res.body).toEqual({
      statusCode: 404,
      code: 'competition-not-found',
      error: 'Not Found',
      message: `competition ${id} does not exist`,
      messageZh: `竞赛 ${id} 不存在`,
      field: 'id',
    });
  });

  it('answers a rule of the org tree (a unit moved under its own sub-unit) with its code and Chinese message on the field', async () => {
    const res = await county.post('/org-units/town-a1/move', { newParentId: 'ent-a1', reason: '区划调整' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'org-move-cycle',
      field: 'newParentId',
      message: 'newParentId: town-a1 cannot be moved under ent-a1, which is one of its own sub-units; that would cut the subtree off the tree',
      messageZh: 'town-a1 不能移到 ent-a1 下面：ent-a1 是它自己的下级单位，这样会使这部分组织脱离组织树',
    });
  });

  it('answers a NUL character in a parameter no DTO reads 400 invalid-text, not a 500', async () => {
    const res = await county.get('/org-units/county%00-a');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ code: 'invalid-text', messageZh: expect.stringMatching(/[\u4e00-\u9fff]/) });
  });

  it('gives refusals from the guard and from Nest itself the same shape', async () => {
    const anonymous = await apiClient(city.registration.url).get('/users/me');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body).toMatchObject({ code: 'access-token-required', messageZh: '请先登录：请求需要携带访问令牌' });
    const nowhere = await county.get('/no-such-route');
    expect(nowhere.status).toBe(404);
    expect(nowhere.body).toMatchObject({ code: 'not-found', message: 'Cannot GET /no-such-route', messageZh: '未找到该记录，或您无权查看' });
  });
});
