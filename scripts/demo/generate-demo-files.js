#!/usr/bin/env node
// Writes scripts/demo/enterprises.csv and scripts/demo/workers.csv from city.js: the sheets that
// scripts/demo-data.js uploads to the enterprise and worker imports. Deterministic (fixed seed, credit codes
// derived from the enterprise ids), so running it again gives the same files. Needs a build first, for the
// repo's own credit-code functions:  npx nx run-many -t build && node scripts/demo/generate-demo-files.js
'use strict';

const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');
const city = require('./city');

const ROOT = path.resolve(__dirname, '../..');
let org;
try {
  org = require(path.join(ROOT, 'libs/org/dist'));
} catch {
  console.error('generate-demo-files: libs/org is not built; run `npx nx run-many -t build` first');
  process.exit(1);
}

/** Mulberry32: a tiny PRNG, so that the same seed gives the same workers on every machine. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = prng(20260301);
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (min, max) => min + Math.floor(random() * (max - min + 1));

/**
 * 统一社会信用代码: 9 (market regulation) 1 (enterprise), the region code, then an organisation code of the
 * form enterprises registered since 2015 have ('MA' and six characters, from a hash of the id), each check
 * character computed by libs/org.
 */
function creditCodeOf(enterprise) {
  const digest = crypto.createHash('sha256').update(enterprise.id).digest();
  const charset = org.creditCodeCharset;
  let body = 'MA';
  for (let i = 0; body.length < 8; i++) body += charset[digest[i] % charset.length];
  return org.makeCreditCode(`91${city.regionCodeOf(enterprise.id)}${org.completeOrganisationCode(body)}`);
}

const surnames = Array.from(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤',
);
const givenNames = {
  male: ['伟', '强', '磊', '军', '勇', '杰', '涛', '斌', '超', '明', '刚', '平', '辉', '鹏', '华', '飞', '鑫', '波', '建华', '建军', '志强', '海涛', '国庆', '晓东', '振宇', '俊杰', '文博', '永刚', '立新', '宏伟', '子豪', '浩然', '家豪', '明轩', '天宇', '春雷', '德胜', '晨阳'],
  female: ['芳', '娜', '敏', '静', '丽', '艳', '娟', '霞', '燕', '玲', '婷', '雪', '慧', '倩', '颖', '秀兰', '桂英', '晓燕', '丽娟', '海霞', '春梅', '雪梅', '欣怡', '雨涵', '梦琪', '思雨', '佳慧', '文静', '玉洁', '红梅', '淑华', '美玲'],
};
const mobilePrefixes = ['133', '135', '136', '137', '138', '139', '150', '151', '152', '155', '157', '158', '159', '166', '176', '177', '180', '182', '186', '187', '188', '189', '191', '199'];
/** Share of each national skill level among the workers, and of workers without one (an empty cell). */
const skillGrades = [
  ['初级工', 0.22],
  ['中级工', 0.32],
  ['高级工', 0.24],
  ['技师', 0.1],
  ['高级技师', 0.04],
  ['', 0.08],
];
function skillGrade() {
  let r = random();
  for (const [grade, share] of skillGrades) {
    if ((r -= share) < 0) return grade;
  }
  return '';
}

const enterpriseRows = city.enterprises.map((e) => [
  e.id,
  e.name,
  creditCodeOf(e),
  e.parentId,
  city.regionCodeOf(e.id),
  e.ownership === 'public' ? '公有制' : '非公有制',
  e.aboveScale ? '是' : '否',
  e.industry,
  String(e.headcount),
]);

const names = new Set(city.demoUsers.map((u) => u.displayName));
const mobiles = new Set();
const workerRows = [];
for (const team of city.teams) {
  const count = between(4, 8);
  for (let i = 0; i < count; i++) {
    const gender = random() < 0.62 ? 'male' : 'female';
    let name;
    do name = pick(surnames) + pick(givenNames[gender]);
    while (names.has(name));
    names.add(name);
    let mobile;
    do mobile = pick(mobilePrefixes) + String(between(0, 99_999_999)).padStart(8, '0');
    while (mobiles.has(mobile));
    mobiles.add(mobile);
    workerRows.push([name, mobile, team.id, gender === 'male' ? '男' : '女', pick(team.trades), skillGrade()]);
  }
}

/** UTF-8 with a BOM (so that Excel shows the Chinese), CRLF line ends, cells quoted only when they must be. */
function csv(header, rows) {
  const cell = (value) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`;
}

const enterprisesFile = path.join(__dirname, 'enterprises.csv');
const workersFile = path.join(__dirname, 'workers.csv');
fs.writeFileSync(
  enterprisesFile,
  csv(['单位编号', '企业名称', '统一社会信用代码', '上级工会编号', '行政区划代码', '所有制', '规模以上', '行业', '职工人数'], enterpriseRows),
);
fs.writeFileSync(workersFile, csv(['姓名', '手机号', '所在班组编号', '性别', '工种', '技术等级'], workerRows));
console.log(
  `wrote ${path.relative(ROOT, enterprisesFile)} (${enterpriseRows.length} enterprises) and ` +
    `${path.relative(ROOT, workersFile)} (${workerRows.length} workers in ${city.teams.length} teams)`,
);
