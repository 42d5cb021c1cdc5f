-- Loads :count practices for the practice-search benchmark, straight into PostgreSQL: 500 organizations (20 of
-- them in Musterstadt's network), a third each in German, Danish and English, 80 % PUBLIC and published, 15 %
-- NETWORK and published, 5 % private drafts. Texts are drawn from inflected vocabularies, so that stemming and
-- ranking have work to do. Expects the schema and the demo organizations (CCH_DEMO_DATA=true) to exist.
\set ON_ERROR_STOP on

insert into organization (id, slug, name, kind, country, time_zone, population, created_at, created_by, updated_at,
                          updated_by)
select gen_random_uuid(), 'bench-org-' || g, 'Benchmark-Kommune ' || g, 'MUNICIPALITY',
       case when g % 2 = 0 then 'DE' else 'DK' end, case when g % 2 = 0 then 'Europe/Berlin' else 'Europe/Copenhagen' end,
       5000 + g * 1500, now(), 'bench', now(), 'bench'
from generate_series(1, 500) g
on conflict (slug) do nothing;

insert into network_member (id, network_id, organization_id, role, status, joined_on, created_at, created_by,
                            updated_at, updated_by)
select gen_random_uuid(),
       (select m.network_id from network_member m join organization own on own.id = m.organization_id
        where own.slug = 'musterstadt' and m.status = 'ACCEPTED' order by m.network_id limit 1),
       o.id, 'MEMBER_MUNICIPALITY', 'ACCEPTED',
       current_date, now(), 'bench', now(), 'bench'
from organization o where o.slug in (select 'bench-org-' || g from generate_series(1, 20) g)
on conflict do nothing;

create temporary table vocabulary (language text primary key, words text[]);
insert into vocabulary values
('de', array['Bauteil', 'Bauteile', 'Bauteilen', 'Rückbau', 'Wiederverwendung', 'wiederverwendet', 'Kompost',
             'kompostiert', 'Mehrweg', 'Mehrwegbecher', 'Reparatur', 'Reparaturen', 'repariert', 'Schule',
             'Schulen', 'Mensa', 'Lebensmittel', 'Abfall', 'Abfälle', 'Beschaffung', 'beschafft', 'Möbel',
             'Stadt', 'Städte', 'Kommune', 'Quartier', 'Lager', 'Börse', 'Holz', 'Stahl', 'Beton', 'Energie',
             'Wärme', 'Abwärme', 'Fahrrad', 'Lastenrad', 'Bürger', 'Verwaltung', 'Handel', 'Zwischennutzung']),
('da', array['genbrug', 'genbrugte', 'genbruger', 'nedrivning', 'byggematerialer', 'tegl', 'træ', 'kompost',
             'madspild', 'køkken', 'køkkener', 'skole', 'skoler', 'kommune', 'kommunen', 'borgere', 'bibliotek',
             'biblioteket', 'værktøj', 'udlån', 'indkøb', 'udbud', 'arbejdstøj', 'reparation', 'reparerede',
             'genbrugsplads', 'byttehjørne', 'affald', 'energi', 'varme', 'cykel', 'cykler', 'deleordning',
             'leverandør', 'plejecenter', 'frivillige', 'butik', 'møbler', 'stål', 'beton']),
('en', array['reuse', 'reused', 'reusing', 'repair', 'repairs', 'repairing', 'compost', 'composting', 'waste',
             'wastes', 'school', 'schools', 'canteen', 'food', 'procurement', 'procured', 'furniture', 'city',
             'cities', 'municipality', 'neighbourhood', 'storage', 'exchange', 'timber', 'steel', 'concrete',
             'energy', 'heat', 'bicycle', 'bicycles', 'citizens', 'administration', 'retail', 'library',
             'libraries', 'tools', 'lending', 'demolition', 'materials', 'volunteers']);

create temporary table owners as
select row_number() over (order by slug) - 1 as n, id from organization where slug like 'bench-org-%';

-- One practice per g. One word in fifty is a real one, the others are fillers out of 1,960 per language, so that a
-- real word turns up in about one practice in fourteen of its language (as a common term would), not in every one.
-- The word subqueries aggregate over their own series (the `0 * w`): an aggregate of outer columns only would
-- belong to the outer query.
insert into practice (id, organization_id, title, summary, municipality, country, population_band, region_type,
                      problem, approach, results, lessons_learned, fields_of_action, maturity, language, licence,
                      status, published_at, visibility, created_at, created_by, updated_at, updated_by)
select gen_random_uuid(),
       o.id,
       (select string_agg(case when random() < 0.02 then v.words[1 + floor(random() * 40)::int + 0 * w]
                                    else l.lang || 'wort' || floor(random() * 1960)::int end, ' ') from generate_series(1, 4) w),
       (select string_agg(case when random() < 0.02 then v.words[1 + floor(random() * 40)::int + 0 * w]
                                    else l.lang || 'wort' || floor(random() * 1960)::int end, ' ') from generate_series(1, 25) w),
       'Benchmark-Kommune ' || o.n,
       case lang when 'de' then 'DE' when 'da' then 'DK' else 'GB' end,
       (array['UNDER_20K', 'FROM_20K_TO_100K', 'FROM_100K_TO_500K', 'OVER_500K'])[1 + g % 4],
       (array['URBAN', 'SUBURBAN', 'RURAL', 'REGION'])[1 + g % 4],
       (select string_agg(case when random() < 0.02 then v.words[1 + floor(random() * 40)::int + 0 * w]
                                    else l.lang || 'wort' || floor(random() * 1960)::int end, ' ') from generate_series(1, 30) w),
       (select string_agg(case when random() < 0.02 then v.words[1 + floor(random() * 40)::int + 0 * w]
                                    else l.lang || 'wort' || floor(random() * 1960)::int end, ' ') from generate_series(1, 60) w),
       (select string_agg(case when random() < 0.02 then v.words[1 + floor(random() * 40)::int + 0 * w]
                                    else l.lang || 'wort' || floor(random() * 1960)::int end, ' ') from generate_series(1, 20) w),
       (select string_agg(case when random() < 0.02 then v.words[1 + floor(random() * 40)::int + 0 * w]
                                    else l.lang || 'wort' || floor(random() * 1960)::int end, ' ') from generate_series(1, 20) w),
       array[(array['CONSTRUCTION_BUILDINGS', 'FOOD_NUTRITION', 'PROCUREMENT', 'WASTE_RESOURCES',
                    'BUSINESS_DEVELOPMENT', 'STRATEGY'])[1 + g % 6]]::varchar[],
       (array['IDEA', 'TESTED', 'LIGHTHOUSE', 'SCALED'])[1 + (g / 7) % 4],
       lang,
       'CC-BY-4.0',
       case when g % 20 = 0 then 'DRAFT' else 'PUBLISHED' end,
       case when g % 20 = 0 then null else now() end,
       case when g % 20 = 0 then 'PRIVATE' when g % 20 < 4 then 'NETWORK' else 'PUBLIC' end,
       now() - make_interval(secs => g), 'bench', now() - make_interval(secs => g), 'bench'
from generate_series(1, :count) g
cross join lateral (select (array['de', 'da', 'en'])[1 + g % 3] as lang) l
join vocabulary v on v.language = l.lang
join owners o on o.n = g % 500;

analyze organization;
analyze network_member;
analyze practice;
