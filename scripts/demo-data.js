// Loads the demo data through the services' public APIs. Safe to run again: what exists is kept.
const registrationUrl = process.env.REGISTRATION_URL ?? 'http://127.0.0.1:3001';

const demoCompetitions = [
  {
    name: '2026年“当好主人翁、建功新时代”全市职工劳动和技能竞赛',
    organiserOrgUnitId: 'demo-city-federation',
    startDate: '2026-03-01',
    endDate: '2026-12-31',
  },
  {
    name: '2026年“安康杯”竞赛暨职工有奖报告事故隐患活动',
    organiserOrgUnitId: 'demo-city-federation',
    startDate: '2026-04-01',
    endDate: '2026-11-30',
  },
  {
    name: '“聚焦效益品质，聚力创新创业”主题劳动竞赛',
    organiserOrgUnitId: 'demo-county-federation',
    startDate: '2026-05-01',
    endDate: '2026-12-15',
  },
];

async function call(method, path, body) {
  const res = await fetch(`${registrationUrl}${path}`, {
    method,
    headers: { 'content-type': 'application/json', 'x-correlation-id': 'demo-data' },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${method} ${path} → ${res.status}: ${text}`);
  return JSON.parse(text);
}

async function main() {
  const existing = new Set();
  for (let offset = 0; ; offset += 100) {
    const page = await call('GET', `/competitions?limit=100&offset=${offset}`);
    page.items.forEach((c) => existing.add(c.name));
    if (offset + 100 >= page.total) break;
  }
  let created = 0;
  for (const competition of demoCompetitions) {
    if (existing.has(competition.name)) continue;
    await call('POST', '/competitions', competition);
    created += 1;
  }
  console.log(`[demo] competitions: ${created} created, ${demoCompetitions.length - created} already there`);
}

main().catch((err) => {
  console.error(`[demo] failed: ${err.message}`);
  process.exit(1);
});
