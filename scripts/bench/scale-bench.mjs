// Times every list, detail, the dashboard, the export and a write mix through the API at a fixed concurrency, and
// beside each the same SQL the endpoint runs (the statements Hibernate logs for it with
// quarkus.hibernate-orm.log.sql=true, with the values of this data set) through pgbench at the same concurrency
// (scripts/bench-scale.sh). Prints one table and writes it as JSON to CCH_BENCH_SCALE_OUT, for the comparison of
// two sizes. Bounded in time per case; only localhost is contacted.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { benchToken } from './lib/tokens.mjs';

const env = process.env;
const api = env.CCH_BENCH_API;
const concurrency = Number(env.CCH_BENCH_SCALE_CONCURRENCY ?? 16);
const seconds = Number(env.CCH_BENCH_SCALE_SECONDS ?? 5);
const only = env.CCH_BENCH_SCALE_ONLY ? new RegExp(env.CCH_BENCH_SCALE_ONLY) : null;
const db = ['-h', env.CCH_DB_HOST, '-p', env.CCH_DB_PORT, '-U', env.CCH_DB_USER ?? 'postgres'];
const work = mkdtempSync(join(tmpdir(), 'cch-scale-'));

const editor = `Bearer ${benchToken(env.CCH_BENCH_KEY, 'bench-scale', ['/organizations/musterstadt/editor'])}`;

function psql(query) {
  const out = execFileSync('psql', ['-X', '-q', '-At', '-F', '\t', ...db, '-d', env.CCH_BENCH_DB, '-c', query], {
    encoding: 'utf8',
    env: { ...env, PGOPTIONS: '-c client_min_messages=warning' },
  });
  return out.split('\n').filter((line) => line !== '');
}

const column = (query) => psql(query).map((line) => line.split('\t')[0]);

// --- The SQL the endpoints run, as Hibernate logs it (aliases and column order included) ---
const cols = (alias, names) => names.map((n) => `${alias}.${n}`).join(', ');
const PROJECT = cols('sp1_0', [
  'id',
  'actual_completion',
  'budget_actual',
  'budget_planned',
  'component_ids',
  'created_at',
  'created_by',
  'external_id',
  'fields_of_action',
  'funding_source',
  'organization_id',
  'origin_note',
  'origin_outcome_id',
  'origin_practice_id',
  'origin_practice_title',
  'origin_practice_version',
  'planned_completion',
  'resume_status',
  'start_date',
  'status',
  'status_changed_at',
  'status_reason',
  'strategy_id',
  'summary',
  'title',
  'updated_at',
  'updated_by',
  'version',
  'visibility',
]);
const MEASURE = cols('m1_0', [
  'id',
  'co2e_confidence',
  'co2e_method',
  'co2e_tonnes_per_year',
  'completed_at',
  'cost',
  'created_at',
  'created_by',
  'description',
  'energy_carrier_from',
  'energy_carrier_to',
  'energy_replaced_mwh_per_year',
  'external_id',
  'indicator_contributions',
  'involved',
  'material_avoided_t',
  'material_recycled_t',
  'material_reused_t',
  'planned_completion',
  'position',
  'project_id',
  'renewable_mwh_per_year',
  'responsible',
  'status',
  'steps',
  'title',
  'updated_at',
  'updated_by',
  'version',
]);
const STAKEHOLDER_NAMES = [
  'id',
  'created_at',
  'created_by',
  'description',
  'external_id',
  'fields_of_action',
  'name',
  'organization_id',
  'sector',
  'updated_at',
  'updated_by',
  'version',
  'visibility',
  'website',
];
const STAKEHOLDER = cols('s1_0', STAKEHOLDER_NAMES);
const WORKSHOP = cols('w1_0', [
  'id',
  'capacity',
  'created_at',
  'created_by',
  'ends_at',
  'external_id',
  'format',
  'minutes',
  'online_link',
  'organization_id',
  'place',
  'purpose',
  'starts_at',
  'status',
  'strategy_id',
  'time_zone',
  'title',
  'updated_at',
  'updated_by',
  'version',
  'visibility',
]);
const STRATEGY = cols('s1_0', [
  'id',
  'created_at',
  'created_by',
  'decided_on',
  'decision_body',
  'decision_id',
  'decision_reference',
  'external_id',
  'organization_id',
  'period_from',
  'period_to',
  'status',
  'summary',
  'title',
  'updated_at',
  'updated_by',
  'version',
  'visibility',
]);
const ORGANIZATION = cols('o1_0', [
  'id',
  'country',
  'created_at',
  'created_by',
  'kind',
  'name',
  'official_code',
  'population',
  'slug',
  'time_zone',
  'updated_at',
  'updated_by',
  'version',
]);
const INDICATOR = cols('i1_0', [
  'id',
  'baseline_date',
  'baseline_value',
  'component_id',
  'created_at',
  'created_by',
  'direction',
  'external_id',
  'kind',
  'name',
  'source',
  'strategy_id',
  'targets',
  'unit',
  'updated_at',
  'updated_by',
  'version',
]);
const INDICATOR_VALUE = cols('iv1_0', [
  'id',
  'comment',
  'created_at',
  'created_by',
  'indicator_id',
  'kind',
  'observed_on',
  'source',
  'value',
]);
const ANALYSIS = cols('sa1_0', [
  'id',
  'conducted_on',
  'created_at',
  'created_by',
  'external_id',
  'facilitator',
  'method',
  'organization_id',
  'status',
  'strategy_id',
  'title',
  'updated_at',
  'updated_by',
  'version',
  'visibility',
]);
const RATING = `${cols('sr1_0', [
  'id',
  'analysis_id',
  'attitude',
  'created_at',
  'created_by',
  'engagement_current',
  'engagement_desired',
  'interest',
  'power',
  'rationale',
  'stakeholder_id',
  'updated_at',
  'updated_by',
  'version',
])}, ${STAKEHOLDER}`;
const FOLLOW_UP = cols('fu1_0', [
  'id',
  'created_at',
  'created_by',
  'done',
  'due_date',
  'owner',
  'title',
  'updated_at',
  'updated_by',
  'version',
  'workshop_id',
]);
const FACILITATOR = `${cols('f1_0', ['id', 'organization_name', 'position', 'role', 'stakeholder_id', 'workshop_id'])}, ${STAKEHOLDER}`;
const AGENDA = cols('ai1_0', [
  'id',
  'duration_minutes',
  'expected_output',
  'method',
  'position',
  'responsible',
  'title',
  'workshop_id',
]);

const scope = (a) =>
  `( ${a}.organization_id in (:member) or ${a}.visibility=:pub or ( ${a}.visibility=:net and ${a}.organization_id in (:peers) ) )`;
const page = 'offset :off rows fetch first :lim rows only';
const like = (...fields) => `( ${fields.map((f) => `lower(${f}) like :text escape '\\'`).join(' or ')} )`;
const afterDesc = (a, key) => `( ${a}.${key}<:afterKey or ( ${a}.${key}=:afterKey and ${a}.id<:afterId ) )`;
const afterAsc = (a, key) => `( ${a}.${key}>:afterKey or ( ${a}.${key}=:afterKey and ${a}.id>:afterId ) )`;

const projectPage = (filters) =>
  `select ${PROJECT} from starter_project sp1_0 where ${[scope('sp1_0'), ...filters].join(' and ')} order by sp1_0.updated_at desc, sp1_0.id desc ${page}`;
const projectChildren = [
  `select ${MEASURE} from project_measure m1_0 where m1_0.project_id in (:pids) order by m1_0.position, m1_0.id`,
  'select pp1_0.id, pp1_0.project_id, pp1_0.role, pp1_0.stakeholder_id from project_party pp1_0 where pp1_0.project_id in (:pids) order by pp1_0.role, pp1_0.id',
  `select ${STAKEHOLDER} from stakeholder s1_0 where s1_0.id in (:sids)`,
];
const stakeholderPage = (filters) =>
  `select ${STAKEHOLDER} from stakeholder s1_0 where ${[scope('s1_0'), ...filters].join(' and ')} order by s1_0.name, s1_0.id ${page}`;
const workshopPage = (filters) =>
  `select ${WORKSHOP} from workshop w1_0 where ${[scope('w1_0'), ...filters].join(' and ')} order by w1_0.starts_at, w1_0.id ${page}`;
const workshopChildren = [
  'select p1_0.workshop_id, p1_0.status, count(p1_0.id) from workshop_participant p1_0 where p1_0.workshop_id in (:wids) group by p1_0.workshop_id, p1_0.status',
];
const strategyPage = (filters) =>
  `select ${STRATEGY} from strategy s1_0 where ${[scope('s1_0'), ...filters].join(' and ')} order by s1_0.updated_at desc, s1_0.id desc ${page}`;

// --- The data set's values ---
const member = column("select id from organization where slug = 'musterstadt'")[0];
const peers = column(`select distinct peer.organization_id from network_member own
  join network_member peer on peer.network_id = own.network_id and peer.status = 'ACCEPTED'
  where own.organization_id = '${member}' and own.status = 'ACCEPTED' and peer.organization_id <> '${member}'
  order by 1`);
const other = column("select id from organization where slug = 'scale-org-2'")[0];
const base = { member: [member], peers, pub: 'PUBLIC', net: 'NETWORK', off: 0, lim: 21 };
const total = Number(column('select count(*) from starter_project')[0]);
const rare = String(Math.floor(total * 0.7777)); // the end of one title, a term that is in very few
const ids = (table, where) => column(`select id from ${table} where ${where} order by id limit 8`);
const ownProjects = ids('starter_project', `organization_id = '${member}'`);
const responsible =
  column(`select pp.stakeholder_id from project_party pp join starter_project p on p.id = pp.project_id
  where p.organization_id = '${member}' group by 1 order by count(*) desc, 1 limit 1`)[0];
const ownStrategy = column(`select strategy_id from starter_project where organization_id = '${member}'
  and strategy_id is not null group by 1 order by count(*) desc limit 1`)[0];

// A cursor halfway down a list: the key and id of the row there, encoded as the API encodes it.
function deepCursor(table, key, descending, filter = 'true') {
  const [row] = psql(`select id, to_char(${key} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') from ${table}
    where ${filter} order by ${key} ${descending ? 'desc' : 'asc'}, id ${descending ? 'desc' : 'asc'}
    offset (select count(*) / 2 from ${table} where ${filter}) limit 1`);
  const [id, at] = row.split('\t');
  return { cursor: Buffer.from(`${id}:${at}`).toString('base64url'), afterKey: at, afterId: id };
}
const visible = `(organization_id = '${member}' or visibility = 'PUBLIC' or (visibility = 'NETWORK' and organization_id in (${peers.map((p) => `'${p}'`).join(', ') || 'null'})))`;
const projectDeep = deepCursor('starter_project', 'updated_at', true, visible);
const workshopDeep = deepCursor('workshop', 'starts_at', false, visible);
const strategyDeep = deepCursor('strategy', 'updated_at', true, visible);

// The children a page of projects loads, from the API's answer.
function projectPageParams(body) {
  const pids = body.items.map((p) => p.id);
  const sids = pids.length
    ? column(
        `select distinct stakeholder_id from project_party where project_id in (${pids.map((p) => `'${p}'`).join(',')})`,
      )
    : [];
  return { pids, sids };
}
const workshopPageParams = (body) => ({ wids: body.items.map((w) => w.id) });

// --- The cases: the API request and the SQL it runs ---
const cases = [];
function list(name, path, statements, params = {}, children = null) {
  cases.push({ name, path, statements, params, children });
}
const q = encodeURIComponent;

list('projects: first page', '/api/v1/starter-projects', [projectPage([]), ...projectChildren], {}, projectPageParams);
list(
  `projects: deep cursor (row ${Math.floor(total / 2)})`,
  `/api/v1/starter-projects?cursor=${projectDeep.cursor}`,
  [projectPage([afterDesc('sp1_0', 'updated_at')]), ...projectChildren],
  projectDeep,
  projectPageParams,
);
list(
  'projects: organizationId (own)',
  `/api/v1/starter-projects?organizationId=${member}`,
  [projectPage(['sp1_0.organization_id=:org']), ...projectChildren],
  { org: member },
  projectPageParams,
);
list(
  'projects: organizationId (other)',
  `/api/v1/starter-projects?organizationId=${other}`,
  [projectPage(['sp1_0.organization_id=:org']), ...projectChildren],
  { org: other },
  projectPageParams,
);
list(
  'projects: strategyId',
  `/api/v1/starter-projects?strategyId=${ownStrategy}`,
  [projectPage(['sp1_0.strategy_id=:strategy']), ...projectChildren],
  { strategy: ownStrategy },
  projectPageParams,
);
list(
  'projects: status',
  '/api/v1/starter-projects?status=IMPLEMENTATION',
  [projectPage(['sp1_0.status=:status']), ...projectChildren],
  { status: 'IMPLEMENTATION' },
  projectPageParams,
);
list(
  'projects: fieldOfAction',
  '/api/v1/starter-projects?fieldOfAction=PROCUREMENT',
  [projectPage(['sp1_0.fields_of_action@>cast(array[:foa] as varchar array)']), ...projectChildren],
  { foa: 'PROCUREMENT' },
  projectPageParams,
);
list(
  'projects: responsibleStakeholderId',
  `/api/v1/starter-projects?responsibleStakeholderId=${responsible}`,
  [
    `select ${STAKEHOLDER} from stakeholder s1_0 where s1_0.id=:responsible`,
    projectPage([
      "exists(select pp1_0.id from project_party pp1_0 where pp1_0.project_id=sp1_0.id and pp1_0.stakeholder_id=:responsible and pp1_0.role='RESPONSIBLE')",
    ]),
    ...projectChildren,
  ],
  { responsible },
  projectPageParams,
);
const since = new Date(Date.now() - 30 * 86400000).toISOString().replace(/\.\d+Z$/, 'Z');
list(
  'projects: updatedSince (30 days)',
  `/api/v1/starter-projects?updatedSince=${since}`,
  [projectPage(['sp1_0.updated_at>=:since']), ...projectChildren],
  { since },
  projectPageParams,
);
list(
  'projects: q common word',
  '/api/v1/starter-projects?q=reparatur',
  [projectPage([like('sp1_0.title', 'sp1_0.summary')]), ...projectChildren],
  { text: '%reparatur%' },
  projectPageParams,
);
list(
  `projects: q rare term (${rare})`,
  `/api/v1/starter-projects?q=${rare}`,
  [projectPage([like('sp1_0.title', 'sp1_0.summary')]), ...projectChildren],
  { text: `%${rare}%` },
  projectPageParams,
);

const stakeholderDeep = (() => {
  const [row] = psql(`select id, name from stakeholder where ${visible} order by name, id
    offset (select count(*) / 2 from stakeholder where ${visible}) limit 1`);
  const [id, name] = row.split('\t');
  return { cursor: Buffer.from(`${id}:${name}`).toString('base64url'), afterKey: name, afterId: id };
})();
list('stakeholders: first page', '/api/v1/stakeholders', [stakeholderPage([])]);
list(
  'stakeholders: deep cursor',
  `/api/v1/stakeholders?cursor=${stakeholderDeep.cursor}`,
  [stakeholderPage([afterAsc('s1_0', 'name')])],
  stakeholderDeep,
);
list(
  'stakeholders: organizationId',
  `/api/v1/stakeholders?organizationId=${member}`,
  [stakeholderPage(['s1_0.organization_id=:org'])],
  { org: member },
);
list('stakeholders: sector', '/api/v1/stakeholders?sector=BUSINESS', [stakeholderPage(['s1_0.sector=:sector'])], {
  sector: 'BUSINESS',
});
list(
  'stakeholders: fieldOfAction',
  '/api/v1/stakeholders?fieldOfAction=PROCUREMENT',
  [stakeholderPage(['s1_0.fields_of_action@>cast(array[:foa] as varchar array)'])],
  { foa: 'PROCUREMENT' },
);
list(
  'stakeholders: q',
  '/api/v1/stakeholders?q=reparatur',
  [stakeholderPage([like('s1_0.name', 's1_0.description')])],
  { text: '%reparatur%' },
);

const today = new Date().toISOString().slice(0, 10);
const inAMonth = new Date(Date.now() + 30 * 86400000).toISOString().slice(0, 10);
list('workshops: first page', '/api/v1/workshops', [workshopPage([]), ...workshopChildren], {}, workshopPageParams);
list(
  'workshops: deep cursor',
  `/api/v1/workshops?cursor=${workshopDeep.cursor}`,
  [workshopPage([afterAsc('w1_0', 'starts_at')]), ...workshopChildren],
  workshopDeep,
  workshopPageParams,
);
list(
  'workshops: organizationId',
  `/api/v1/workshops?organizationId=${member}`,
  [workshopPage(['w1_0.organization_id=:org']), ...workshopChildren],
  { org: member },
  workshopPageParams,
);
list(
  'workshops: strategyId',
  `/api/v1/workshops?strategyId=${ownStrategy}`,
  [workshopPage(['w1_0.strategy_id=:strategy']), ...workshopChildren],
  { strategy: ownStrategy },
  workshopPageParams,
);
list(
  'workshops: status',
  '/api/v1/workshops?status=PLANNED',
  [workshopPage(['w1_0.status=:status']), ...workshopChildren],
  { status: 'PLANNED' },
  workshopPageParams,
);
list(
  'workshops: from/to (next 30 days)',
  `/api/v1/workshops?from=${today}T00:00:00Z&to=${inAMonth}T00:00:00Z`,
  [workshopPage(['w1_0.ends_at>:from', 'w1_0.starts_at<:to']), ...workshopChildren],
  { from: `${today}T00:00:00Z`, to: `${inAMonth}T00:00:00Z` },
  workshopPageParams,
);
list(
  'workshops: q',
  '/api/v1/workshops?q=reparatur',
  [workshopPage([like('w1_0.title', 'w1_0.place', 'w1_0.minutes')]), ...workshopChildren],
  { text: '%reparatur%' },
  workshopPageParams,
);

list('strategies: first page', '/api/v1/strategies', [strategyPage([])]);
list(
  'strategies: deep cursor',
  `/api/v1/strategies?cursor=${strategyDeep.cursor}`,
  [strategyPage([afterDesc('s1_0', 'updated_at')])],
  strategyDeep,
);
list(
  'strategies: organizationId',
  `/api/v1/strategies?organizationId=${other}`,
  [strategyPage(['s1_0.organization_id=:org'])],
  { org: other },
);
list('strategies: status', '/api/v1/strategies?status=ADOPTED', [strategyPage(['s1_0.status=:status'])], {
  status: 'ADOPTED',
});
list(
  'strategies: updatedSince (30 days)',
  `/api/v1/strategies?updatedSince=${since}`,
  [strategyPage(['s1_0.updated_at>=:since'])],
  { since },
);
list('strategies: q', '/api/v1/strategies?q=reparatur', [strategyPage([like('s1_0.title', 's1_0.summary')])], {
  text: '%reparatur%',
});

// Details rotate over eight records the caller reads; pgbench runs one script per record, picked at random.
function detail(name, path, recordIds, statements, perRecord = () => ({})) {
  cases.push({ name, path, statements, records: recordIds.map((id) => ({ id, ...perRecord(id) })) });
}
detail(
  'project detail',
  '/api/v1/starter-projects/:id',
  ownProjects,
  [
    `select ${PROJECT} from starter_project sp1_0 where sp1_0.id=:id`,
    'select pp1_0.id, pp1_0.project_id, pp1_0.role, pp1_0.stakeholder_id from project_party pp1_0 where pp1_0.project_id in (:one) order by pp1_0.role, pp1_0.id',
    `select ${STAKEHOLDER} from stakeholder s1_0 where s1_0.id in (:sids)`,
    `select ${MEASURE} from project_measure m1_0 where m1_0.project_id in (:one) order by m1_0.position, m1_0.id`,
  ],
  (id) => ({ one: [id], sids: column(`select stakeholder_id from project_party where project_id = '${id}'`) }),
);
detail('stakeholder detail', '/api/v1/stakeholders/:id', ids('stakeholder', `organization_id = '${member}'`), [
  `select ${STAKEHOLDER} from stakeholder s1_0 where s1_0.id=:id`,
]);
detail('workshop detail', '/api/v1/workshops/:id', ids('workshop', `organization_id = '${member}'`), [
  `select ${WORKSHOP} from workshop w1_0 where w1_0.id=:id`,
  `select ${FACILITATOR} from workshop_facilitator f1_0 left join stakeholder s1_0 on s1_0.id=f1_0.stakeholder_id where f1_0.workshop_id=:id order by f1_0.position`,
  `select ${AGENDA} from workshop_agenda_item ai1_0 where ai1_0.workshop_id=:id order by ai1_0.position`,
]);
detail('strategy detail', '/api/v1/strategies/:id', ids('strategy', "visibility = 'PUBLIC'"), [
  `select ${STRATEGY} from strategy s1_0 where s1_0.id=:id`,
]);

// The dashboard of Musterstadt, its 14 statements in the order the log shows them.
const ownStrategies = column(`select id from strategy where organization_id = '${member}' and status <> 'SUPERSEDED'
  order by updated_at desc, id desc limit 100`);
const analysis = column(`select id from stakeholder_analysis where organization_id = '${member}'
  order by conducted_on desc nulls last, created_at desc limit 1`);
const overdueWorkshops =
  column(`select distinct fu.workshop_id from workshop_follow_up fu join workshop w on w.id = fu.workshop_id
  where w.organization_id = '${member}' and not fu.done and fu.due_date < local_today(w.time_zone) limit 5`);
cases.push({
  name: 'dashboard (Musterstadt)',
  path: '/api/v1/dashboard',
  params: {
    org: member,
    superseded: 'SUPERSEDED',
    strategies: ownStrategies,
    cancelled: 'CANCELLED',
    analysis: analysis[0] ?? member,
    fuws: overdueWorkshops.length ? overdueWorkshops : [member],
    lim100: 100,
    lim5: 5,
  },
  statements: [
    `select ${STRATEGY} from strategy s1_0 where s1_0.organization_id=:org and s1_0.status<>:superseded order by s1_0.updated_at desc, s1_0.id desc offset :off rows fetch first :lim100 rows only`,
    'select distinct sc1_0.strategy_id, sc1_0.type from strategy_component sc1_0 where sc1_0.strategy_id in (:strategies)',
    `select ${ORGANIZATION} from organization o1_0 where o1_0.id=:org`,
    'select sp1_0.status, count(sp1_0.id) from starter_project sp1_0 where sp1_0.organization_id=:org group by sp1_0.status',
    'select f, count(*) from starter_project p, unnest(p.fields_of_action) f where p.organization_id = :org group by f order by f',
    `select ${MEASURE} from project_measure m1_0 where m1_0.project_id in (select sp1_0.id from starter_project sp1_0 where sp1_0.organization_id=:org and sp1_0.status<>:cancelled)`,
    `select ${INDICATOR} from indicator i1_0 where i1_0.strategy_id in (:strategies) order by i1_0.created_at, i1_0.id`,
    `select ${INDICATOR_VALUE} from indicator_value iv1_0 where iv1_0.indicator_id in (select i1_0.id from indicator i1_0 where i1_0.strategy_id in (:strategies)) order by iv1_0.observed_on, iv1_0.created_at, iv1_0.id`,
    'select s1_0.sector, count(s1_0.id) from stakeholder s1_0 where s1_0.organization_id=:org group by s1_0.sector',
    `select ${ANALYSIS} from stakeholder_analysis sa1_0 where sa1_0.organization_id=:org order by sa1_0.conducted_on desc nulls last, sa1_0.created_at desc offset :off rows fetch first :lim rows only`,
    `select ${RATING} from stakeholder_rating sr1_0, stakeholder s1_0 where s1_0.id=sr1_0.stakeholder_id and sr1_0.analysis_id=:analysis`,
    `select ${WORKSHOP} from workshop w1_0 where w1_0.organization_id=:org and w1_0.status=:planned and w1_0.ends_at>:now order by w1_0.starts_at, w1_0.id offset :off rows fetch first :lim5 rows only`,
    `select ${FOLLOW_UP} from workshop_follow_up fu1_0 where exists(select 1 from workshop w1_0 where w1_0.id=fu1_0.workshop_id and ${scope('w1_0').replaceAll('w1_0', 'w1_0')}) and exists(select 1 from workshop w2_0 where w2_0.id=fu1_0.workshop_id and w2_0.organization_id=:org) and fu1_0.done=false and exists(select 1 from workshop w3_0 where w3_0.id=fu1_0.workshop_id and fu1_0.due_date<local_today(w3_0.time_zone)) order by fu1_0.due_date, fu1_0.id offset :off rows fetch first :lim5 rows only`,
    'select w1_0.id, w1_0.title, w1_0.time_zone from workshop w1_0 where w1_0.id in (:fuws)',
  ],
});
Object.assign(cases.at(-1).params, { planned: 'PLANNED', now: new Date().toISOString() });

cases.push({
  name: 'export CSV (Musterstadt, 2,000 projects)',
  path: `/api/v1/starter-projects/export?organizationId=${member}&format=csv`,
  accept: 'text/csv',
  heavy: true,
});
cases.push({
  name: 'export XLSX (Musterstadt, 2,000 projects)',
  path: `/api/v1/starter-projects/export?organizationId=${member}&format=xlsx`,
  accept: '*/*',
  heavy: true,
});

// The write mix: each client creates a project, then updates it with the ETag it got (If-Match).
const writeBody = (i) => ({
  title: `Scale write ${i}`,
  summary: 'Bench',
  fieldsOfAction: ['WASTE_RESOURCES'],
  visibility: 'PRIVATE',
});
cases.push({
  name: 'write mix: create + update (2 requests)',
  write: true,
  params: { actor: 'bench-scale', rid: 'bench', org: member, vis: 'PRIVATE', idea: 'IDEA' },
  statements: [
    "select set_config('cch.actor', :actor, true), set_config('cch.request_id', :rid, true)",
    "insert into starter_project (actual_completion, budget_actual, budget_planned, component_ids, created_at, created_by, external_id, fields_of_action, funding_source, organization_id, origin_note, origin_outcome_id, origin_practice_id, origin_practice_title, origin_practice_version, planned_completion, resume_status, start_date, status, status_changed_at, status_reason, strategy_id, summary, title, updated_at, updated_by, version, visibility, id) values (null, null, null, '{}', now(), :actor, null, '{WASTE_RESOURCES}', null, :org, null, null, null, null, null, null, null, null, :idea, null, null, null, 'Bench', 'Scale write', now(), :actor, 0, :vis, md5(random()::text)::uuid) returning id \\gset",
    'delete from project_party pp1_0 where pp1_0.project_id=:id',
    'select pp1_0.id, pp1_0.project_id, pp1_0.role, pp1_0.stakeholder_id from project_party pp1_0 where pp1_0.project_id in (:id) order by pp1_0.role, pp1_0.id',
    `select ${MEASURE} from project_measure m1_0 where m1_0.project_id in (:id) order by m1_0.position, m1_0.id`,
    `select ${PROJECT} from starter_project sp1_0 where sp1_0.id=:id`,
    `select ${PROJECT} from starter_project sp1_0 where sp1_0.id=:id`,
    "select set_config('cch.actor', :actor, true), set_config('cch.request_id', :rid, true)",
    'select pp1_0.id, pp1_0.project_id, pp1_0.role, pp1_0.stakeholder_id from project_party pp1_0 where pp1_0.project_id in (:id) order by pp1_0.role, pp1_0.id',
    "update starter_project set actual_completion=null, budget_actual=null, budget_planned=null, component_ids='{}', external_id=null, fields_of_action='{WASTE_RESOURCES}', funding_source=null, origin_note=null, origin_outcome_id=null, origin_practice_id=null, origin_practice_title=null, origin_practice_version=null, planned_completion=null, resume_status=null, start_date=null, status=:idea, status_changed_at=null, status_reason=null, strategy_id=null, summary='Bench 2', title='Scale write 2', updated_at=now(), updated_by=:actor, version=1, visibility=:vis where id=:id and version=0",
    'select pp1_0.id, pp1_0.project_id, pp1_0.role, pp1_0.stakeholder_id from project_party pp1_0 where pp1_0.project_id in (:id) order by pp1_0.role, pp1_0.id',
    `select ${MEASURE} from project_measure m1_0 where m1_0.project_id in (:id) order by m1_0.position, m1_0.id`,
  ],
  transactions: [
    [0, 6],
    [7, 11],
  ],
});

// --- pgbench ---
// Hibernate pads IN lists to the next power of two, repeating the last value; pgbench gets one variable per slot.
function padded(values) {
  if (values.length === 0) return ['00000000-0000-0000-0000-000000000000'];
  let size = 1;
  while (size < values.length) size *= 2;
  return [...values, ...Array(size - values.length).fill(values.at(-1))];
}

function script(statements, params, transactions) {
  const defines = {};
  const expand = (sql) =>
    sql.replace(/:([a-zA-Z][a-zA-Z0-9]*)/g, (match, name) => {
      if (!(name in params)) return match;
      const value = params[name];
      if (Array.isArray(value)) {
        return padded(value)
          .map((v, i) => {
            defines[`${name}_${i}`] = v;
            return `:${name}_${i}`;
          })
          .join(', ');
      }
      defines[name] = value;
      return `:${name}`;
    });
  const lines = statements.map((s) => `${expand(s)};`);
  for (const [from, to] of transactions ?? []) {
    lines[from] = `begin;\n${lines[from]}`;
    lines[to] = `${lines[to]}\ncommit;`;
  }
  // \gset follows its query without a semicolon.
  return { text: lines.map((l) => l.replace(/ \\gset;$/, '\n\\gset')).join('\n') + '\n', defines };
}

function pgbench(files, defines, mode = 'prepared') {
  const dir = mkdtempSync(join(work, 'pgbench-'));
  const args = ['-n', '-M', mode, '-c', String(concurrency), '-j', '2', '-T', String(seconds), '-l', ...db];
  files.forEach((text, i) => {
    const file = join(dir, `script-${i}.sql`);
    writeFileSync(file, text);
    args.push('-f', file);
  });
  for (const [name, value] of Object.entries(defines)) args.push('-D', `${name}=${value}`);
  args.push(env.CCH_BENCH_DB);
  const out = execFileSync('pgbench', args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const tps = Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(out)?.[1] ?? NaN);
  const latencies = [];
  for (const name of readdirSync(dir).filter((n) => n.startsWith('pgbench_log'))) {
    for (const line of readFileSync(join(dir, name), 'utf8').split('\n')) {
      const fields = line.split(' ');
      if (fields.length > 2) latencies.push(Number(fields[2]) / 1000);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  return { rate: tps, ...percentiles(latencies) };
}

// --- The API ---
function percentiles(latencies) {
  latencies.sort((a, b) => a - b);
  const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return { p50: at(50), p95: at(95), p99: at(99), count: latencies.length };
}

async function call(path, { method = 'GET', body, accept = 'application/json', ifMatch } = {}) {
  const headers = { Authorization: editor, Accept: accept };
  if (body) headers['Content-Type'] = 'application/json';
  if (ifMatch) headers['If-Match'] = ifMatch;
  const response = await fetch(`${api}${path}`, {
    method,
    headers,
    body: body && JSON.stringify(body),
    signal: AbortSignal.timeout(60000),
  });
  const payload = Buffer.from(await response.arrayBuffer());
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${payload.toString('utf8', 0, 300)}`);
  return { response, payload };
}

// Runs `request` from `concurrency` clients for `duration` seconds; a request counts from send to the last byte.
async function timed(duration, request, parallel = concurrency) {
  const latencies = [];
  let requests = 0;
  const deadline = performance.now() + duration * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: parallel }, async (_, client) => {
      for (let i = client; performance.now() < deadline; i += parallel) {
        const t0 = performance.now();
        const done = await request(i);
        latencies.push(performance.now() - t0);
        requests += done;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  return { rate: requests / elapsed, ...percentiles(latencies) };
}

async function writeOnce(i) {
  const created = await call('/api/v1/starter-projects', { method: 'POST', body: writeBody(i) });
  const id = JSON.parse(created.payload).id;
  await call(`/api/v1/starter-projects/${id}`, {
    method: 'PUT',
    body: { ...writeBody(i), summary: 'Bench 2' },
    ifMatch: created.response.headers.get('etag'),
  });
  return 2;
}

async function measure(c) {
  let apiRun;
  let sql = null;
  if (c.write) {
    await timed(1, writeOnce);
    apiRun = await timed(seconds, writeOnce);
    const { text, defines } = script(c.statements, c.params, c.transactions);
    sql = pgbench([text], defines);
    sql.rate *= 2; // one pgbench transaction pair is the two requests
    // What the API and pgbench wrote goes again, so that a run on the same data set (CCH_BENCH_SCALE_REUSE) starts
    // from the same Musterstadt. Their change records stay.
    psql("delete from starter_project where created_by = 'bench-scale'");
  } else if (c.records) {
    const path = (i) => c.path.replace(':id', c.records[i % c.records.length].id);
    await timed(1, async (i) => (await call(path(i)), 1));
    apiRun = await timed(seconds, async (i) => (await call(path(i)), 1));
    const scripts = c.records.map((r) => script(c.statements, { ...base, ...r }));
    sql = pgbench(
      scripts.map((s) => s.text),
      Object.assign({}, ...scripts.map((s) => s.defines)),
    );
  } else {
    const first = await call(c.path, { accept: c.accept });
    const warm = c.heavy ? 0.5 : 1;
    await timed(warm, async () => (await call(c.path, { accept: c.accept }), 1), c.heavy ? 2 : concurrency);
    apiRun = await timed(seconds, async () => (await call(c.path, { accept: c.accept }), 1));
    if (c.statements) {
      const extra = c.children ? c.children(JSON.parse(first.payload)) : {};
      const { text, defines } = script(c.statements, { ...base, ...c.params, ...extra });
      sql = pgbench([text], defines);
    }
  }
  return { name: c.name, statements: c.statements ? c.statements.length : null, api: apiRun, sql };
}

const fmt = (v, width, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : '-').padStart(width);
function row(r) {
  const ratio = r.sql ? r.api.rate / r.sql.rate : NaN;
  return (
    `${r.name.padEnd(44)} ${fmt(r.api.p50, 7)} ${fmt(r.api.p95, 7)} ${fmt(r.api.p99, 7)} ${fmt(r.api.rate, 7, 0)}` +
    `  ${String(r.statements ?? '-').padStart(5)}   ${fmt(r.sql?.p95, 7)} ${fmt(r.sql?.rate, 7, 0)}  ${fmt(ratio, 5, 2)}`
  );
}

console.log(
  `${total} starter projects; ${concurrency} clients, ${seconds} s per figure (API, then pgbench -M prepared)`,
);
console.log(
  `${'case'.padEnd(44)} ${'API p50'.padStart(7)} ${'p95'.padStart(7)} ${'p99'.padStart(7)} ${'req/s'.padStart(7)}` +
    `  stmts   ${'SQL p95'.padStart(7)} ${'tx/s'.padStart(7)}  ratio`,
);
// The JIT compiles what runs often: the reads run round robin for a while first, so that the first cases' figures
// are not the interpreter's.
const warmUp = Number(env.CCH_BENCH_SCALE_WARMUP ?? 20);
const readPaths = cases
  .filter((c) => !c.write && !c.heavy && (!only || only.test(c.name)))
  .flatMap((c) => (c.records ? c.records.map((r) => c.path.replace(':id', r.id)) : [c.path]));
if (warmUp > 0 && readPaths.length > 0) {
  const w = await timed(warmUp, async (i) => (await call(readPaths[i % readPaths.length]), 1));
  console.log(`(warm-up: ${w.count} reads in ${warmUp} s, not a figure)`);
}
const results = [];
for (const c of cases) {
  if (only && !only.test(c.name)) continue;
  try {
    const r = await measure(c);
    results.push(r);
    console.log(row(r));
  } catch (e) {
    console.log(`${c.name.padEnd(44)} FAILED: ${String(e.message ?? e).slice(0, 300)}`);
    process.exitCode = 1;
  }
}
if (env.CCH_BENCH_SCALE_OUT) writeFileSync(env.CCH_BENCH_SCALE_OUT, JSON.stringify({ total, results }, null, 1));
rmSync(work, { recursive: true, force: true });
