/**
 * The users, all at once, for the whole run: workers file hazard reports with a photo; inspectors and
 * enterprise union cadres verify them (confirmed general 55 %, confirmed major 10 % — whose rewards
 * climb the approval chain —, duplicate 12 %, rejected 18 %, left waiting 5 %); union cadres decide
 * what waits in their approval inbox (now and then sending it back, and the submitter resubmits); a
 * city union cadre nominates workers and teams for honours and submits them up the chain; a county
 * union cadre organises skills contests; and people read their lists and log in, so that every
 * service has callers (and every service's audit trail grows). What the system accepted is kept
 * in the WorkloadMemory for reconciliation.
 */
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { Person, SoakCity } from './city';
import { Answer, SoakHttp } from './http';
import { sleepUnless } from './log';
import { keyMarker, ReportAttempt, toldOf, Verdict, WorkloadMemory } from './memory';
import { SoakSettings } from './settings';
import { ServiceName } from './system';

/** Verification outcomes and their shares; the rest of the reports is left waiting. */
const VERDICT_SHARES: [Verdict, number][] = [
  [{ outcome: 'confirmed', grade: 'general' }, 0.55],
  [{ outcome: 'confirmed', grade: 'major' }, 0.1],
  [{ outcome: 'duplicate' }, 0.12],
  [{ outcome: 'rejected' }, 0.18],
  [{ outcome: 'none' }, 0.05],
];

/** A report is verified no sooner than this after it was accepted, as people read it first. */
const VERIFY_AFTER_MS = 1_000;
const READ_INTERVAL_MS = 1_000;
const READER_LANES = 2;
const CONTEST_INTERVAL_MS = 10_000;

function drawVerdict(): Verdict {
  let r = Math.random();
  for (const [verdict, share] of VERDICT_SHARES) {
    if ((r -= share) < 0) return verdict;
  }
  return { outcome: 'none' };
}

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)];

/** A small photo-like JPEG: blurred noise, 240 × 180, a few KB. */
async function phonePhoto(): Promise<Blob> {
  const jpeg = await sharp({ create: { width: 240, height: 180, channels: 3, background: '#808080', noise: { type: 'gaussian', mean: 128, sigma: 40 } } })
    .blur(1.5)
    .jpeg({ quality: 75 })
    .toBuffer();
  return new Blob([new Uint8Array(jpeg)], { type: 'image/jpeg' });
}

export interface Workload {
  memory: WorkloadMemory;
  /** Stops every user and resolves when their last requests have ended. */
  stop: () => Promise<void>;
}

export async function startWorkload(city: SoakCity, http: SoakHttp, settings: SoakSettings, memory: WorkloadMemory): Promise<Workload> {
  let stopped = false;
  const isStopped = () => stopped;
  const photo = await phonePhoto();
  const call = (service: ServiceName, action: string, method: string, path: string, who: Person, body?: unknown, idempotent = false): Promise<Answer> =>
    http.call(service, action, method, path, { token: who.token, body, idempotent });
  /**
   * One user's loop: a step, then the pause it asks for, until the load stops (or the step says it is
   * done). A step that throws (an answer of an unexpected shape) is counted and the user goes on: one
   * odd answer must not end the soak.
   */
  const actor = async (name: string, firstPauseMs: number, step: () => Promise<number | 'done'>): Promise<void> => {
    await sleepUnless(firstPauseMs, isStopped);
    while (!stopped) {
      let pauseMs: number | 'done' = 1000;
      try {
        pauseMs = await step();
      } catch (err) {
        memory.countError(name, err);
      }
      if (pauseMs === 'done') return;
      await sleepUnless(pauseMs, isStopped);
    }
  };

  // ---- Workers report hazards at their own enterprise. -----------------------------------------------
  /** Accepted reports waiting for a verifier, oldest first. */
  const toVerify: ReportAttempt[] = [];
  /** Accepted reports that will be confirmed, by enterprise: the earlier reports a duplicate may name. */
  const confirmedByEnterprise = new Map<string, ReportAttempt[]>();

  const reporter = (worker: Person) => {
    const enterprise = city.enterpriseOfTeam.get(worker.unitId)!;
    return actor('report hazard', Math.random() * settings.reportIntervalMs, async () => {
      const category = Math.random() < 1 / 3 ? 'occupational' : 'accident';
      const attempt = memory.newReport({ workerId: worker.id, enterpriseUnitId: enterprise, category });
      const form = new FormData();
      form.append('enterpriseUnitId', enterprise);
      form.append('location', `${1 + Math.floor(Math.random() * 7)}号车间冲压线`);
      form.append('category', category);
      form.append('description', `防护罩缺失，操作人员可能被夹伤 ${keyMarker(attempt.key)}`);
      form.append('photos', photo, 'photo.jpg');
      // Not safe to repeat after a lost answer: a second POST would be a second report.
      const answer = await call('hazard-reward', 'report hazard', 'POST', '/hazard-reports', worker, form);
      memory.count('report hazard', answer, [201]);
      attempt.told = toldOf(answer, 201);
      if (attempt.told === 'accepted' && answer.kind === 'answer') {
        attempt.id = (answer.body as { id: string }).id;
        attempt.answeredAt = Date.now();
        attempt.verdict = drawVerdict();
        if (attempt.verdict.outcome === 'confirmed') {
          const list = confirmedByEnterprise.get(enterprise) ?? [];
          list.push(attempt);
          confirmedByEnterprise.set(enterprise, list);
        }
        if (attempt.verdict.outcome !== 'none') toVerify.push(attempt);
      }
      return settings.reportIntervalMs * (0.5 + Math.random());
    });
  };

  // ---- Inspectors and enterprise union cadres verify. ------------------------------------------------
  const verifier = (lane: number) => {
    let n = lane;
    return actor('verify report', 0, async () => {
      const next = toVerify[0];
      if (!next || Date.now() - (next.answeredAt ?? 0) < VERIFY_AFTER_MS) return 200;
      toVerify.shift();
      const verdict = next.verdict as Exclude<Verdict, { outcome: 'none' }>;
      let body: Record<string, string>;
      let sent: NonNullable<ReportAttempt['verification']>['sent'] = verdict;
      if (verdict.outcome === 'confirmed') body = { outcome: 'confirmed', grade: verdict.grade };
      else if (verdict.outcome === 'rejected') body = { outcome: 'rejected', reason: '经现场核查，所报情况不属实' };
      else {
        // The earlier report of the same hazard: accepted before this one was even sent, and to be confirmed.
        const original = (confirmedByEnterprise.get(next.enterpriseUnitId) ?? []).find((r) => (r.answeredAt ?? Infinity) < next.sentAt);
        if (original) {
          body = { outcome: 'duplicate', duplicateOf: original.id! };
          sent = { outcome: 'duplicate', duplicateOf: original.id };
        } else {
          body = { outcome: 'rejected', reason: '无法核实，视为不属实' };
          sent = { outcome: 'rejected' };
        }
      }
      // The enterprise's own union cadre, or a safety inspector above it, in turn.
      const who = n++ % 2 === 0 ? city.enterpriseCadres.get(next.enterpriseUnitId)! : pick(city.inspectors);
      // Safe to repeat: a verification already made is refused with 409 and says what it was.
      const answer = await call('hazard-reward', 'verify report', 'POST', `/hazard-reports/${next.id}/verification`, who, body, true);
      memory.count('verify report', answer, [200, 409]);
      let told: NonNullable<ReportAttempt['verification']>['told'] = toldOf(answer, 200);
      if (answer.kind === 'answer' && answer.status === 409 && /already verified/.test(JSON.stringify(answer.body))) told = 'landed-after-lost-answer';
      next.verification = { sent, told, by: who.id };
      return 0;
    });
  };

  // ---- Union cadres decide what waits for them; submitters resubmit what was sent back. -----------------
  /** Decisions already sent, by workflow, step and the moment the step started waiting: never twice. */
  const decided = new Set<string>();
  const decider = (service: 'hazard-reward' | 'awards', who: Person) =>
    actor('decide approvals', Math.random() * settings.inboxPollMs, async () => {
      const inbox = await call(service, 'read approval inbox', 'GET', '/approvals/inbox?limit=100', who, undefined, true);
      memory.count('read approval inbox', inbox, [200]);
      const items =
        inbox.kind === 'answer' && inbox.status === 200
          ? (inbox.body as { items: { workflowId: string; stepId: string | null; waitingAs: string; waitingSince: string }[] }).items
          : [];
      for (const item of items) {
        if (stopped) break;
        const once = `${service}:${item.workflowId}:${item.stepId}:${item.waitingSince}:${who.id}`;
        if (decided.has(once)) continue;
        const path = `/approvals/${item.workflowId}`;
        if (item.waitingAs === 'approver') {
          const sendBack = Math.random() < settings.returnShare;
          const action = sendBack ? 'return for revision' : 'approve';
          // The decision id makes a repeat count once: safe to send again after a lost answer.
          const answer = await call(service, action, 'POST', `${path}/decisions`, who, {
            decisionId: randomUUID(),
            stepId: item.stepId,
            outcome: sendBack ? 'return' : 'approve',
            opinion: sendBack ? '请补充现场照片和整改说明' : '同意',
          }, true);
          // 409: another approver of an or-sign step decided first, or the item moved on meanwhile.
          memory.count(action, answer, [200, 409]);
          // Answered either way: never again. Refused or lost: tried again at the next look at the inbox.
          if (answer.kind === 'answer') decided.add(once);
        } else if (item.waitingAs === 'submitter') {
          const answer = await call(service, 'resubmit', 'POST', `${path}/resubmit`, who, { decisionId: randomUUID(), text: '已补充现场照片和整改说明' }, true);
          memory.count('resubmit', answer, [200, 409]);
          if (answer.kind === 'answer') decided.add(once);
        }
      }
      return settings.inboxPollMs * (0.75 + Math.random() * 0.5);
    });

  // ---- A city union cadre nominates workers and teams, and submits each nomination. ---------------------
  const candidates = city.honours.flatMap((honour) =>
    (honour.nomineeKind === 'person' ? city.workers.map((w) => w.id) : city.teams).map((nomineeId) => ({ honour, nomineeId })),
  );
  candidates.sort(() => Math.random() - 0.5);
  const nominator = () =>
    actor('nominate', Math.random() * settings.nominationIntervalMs, async () => {
      const who = city.nominator;
      const next = candidates.shift();
      // Every nominee has been put forward for every honour: nothing more to nominate this year.
      if (!next) return 'done';
      const { honour, nomineeId } = next;
      const attempt = memory.newNomination({ honourCode: honour.code, nomineeId });
      // Not safe to repeat after a lost answer: a second POST would be a second candidate.
      const created = await call('awards', 'nominate', 'POST', '/nominations', who, {
        honourCode: honour.code,
        conferringUnitId: honour.conferringUnitId,
        year: city.year,
        nomineeId,
        material: `在安全生产和技术创新中成绩突出 ${keyMarker(attempt.key)}`,
      });
      memory.count('nominate', created, [201]);
      attempt.told = toldOf(created, 201);
      if (created.kind === 'answer' && created.status === 201) {
        attempt.id = (created.body as { id: string }).id;
        // Safe to repeat: a nomination already submitted is refused with 409 and says so.
        const submitted = await call('awards', 'submit nomination', 'POST', `/nominations/${attempt.id}/submission`, who, undefined, true);
        memory.count('submit nomination', submitted, [200]);
        attempt.submission = toldOf(submitted, 200);
        if (submitted.kind === 'answer' && submitted.status === 409 && /only a candidate is submitted/.test(JSON.stringify(submitted.body))) {
          attempt.submission = 'landed-after-lost-answer';
        }
      }
      return settings.nominationIntervalMs * (0.75 + Math.random() * 0.5);
    });

  // ---- A county union cadre organises skills contests (技能比武) in assessment. -------------------------------
  let contests = 0;
  const organiser = () =>
    actor('organise skills contest', Math.random() * CONTEST_INTERVAL_MS, async () => {
      contests++;
      // Not safe to repeat after a lost answer: a second POST would be a second contest.
      const answer = await call('assessment', 'organise skills contest', 'POST', '/skills-contests', city.countyCadre, {
        name: `${city.year}年区职工焊工技能比武（第${contests}场）`,
        trade: '焊工',
        organiserUnitId: city.countyCadre.unitId,
        trimAtJudges: 3,
        scheme: [
          { key: 'practice', name: '实际操作', maxPoints: 70 },
          { key: 'theory', name: '理论知识', maxPoints: 30 },
        ],
      });
      memory.count('organise skills contest', answer, [201]);
      return CONTEST_INTERVAL_MS * (0.75 + Math.random() * 0.5);
    });

  // ---- People read their lists and log in: every service has callers. ------------------------------------
  const reads: (() => Promise<void>)[] = [
    async () => {
      const worker = pick(city.workers);
      memory.count('read my reports', await call('hazard-reward', 'read my reports', 'GET', '/hazard-reports/mine', worker, undefined, true), [200]);
    },
    async () => {
      const [unit, cadre] = pick([...city.enterpriseCadres.entries()]);
      memory.count('read unit reports', await call('hazard-reward', 'read unit reports', 'GET', `/hazard-reports?unitId=${unit}`, cadre, undefined, true), [200]);
    },
    async () => {
      memory.count('read publicity list', await call('awards', 'read publicity list', 'GET', '/nominations?status=publicity', city.nominator, undefined, true), [200]);
    },
    async () => {
      memory.count('read templates', await call('assessment', 'read templates', 'GET', '/assessment-templates', city.countyCadre, undefined, true), [200]);
    },
    async () => {
      memory.count('read who I am', await call('registration', 'read who I am', 'GET', '/users/me', pick(city.workers), undefined, true), [200]);
    },
    async () => {
      const worker = pick(city.workers);
      const answer = await http.call('registration', 'log in', 'POST', '/auth/login', { body: { username: worker.username, password: city.password }, idempotent: true });
      memory.count('log in', answer, [200]);
    },
  ];
  const reader = () =>
    actor('read', Math.random() * READ_INTERVAL_MS, async () => {
      await pick(reads)();
      return READ_INTERVAL_MS * (0.5 + Math.random());
    });

  const hazardDeciders = [...city.townCadres, city.countyCadre, city.cityApprover, ...city.enterpriseCadres.values(), ...city.inspectors];
  const awardsDeciders = [...city.enterpriseCadres.values(), ...city.townCadres, city.countyCadre, city.countyOffice, city.cityApprover, city.nominator];
  const users = [
    ...city.workers.map((w) => reporter(w)),
    ...Array.from({ length: settings.verifierLanes }, (_, lane) => verifier(lane)),
    ...hazardDeciders.map((p) => decider('hazard-reward', p)),
    ...awardsDeciders.map((p) => decider('awards', p)),
    nominator(),
    organiser(),
    ...Array.from({ length: READER_LANES }, () => reader()),
  ];
  const all = Promise.all(users);
  return {
    memory,
    stop: async () => {
      stopped = true;
      await all;
    },
  };
}
