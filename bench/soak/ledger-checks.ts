/**
 * What the users were told against what the database holds, and the money: every accepted report and
 * verification stored as told, one reward per confirmed hazard and none for the others, one ledger
 * entry of each kind per reward as far as it got, the ledger equal to what the budgets were charged;
 * and in awards, every accepted nomination stored, one history entry per conferred honour, funds
 * and quotas equal to their entries.
 */
import { Check, check, guarded } from './check';
import { Sql } from './db';
import { keyOf, ReportAttempt, WorkloadMemory } from './memory';

const sample = <T>(items: T[], n = 5): T[] => items.slice(0, n);

async function reportChecks(sql: Sql, memory: WorkloadMemory): Promise<Check[]> {
  const stored = await sql<{ id: string; description: string; status: string; grade: string | null; duplicate_of: string | null }>(
    `SELECT id, description, status, grade, duplicate_of FROM hazard_reward.hazard_reports`,
  );
  const byKey = new Map<string, ReportAttempt>();
  for (const attempt of memory.reports.values()) byKey.set(attempt.key, attempt);
  const storedById = new Map(stored.map((r) => [r.id, r]));
  const accepted = memory.acceptedReports();
  const missing = accepted.filter((a) => !storedById.has(a.id!));
  let landedAfterLostAnswer = 0;
  const unexplained: string[] = [];
  for (const row of stored) {
    const attempt = byKey.get(keyOf(row.description) ?? '');
    if (attempt?.told === 'accepted' && attempt.id === row.id) continue;
    if (attempt?.told === 'lost') landedAfterLostAnswer++;
    else unexplained.push(`${row.id} (${attempt ? `its POST was told ${attempt.told}` : 'made by no attempt of the soak'})`);
  }
  const lostAnswers = [...memory.reports.values()].filter((a) => a.told === 'lost').length;
  const reports = check(
    'reports: accepted (201) = stored',
    missing.length === 0 && unexplained.length === 0,
    `accepted ${accepted.length}, stored ${stored.length} = ${stored.length - landedAfterLostAnswer - unexplained.length} accepted + ${landedAfterLostAnswer} of ${lostAnswers} whose answer was lost; ` +
      `accepted but missing ${missing.length}, stored unexplained ${unexplained.length}`,
    { missing: sample(missing.map((m) => m.id)), unexplained: sample(unexplained) },
  );

  // Every verification the service accepted is stored as it was sent.
  const verified = [...memory.reports.values()].filter((a) => a.verification && (a.verification.told === 'accepted' || a.verification.told === 'landed-after-lost-answer'));
  const wrong: string[] = [];
  for (const a of verified) {
    const row = storedById.get(a.id!);
    const sent = a.verification!.sent;
    const as = !row
      ? 'missing'
      : row.status !== sent.outcome
        ? `stored ${row.status}`
        : sent.outcome === 'confirmed' && row.grade !== sent.grade
          ? `grade ${row.grade}`
          : sent.outcome === 'duplicate' && row.duplicate_of !== sent.duplicateOf
            ? `duplicate of ${row.duplicate_of}`
            : undefined;
    if (as) wrong.push(`${a.id}: sent ${sent.outcome}, ${as}`);
  }
  const unanswered = [...memory.reports.values()].filter((a) => a.verification && a.verification.told !== 'accepted' && a.verification.told !== 'landed-after-lost-answer');
  const verifiedAnyway = unanswered.filter((a) => storedById.get(a.id!)?.status !== 'reported').length;
  const verifications = check(
    'verifications: accepted (200) = stored as sent',
    wrong.length === 0,
    `accepted ${verified.length} (${verified.filter((a) => a.verification!.told === 'landed-after-lost-answer').length} found done after a lost answer), stored differently ${wrong.length}; ` +
      `not accepted ${unanswered.length}, of which stored verified anyway ${verifiedAnyway}`,
    { wrong: sample(wrong) },
  );
  return [reports, verifications];
}

async function rewardChecks(sql: Sql): Promise<Check[]> {
  const [r] = await sql(`
    SELECT (SELECT count(*)::int FROM hazard_reward.hazard_reports WHERE status = 'confirmed') AS confirmed,
           (SELECT count(*)::int FROM hazard_reward.hazard_reports h WHERE h.status = 'confirmed'
               AND (SELECT count(*) FROM hazard_reward.rewards w WHERE w.report_id = h.id) <> 1) AS confirmed_not_one,
           (SELECT count(*)::int FROM hazard_reward.rewards w JOIN hazard_reward.hazard_reports h ON h.id = w.report_id
             WHERE h.status <> 'confirmed') AS for_unconfirmed,
           (SELECT count(*)::int FROM hazard_reward.rewards) AS rewards`);
  const byStatus = await sql<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM hazard_reward.rewards GROUP BY status ORDER BY status`);
  const rewards = check(
    'rewards: one per confirmed hazard, none for the others',
    r.confirmed_not_one === 0 && r.for_unconfirmed === 0,
    `confirmed ${r.confirmed}, rewards ${r.rewards} (${byStatus.map((s) => `${s.status} ${s.n}`).join(', ') || 'none'}); ` +
      `confirmed without exactly one ${r.confirmed_not_one}, for rejected/duplicate/unverified reports ${r.for_unconfirmed}`,
  );

  // As far as each reward got: issued → one 'issued' entry; paid → one 'issued' and one 'paid'; otherwise none. Same amount.
  const wrongEntries = await sql<{ id: string; status: string; issued: number; paid: number; amounts_ok: boolean }>(`
    SELECT w.id, w.status,
           count(*) FILTER (WHERE l.kind = 'issued')::int AS issued,
           count(*) FILTER (WHERE l.kind = 'paid')::int AS paid,
           bool_and(l.amount_fen IS NULL OR l.amount_fen = w.amount_fen) AS amounts_ok
      FROM hazard_reward.rewards w LEFT JOIN hazard_reward.ledger_entries l ON l.reward_id = w.id
     GROUP BY w.id, w.status
    HAVING count(*) FILTER (WHERE l.kind = 'issued') <> (CASE WHEN w.status IN ('issued', 'paid') THEN 1 ELSE 0 END)
        OR count(*) FILTER (WHERE l.kind = 'paid') <> (CASE WHEN w.status = 'paid' THEN 1 ELSE 0 END)
        OR NOT bool_and(l.amount_fen IS NULL OR l.amount_fen = w.amount_fen)`);
  const [entries] = await sql(`SELECT count(*) FILTER (WHERE kind = 'issued')::int AS issued, count(*) FILTER (WHERE kind = 'paid')::int AS paid FROM hazard_reward.ledger_entries`);
  const ledger = check(
    "ledger: one 'issued' and one 'paid' entry per paid reward",
    wrongEntries.length === 0,
    `ledger entries issued ${entries.issued}, paid ${entries.paid}; rewards whose entries do not match their status or amount ${wrongEntries.length}`,
    { wrong: sample(wrongEntries) },
  );

  const [money] = await sql(`
    SELECT (SELECT coalesce(sum(amount_fen), 0)::bigint FROM hazard_reward.ledger_entries WHERE kind = 'issued') AS issued_fen,
           (SELECT coalesce(sum(committed_fen), 0)::bigint FROM hazard_reward.reward_budgets) AS committed_fen`);
  const budget = check(
    'budget: issued ledger amounts = budgets committed',
    BigInt(money.issued_fen) === BigInt(money.committed_fen),
    `issued ${(Number(money.issued_fen) / 100).toFixed(2)} yuan, committed ${(Number(money.committed_fen) / 100).toFixed(2)} yuan`,
  );
  return [rewards, ledger, budget];
}

async function awardsChecks(sql: Sql, memory: WorkloadMemory): Promise<Check[]> {
  const stored = await sql<{ id: string; material: string | null; status: string }>(`SELECT id, material, status FROM awards.nominations`);
  const storedById = new Map(stored.map((n) => [n.id, n]));
  const attempts = [...memory.nominations.values()];
  const byKey = new Map(attempts.map((a) => [a.key, a]));
  const accepted = attempts.filter((a) => a.told === 'accepted');
  const missing = accepted.filter((a) => !storedById.has(a.id!));
  let landed = 0;
  const unexplained: string[] = [];
  for (const row of stored) {
    const attempt = byKey.get(keyOf(row.material) ?? '');
    if (attempt?.told === 'accepted' && attempt.id === row.id) continue;
    if (attempt?.told === 'lost') landed++;
    else unexplained.push(`${row.id} (${attempt ? `its POST was told ${attempt.told}` : 'made by no attempt of the soak'})`);
  }
  const submitted = accepted.filter((a) => a.submission === 'accepted' || a.submission === 'landed-after-lost-answer');
  const stillCandidates = submitted.filter((a) => storedById.get(a.id!)?.status === 'candidate');
  const nominations = check(
    'nominations: accepted = stored, submissions stored',
    missing.length === 0 && unexplained.length === 0 && stillCandidates.length === 0,
    `accepted ${accepted.length}, stored ${stored.length} (${landed} after a lost answer), missing ${missing.length}, unexplained ${unexplained.length}; ` +
      `submissions accepted ${submitted.length}, still candidates ${stillCandidates.length}`,
    { missing: sample(missing.map((m) => m.id)), unexplained: sample(unexplained), stillCandidates: sample(stillCandidates.map((a) => a.id)) },
  );

  const [a] = await sql(`
    SELECT (SELECT count(*)::int FROM awards.nominations WHERE status = 'conferred') AS conferred,
           (SELECT count(*)::int FROM awards.nominations n WHERE n.status = 'conferred'
               AND (SELECT count(*) FROM awards.honour_history h WHERE h.nomination_id = n.id) <> 1) AS conferred_not_once,
           (SELECT count(*)::int FROM awards.honour_history h JOIN awards.nominations n ON n.id = h.nomination_id WHERE n.status <> 'conferred') AS history_not_conferred,
           (SELECT count(*)::int FROM awards.fund_entries f JOIN awards.nominations n ON n.id = f.nomination_id WHERE n.status <> 'conferred') AS paid_not_conferred,
           (SELECT count(*)::int FROM awards.competition_funds c
             WHERE c.spent_fen <> (SELECT coalesce(sum(amount_fen), 0) FROM awards.fund_entries f WHERE f.unit_id = c.unit_id AND f.year = c.year)) AS funds_off,
           (SELECT count(*)::int FROM awards.honour_quotas q
             WHERE q.taken <> (SELECT count(*) FROM awards.nominations n
                                WHERE n.honour_code = q.honour_code AND n.conferring_unit_id = q.conferring_unit_id AND n.year = q.year AND n.holds_quota)) AS quotas_off`);
  const honours = check(
    'honours: conferred once, fund and quotas = their entries',
    a.conferred_not_once === 0 && a.history_not_conferred === 0 && a.paid_not_conferred === 0 && a.funds_off === 0 && a.quotas_off === 0,
    `conferred ${a.conferred}; without exactly one history entry ${a.conferred_not_once}, history of unconferred ${a.history_not_conferred}, ` +
      `fund paid for unconferred ${a.paid_not_conferred}, funds off ${a.funds_off}, quotas off ${a.quotas_off}`,
  );
  return [nominations, honours];
}

export async function ledgerChecks(sql: Sql, memory: WorkloadMemory): Promise<Check[]> {
  return [
    ...(await guarded('reports and verifications', () => reportChecks(sql, memory))),
    ...(await guarded('rewards, ledger and budget', () => rewardChecks(sql))),
    ...(await guarded('nominations and honours', () => awardsChecks(sql, memory))),
  ];
}
