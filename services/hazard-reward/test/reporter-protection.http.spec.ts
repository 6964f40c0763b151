import { request as httpRequest } from 'node:http';
import { Json, waitFor } from '@lc/testing';
import { phoneJpeg, pngBomb } from './fixtures/test-images.fixture';
import { HazardCity, Person, startHazardCity } from './fixtures/hazard-city';

const PER_HOUR = 3;

/**
 * The acceptance findings on reporter protection, upload abuse and separation of duties, through
 * hazard-reward's HTTP API on real Postgres, Kafka and Temporal: anonymous reports followed and their
 * rewards claimed with a report key and PIN instead of the login; no denial entry or log line tying a
 * person to a report; uploads cut off at their limits; reports per hour; and who may verify what.
 */
describe('reporter protection, upload limits and separation of duties', () => {
  let h: HazardCity;
  let cityCadre: Person;
  let cityFinance: Person;
  let unionCadre: Person;
  let auditor: Person;
  const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear();

  beforeAll(async () => {
    // LOG_LEVEL info: the request log lines are what one test reads.
    h = await startHazardCity({ HAZARD_REPORTS_PER_HOUR: String(PER_HOUR), LOG_LEVEL: 'info' });
    [cityCadre, cityFinance, unionCadre, auditor] = await Promise.all([
      h.person('city_union_cadre', 'city'),
      h.person('finance', 'city'),
      h.person('enterprise_union_cadre', 'ent-a1', '王工会'),
      h.person('auditor', 'city'),
    ]);
    // The city's scheme (100 yuan for a general accident hazard, no approval below 100,000) set by the
    // city cadre; its budget by the city's finance.
    const scheme = await h.api(cityCadre.token).post('/reward-schemes', {
      issuingUnitId: 'city',
      name: '市总工会隐患奖励办法',
      validFrom: `${year}-01-01`,
      approvalThresholdYuan: 100_000,
      amounts: { accident: { general: 100, major: 1000 }, occupational: { general: 150, major: 1500 } },
    });
    expect(scheme.status).toBe(201);
    expect((await h.api(cityFinance.token).put(`/reward-budgets/city/${year}`, { totalYuan: 100_000 })).status).toBe(200);
  });

  afterAll(() => h?.stop());

  const follow = (token: string, reportKey: string, pin: string) => h.api(token).post('/anonymous-reports/follow', { reportKey, pin });

  describe('finding 1: an anonymous report is followed with its key and PIN, never through the account', () => {
    let reporter: Person;
    let anonymous: Json;

    it('answers an anonymous report once with a report key and PIN, keeps no tag of its reporter, and leaves it out of /mine', async () => {
      reporter = await h.worker('team-a1a', 1);
      const named = await h.report(reporter, { description: '具名：护栏松动' });
      expect(named.status).toBe(201);
      expect(named.body.anonymousAccess).toBeUndefined();
      const res = await h.report(reporter, { anonymous: 'true', description: '匿名：消防通道堵塞' });
      expect(res.status).toBe(201);
      anonymous = res.body;
      expect(anonymous.anonymousAccess).toMatchObject({
        reportKey: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/),
        pin: expect.stringMatching(/^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/),
      });
      expect(anonymous.anonymousAccess.notice).toContain('只显示这一次');

      // Whoever signs in as the reporter (a reset password, a taken-over phone) finds only the named report.
      const mine = await h.api(reporter.token).get('/hazard-reports/mine');
      expect(mine.body.items.map((r: Json) => r.id)).toEqual([named.body.id]);
      expect((await h.api(reporter.token).get(`/hazard-reports/${anonymous.id}`)).status).toBe(403);

      // Nothing kept with the report is derived from the user id; the PIN only as scrypt.
      const [row] = await h.sql<Json>(`SELECT reporter_tag FROM hazard_reward.hazard_reports WHERE id = $1`, [anonymous.id]);
      expect(row.reporter_tag).toBeNull();
      const [keys] = await h.sql<Json>(`SELECT key_digest, pin_hash FROM hazard_reward.anonymous_report_keys WHERE report_id = $1`, [anonymous.id]);
      expect(keys.pin_hash).toMatch(/^scrypt\$/);
      expect(JSON.stringify(keys)).not.toContain(anonymous.anonymousAccess.pin.replace(/-/g, ''));
    });

    it('lets anyone holding the key and PIN follow the report, and answers an unknown key and a wrong PIN alike', async () => {
      const { reportKey, pin } = anonymous.anonymousAccess;
      const someone = await h.worker('team-b1a', 50);
      const followed = await follow(someone.token, reportKey.toLowerCase().replace(/-/g, ' '), pin);
      expect(followed.status).toBe(200);
      expect(followed.body).toMatchObject({ id: anonymous.id, status: 'reported', rectification: null, reward: null });

      const wrongPin = await follow(someone.token, reportKey, 'AAAA-AAAA-AAAA');
      const unknownKey = await follow(someone.token, 'ZZZZ-ZZZZ-ZZZZ', pin);
      expect(wrongPin.status).toBe(404);
      expect(unknownKey.status).toBe(404);
      expect(unknownKey.body).toEqual(wrongPin.body);
      const missing = await h.api(someone.token).post('/anonymous-reports/follow', { reportKey });
      expect(missing.status).toBe(400);
      expect(JSON.stringify(missing.body.message)).toContain('pin: give the PIN');
    });

    it('locks a key after 5 wrong tries, known or unknown alike, with Retry-After; even the right PIN waits', async () => {
      const other = await h.report(await h.worker('team-a1a', 2), { anonymous: 'true', description: '匿名：配电箱未锁' });
      const { reportKey, pin } = other.body.anonymousAccess;
      const someone = await h.worker('team-b1a', 51);
      for (const key of [reportKey, 'YYYY-YYYY-YYYY']) {
        for (let i = 0; i < 5; i++) expect((await follow(someone.token, key, 'AAAA-AAAA-AAAA')).status).toBe(404);
        const locked = await follow(someone.token, key, key === reportKey ? pin : 'AAAA-AAAA-AAAA');
        expect(locked.status).toBe(429);
        expect(locked.body.message).toMatch(/^reportKey: too many wrong tries with this report key; try again in 1[45] minutes$/);
        expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(800);
      }
    });

    it('clears the counts of guessed keys once their lock period has run out, so guesses do not pile up', async () => {
      const someone = await h.worker('team-b1a', 52);
      for (const key of ['ZZZZ-ZZZZ-ZZZ2', 'ZZZZ-ZZZZ-ZZZ3']) expect((await follow(someone.token, key, 'AAAA-AAAA-AAAA')).status).toBe(404);
      const counted = async () => (await h.sql<{ n: number }>(`SELECT count(*)::int AS n FROM hazard_reward.anonymous_key_attempts`))[0].n;
      const before = await counted();
      // Both guesses' periods run out; the next try (of another key) clears them and counts itself.
      await h.sql(`UPDATE hazard_reward.anonymous_key_attempts SET last_failure = now() - interval '16 minutes', locked_until = NULL`);
      expect((await follow(someone.token, 'ZZZZ-ZZZZ-ZZZ4', 'AAAA-AAAA-AAAA')).status).toBe(404);
      expect(before).toBeGreaterThanOrEqual(2);
      expect(await counted()).toBe(Math.max(1, before - 20 + 1));
    });

    it('pays the reward into the report, lets its holder claim it once with the key and PIN, and lets finance pay out the code once', async () => {
      const { reportKey, pin } = anonymous.anonymousAccess;
      const notYet = await h.api(reporter.token).post('/anonymous-reports/reward-claim', { reportKey, pin });
      expect(notYet.status).toBe(409);
      expect(notYet.body.message).toContain('reward: this report has no reward; it is reported');

      expect((await h.api(unionCadre.token).post(`/hazard-reports/${anonymous.id}/verification`, { outcome: 'confirmed', grade: 'general' })).status).toBe(200);
      await waitFor('the anonymous reward to be paid', async () => {
        const res = await follow(reporter.token, reportKey, pin);
        return res.body.reward?.status === 'paid' ? true : undefined;
      });
      const followed = await follow(reporter.token, reportKey, pin);
      expect(followed.body).toMatchObject({ status: 'confirmed', grade: 'general', rectification: { status: 'open' }, reward: { status: 'paid', amountYuan: '100.00', claimedAt: null } });

      // The verifier may not have the reward, whatever account they claim from.
      const byVerifier = await h.api(unionCadre.token).post('/anonymous-reports/reward-claim', { reportKey, pin });
      expect(byVerifier.status).toBe(403);
      expect(byVerifier.body.message).toBe('separation of duties: you verified this report, so its reward cannot be claimed by you');

      const claim = await h.api(reporter.token).post('/anonymous-reports/reward-claim', { reportKey, pin });
      expect(claim.status).toBe(201);
      expect(claim.body).toMatchObject({ amountYuan: '100.00', issuingUnitId: 'city', claimCode: expect.stringMatching(/^(\w{4}-){3}\w{4}$/) });
      const again = await h.api(reporter.token).post('/anonymous-reports/reward-claim', { reportKey, pin });
      expect(again.status).toBe(409);
      expect(again.body.message).toMatch(/^reward: already claimed at /);

      const redeemed = await h.api(cityFinance.token).post('/reward-claims/redemption', { claimCode: claim.body.claimCode });
      expect(redeemed.status).toBe(200);
      expect(redeemed.body).toMatchObject({ amountYuan: '100.00' });
      expect((await h.api(cityFinance.token).post('/reward-claims/redemption', { claimCode: claim.body.claimCode })).status).toBe(409);
      expect((await h.api(cityFinance.token).post('/reward-claims/redemption', { claimCode: 'AAAA-AAAA-AAAA-AAAA' })).status).toBe(404);
      expect((await follow(reporter.token, reportKey, pin)).body.reward).toMatchObject({ claimedAt: expect.any(String), redeemedAt: expect.any(String) });

      // Paid once: one 'paid' ledger entry into the report's account, one claim, one redemption.
      const ledger = await h.sql(`SELECT l.kind, l.credit_account FROM hazard_reward.ledger_entries l JOIN hazard_reward.rewards w ON w.id = l.reward_id WHERE w.report_id = $1 ORDER BY l.id`, [anonymous.id]);
      expect(ledger).toEqual([
        { kind: 'issued', credit_account: expect.stringMatching(/^reward-payable:/) },
        { kind: 'paid', credit_account: `reporter-of:${anonymous.id}` },
      ]);
      // No row of the service's tables, trail or events names the anonymous reporter next to the report
      // (the reporter's own denied look at it above is in the trail, without the report's id).
      const [{ linked }] = await h.sql<{ linked: number }>(
        `SELECT ((SELECT count(*) FROM hazard_reward.audit_log t WHERE t::text LIKE '%' || $1 || '%' AND t::text LIKE '%' || $2 || '%') +
                 (SELECT count(*) FROM hazard_reward.outbox t WHERE t::text LIKE '%' || $1 || '%') +
                 (SELECT count(*) FROM hazard_reward.reward_claims t WHERE t::text LIKE '%' || $1 || '%'))::int AS linked`,
        [reporter.id, anonymous.id],
      );
      expect(linked).toBe(0);
    });
  });

  describe("finding 2: a denial or a log line does not tie a person to a report", () => {
    it('records a denial on a report route without the report id, under a correlation id of its own', async () => {
      const reporter = await h.worker('team-a1b', 3);
      const report = (await h.report(reporter, { description: '具名：梯子破损' })).body;
      expect((await h.api(unionCadre.token).post(`/hazard-reports/${report.id}/verification`, { outcome: 'confirmed', grade: 'general' })).status).toBe(200);
      const denied = await h.api(reporter.token).get(`/hazards/${report.id}`, { 'x-correlation-id': 'probe-hazard-denial' });
      expect(denied.status).toBe(403);

      const other = await h.worker('team-a1b', 4);
      expect((await h.api(other.token).get(`/hazard-reports/${report.id}`, { 'x-correlation-id': 'probe-report-denial' })).status).toBe(403);

      const trail = await waitFor('the denials in the trail', async () => {
        const res = await h.api(auditor.token).get(`/audit/entries?orgUnitId=city&limit=500`);
        const denials = res.body.entries.filter((e: Json) => e.action === 'access.denied' && [reporter.id, other.id].includes(e.actor.userId));
        return denials.length >= 2 ? denials : undefined;
      });
      for (const entry of trail) {
        expect(JSON.stringify(entry)).not.toContain(report.id);
        expect(entry.correlationId).not.toMatch(/^probe-/);
      }
      expect(trail.map((e: Json) => e.entity.id).sort()).toEqual(['GET /hazard-reports/{id}', 'GET /hazards/{id}']);
    });

    it('logs report intake without the client address, the user, or the correlation id the app sent', async () => {
      const reporter = await h.worker('team-b1a', 5);
      const res = await h.api(reporter.token).post('/hazard-reports', { enterpriseUnitId: 'ent-a2', location: '仓库', category: 'accident', description: '货架倾斜' }, { 'x-correlation-id': 'intake-probe-1' });
      expect(res.status).toBe(201);
      const lines = await waitFor('the intake log line', async () => {
        const found = h.city.hazardReward!.output().split('\n').filter((l) => l.includes('"url":"/hazard-reports"') && l.includes('"method":"POST"'));
        return found.length > 0 ? found : undefined;
      });
      for (const line of lines) {
        expect(line).not.toMatch(/remoteAddress|remotePort|127\.0\.0\.1|::1|user-agent|authorization/);
        expect(line).not.toContain(reporter.id);
        expect(line).not.toContain('intake-probe-1');
        expect(line).not.toContain(res.body.id);
      }
    });
  });

  describe('finding 3: uploads are cut off at their limits, bombs refused, and reports limited per hour', () => {
    it('answers a 60 MiB photo with 413 before the body is sent, and refuses a 10th photo', async () => {
      const reporter = await h.worker('team-a1a', 10);
      const url = new URL(`${h.city.hazardReward!.url}/hazard-reports`);
      const boundary = 'xxBOUNDARYxx';
      const started = Date.now();
      const { status, body, sent } = await new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
        const req = httpRequest(url, { method: 'POST', headers: { authorization: `Bearer ${reporter.token}`, 'content-type': `multipart/form-data; boundary=${boundary}` } });
        let sent = 0;
        let answered = false;
        req.on('response', (res) => {
          answered = true;
          let text = '';
          res.on('data', (c) => (text += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text, sent }));
        });
        req.on('error', (err) => (answered ? undefined : reject(err)));
        const chunk = Buffer.alloc(1024 * 1024, 0xab);
        // A phone on a slow line: a MiB every 50 ms, 3 s for the whole 60 MiB unless it is cut off.
        const write = async () => {
          req.write(`--${boundary}\r\nContent-Disposition: form-data; name="photos"; filename="big.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`);
          for (let i = 0; i < 60 && !answered; i++) {
            sent += chunk.length;
            if (!req.write(chunk)) await new Promise((r) => req.once('drain', r));
            await new Promise((r) => setTimeout(r, 50));
          }
          if (!answered) req.end(`\r\n--${boundary}--\r\n`);
        };
        write().catch(() => undefined);
      });
      expect(status).toBe(413);
      expect(JSON.parse(body).message).toBe('photos: a photo is larger than 8 MiB, the most a photo may be; the upload was stopped there');
      expect(sent).toBeLessThan(30 * 1024 * 1024);
      expect(Date.now() - started).toBeLessThan(10_000);

      const photo = await phoneJpeg();
      const ten = await h.report(await h.worker('team-a1a', 11), {}, Array.from({ length: 10 }, () => photo));
      expect(ten.status).toBe(400);
      expect(ten.body.message).toBe('photos: send at most 9 photos of the hazard; the upload was stopped at photo 10');
    });

    it('refuses a decompression bomb (a small PNG of 400 megapixels) with 400 naming the photo', async () => {
      const bomb = pngBomb();
      expect(bomb.length).toBeLessThan(100 * 1024);
      const res = await h.report(await h.worker('team-a1a', 12), {}, [bomb]);
      expect(res.status).toBe(400);
      expect(res.body.message).toBe('photos[0]: is 20000 × 20000 pixels; photos may have at most 50 megapixels');
    });

    it(`answers the report past ${PER_HOUR} an hour from one worker with 429 in Chinese and English and Retry-After`, async () => {
      const busy = await h.worker('team-a1a', 13);
      for (let i = 0; i < PER_HOUR; i++) expect((await h.report(busy, { description: `第${i + 1}处隐患` }, [])).status).toBe(201);
      const over = await h.report(busy, { anonymous: 'true' }, []);
      expect(over.status).toBe(429);
      expect(over.body.message).toMatch(new RegExp(`^You may file at most ${PER_HOUR} hazard reports an hour; please try again in \\d+ minutes\\.$`));
      expect(over.body).toMatchObject({ code: 'hourly-report-limit', messageZh: expect.stringMatching(new RegExp(`^每小时最多可报告 ${PER_HOUR} 条隐患，请 \\d+ 分钟后再报。$`)) });
      const retryAfter = Number(over.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(3600);
      // Refused again before its photos are looked at: a bomb, which decoding would refuse with 400, gets 429.
      const again = await h.report(busy, {}, [pngBomb()]);
      expect([again.status, again.body.message]).toEqual([429, over.body.message]);
      // Another worker is not held back; the counter keeps no user id and no report id.
      expect((await h.report(await h.worker('team-a1a', 14), {}, [])).status).toBe(201);
      const quota = JSON.stringify(await h.sql(`SELECT * FROM hazard_reward.report_quota`));
      expect(quota).not.toContain(busy.id);
    });

    it(`lets exactly ${PER_HOUR} of a worker's reports sent at the same moment through, the rest 429, and keeps none of those`, async () => {
      const hasty = await h.worker('team-a1a', 15);
      const answers = await Promise.all([1, 2, 3, 4, 5, 6, 7, 8].map((i) => h.report(hasty, { description: `同时报的第${i}处` }, [])));
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses).toEqual([...Array(PER_HOUR).fill(201), ...Array(8 - PER_HOUR).fill(429)]);
      const ids = answers.filter((a) => a.status === 201).map((a) => a.body.id);
      const stored = await h.sql<{ n: number }>(`SELECT count(*)::int AS n FROM hazard_reward.hazard_reports WHERE description LIKE '同时报的第%'`);
      expect([stored[0].n, ids.length]).toEqual([PER_HOUR, PER_HOUR]);
    });
  });

  describe('finding 4: who sets the money does not verify what it pays', () => {
    it('bounds scheme amounts and the threshold, naming the field', async () => {
      const scheme = {
        issuingUnitId: 'county-b',
        name: '超限办法',
        validFrom: `${year}-01-01`,
        approvalThresholdYuan: 1000,
        amounts: { accident: { general: 100, major: 100_001 }, occupational: { general: 150, major: 1500 } },
      };
      const countyCadre = await h.person('county_union_cadre', 'county-b');
      const tooMuch = await h.api(countyCadre.token).post('/reward-schemes', scheme);
      expect(tooMuch.status).toBe(400);
      expect(JSON.stringify(tooMuch.body.message)).toContain('amounts.accident.major: must be at most 100000 yuan');
      const threshold = await h.api(countyCadre.token).post('/reward-schemes', { ...scheme, approvalThresholdYuan: 1_000_000, amounts: { ...scheme.amounts, accident: { general: 100, major: 1000 } } });
      expect(threshold.status).toBe(400);
      expect(JSON.stringify(threshold.body.message)).toContain('approvalThresholdYuan: must be at most 100000 yuan');
    });

    it("refuses the verifier who set the scheme, one who set the budget, and the reporter; and a verifier setting the budget", async () => {
      const [schemeSetter, budgetSetter, verifier, inspector] = await Promise.all([
        h.person('enterprise_union_cadre', 'ent-a2', '定办法的'),
        h.person('enterprise_union_cadre', 'ent-a2', '定预算的'),
        h.person('enterprise_union_cadre', 'ent-a2', '核实的'),
        h.person('safety_inspector', 'ent-a2', '监督员'),
      ]);
      const created = await h.api(schemeSetter.token).post('/reward-schemes', {
        issuingUnitId: 'ent-a2',
        name: '企业隐患奖励办法',
        validFrom: `${year}-01-01`,
        approvalThresholdYuan: 5000,
        amounts: { accident: { general: 300, major: 3000 }, occupational: { general: 300, major: 3000 } },
      });
      expect(created.status).toBe(201);
      expect((await h.api(budgetSetter.token).put(`/reward-budgets/ent-a2/${year}`, { totalYuan: 10_000 })).status).toBe(200);

      const report = (await h.report(await h.worker('team-b1a', 20), { enterpriseUnitId: 'ent-a2' })).body;
      const verify = (who: Person, id = report.id) => h.api(who.token).post(`/hazard-reports/${id}/verification`, { outcome: 'confirmed', grade: 'general' });
      const bySchemeSetter = await verify(schemeSetter);
      expect(bySchemeSetter.status).toBe(403);
      expect(bySchemeSetter.body.message).toBe('separation of duties: you set the reward scheme "企业隐患奖励办法" of ent-a2 that pays this report; someone else must verify it');
      const byBudgetSetter = await verify(budgetSetter);
      expect(byBudgetSetter.status).toBe(403);
      expect(byBudgetSetter.body.message).toBe(`separation of duties: you set ent-a2's ${year} reward budget that pays this report; someone else must verify it`);

      const own = (await h.report(inspector, { enterpriseUnitId: 'ent-a2', description: '监督员自己报的' })).body;
      const byReporter = await verify(inspector, own.id);
      expect(byReporter.status).toBe(403);
      expect(byReporter.body.message).toBe('you reported this hazard yourself; someone else must verify it');

      expect((await verify(verifier)).status).toBe(200);
      await waitFor('the reward of the verified report', async () => ((await h.sql(`SELECT 1 FROM hazard_reward.rewards WHERE report_id = $1`, [report.id])).length > 0 ? true : undefined));
      const budgetByVerifier = await h.api(verifier.token).put(`/reward-budgets/ent-a2/${year}`, { totalYuan: 20_000 });
      expect(budgetByVerifier.status).toBe(403);
      expect(budgetByVerifier.body.message).toBe(`separation of duties: you verified report ${report.id}, whose reward comes from ent-a2's ${year} budget; someone else must set this budget`);
      expect(await h.sql(`SELECT status FROM hazard_reward.hazard_reports WHERE id = ANY($1::uuid[]) ORDER BY reported_at`, [[report.id, own.id]])).toEqual([
        { status: 'confirmed' },
        { status: 'reported' },
      ]);
    });

    it('lets nobody verify reports and set the budget that pays them, not at the same moment nor before the reward is worked out', async () => {
      // ent-a3's own scheme (set by someone else) pays its reports; its cadres verify them and may set its budget.
      const [schemeSetter, first, second] = await Promise.all([
        h.person('enterprise_union_cadre', 'ent-a3', '定办法的'),
        h.person('enterprise_union_cadre', 'ent-a3', '先核实的'),
        h.person('enterprise_union_cadre', 'ent-a3', '同时定预算的'),
      ]);
      const scheme = await h.api(schemeSetter.token).post('/reward-schemes', {
        issuingUnitId: 'ent-a3',
        name: '三号企业隐患奖励办法',
        validFrom: `${year}-01-01`,
        approvalThresholdYuan: 5000,
        amounts: { accident: { general: 200, major: 2000 }, occupational: { general: 200, major: 2000 } },
      });
      expect(scheme.status).toBe(201);
      const reports = await Promise.all([0, 1, 2, 3, 4].map(async (i) => (await h.report(await h.worker('team-a1b', 40 + i), { enterpriseUnitId: 'ent-a3' })).body));
      const verify = (who: Person, id: string) => h.api(who.token).post(`/hazard-reports/${id}/verification`, { outcome: 'confirmed', grade: 'general' });
      const setBudget = (who: Person) => h.api(who.token).put(`/reward-budgets/ent-a3/${year}`, { totalYuan: 10_000 });

      // At once after the verification, before the reward is worked out from the scheme and budget.
      expect((await verify(first, reports[0].id)).status).toBe(200);
      const right = await setBudget(first);
      expect(right.status).toBe(403);
      expect(right.body.message).toMatch(new RegExp(`^separation of duties: you verified report ${reports[0].id}, whose reward (is still being worked out and may come from|comes from) ent-a3's ${year} budget`));

      // Both at the same moment: one of the two duties goes through, never both.
      const answers = await Promise.all(reports.slice(1).flatMap((report) => [verify(second, report.id), setBudget(second)]));
      expect(answers.map((a) => a.status).every((status) => status === 200 || status === 403)).toBe(true);
      const [{ verified }] = await h.sql(`SELECT count(*)::int AS verified FROM hazard_reward.hazard_reports WHERE verified_by = $1`, [second.id]);
      const setter = await h.sql(`SELECT 1 FROM hazard_reward.reward_budget_setters WHERE issuing_unit_id = 'ent-a3' AND year = $1 AND user_id = $2`, [year, second.id]);
      expect(verified > 0 || setter.length > 0).toBe(true);
      expect(verified > 0 && setter.length > 0).toBe(false);
    });
  });
});
