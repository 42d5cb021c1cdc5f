-- The SQL of one library search as the API runs it (the hit page with the total and facet counts in
-- one statement, then the highlights of the page), for pgbench
-- -M prepared with -D member=<caller's organization> -D peers={<the caller's network peers>} (the API binds
-- the peers as an IN list; = any of an array is the same condition). The term changes per run.
\set t random(1, 6)
with hits as materialized (
  select p.id, p.updated_at, ts_rank(p.search_vector, (websearch_to_tsquery('german', (array['Bauteile', 'genbrug', 'repairs', 'Kompost', 'madspild', 'Mehrweg'])[:t]) || websearch_to_tsquery('danish', (array['Bauteile', 'genbrug', 'repairs', 'Kompost', 'madspild', 'Mehrweg'])[:t]) || websearch_to_tsquery('english', (array['Bauteile', 'genbrug', 'repairs', 'Kompost', 'madspild', 'Mehrweg'])[:t]))) as rank, p.organization_id, p.country, p.population_band, p.maturity, p.fields_of_action
  from practice p
  where (p.organization_id in (cast(:member as uuid)) or p.visibility = 'PUBLIC' or (p.visibility = 'NETWORK' and p.organization_id = any(cast(:peers as uuid[]))))
    and (p.status = 'PUBLISHED' or p.organization_id in (cast(:member as uuid)))
    and p.search_vector @@ (websearch_to_tsquery('german', (array['Bauteile', 'genbrug', 'repairs', 'Kompost', 'madspild', 'Mehrweg'])[:t]) || websearch_to_tsquery('danish', (array['Bauteile', 'genbrug', 'repairs', 'Kompost', 'madspild', 'Mehrweg'])[:t]) || websearch_to_tsquery('english', (array['Bauteile', 'genbrug', 'repairs', 'Kompost', 'madspild', 'Mehrweg'])[:t]))
)
(select 'hit', cast(h.id as varchar), h.rank, h.updated_at, cast(0 as bigint) from hits h order by h.rank desc, h.id desc limit 21)
union all select 'total', '', null, null, count(*) from hits
union all select 'country', country, null, null, count(*) from hits where country is not null group by country
union all select 'populationBand', population_band, null, null, count(*) from hits where population_band is not null group by population_band
union all select 'maturity', maturity, null, null, count(*) from hits group by maturity
union all select 'fieldOfAction', f, null, null, count(*) from hits cross join unnest(fields_of_action) f group by f
union all select 'organization', cast(organization_id as varchar), null, null, count(*) from hits group by organization_id;
select p.id,
       ts_headline((case p.language when 'de' then 'german' when 'da' then 'danish' else 'english' end)::regconfig, p.title, websearch_to_tsquery('german', (array['Bauteile', 'genbrug', 'repairs', 'Kompost', 'madspild', 'Mehrweg'])[:t]) || websearch_to_tsquery('danish', (array['Bauteile', 'genbrug', 'repairs', 'Kompost', 'madspild', 'Mehrweg'])[:t]) || websearch_to_tsquery('english', (array['Bauteile', 'genbrug', 'repairs', 'Kompost', 'madspild', 'Mehrweg'])[:t]), 'HighlightAll=true'),
       ts_headline((case p.language when 'de' then 'german' when 'da' then 'danish' else 'english' end)::regconfig, concat_ws(' ', p.summary, p.problem, p.approach, p.results, p.success_factors, p.barriers, p.cost_and_effort, p.transfer_conditions, p.lessons_learned), websearch_to_tsquery('german', (array['Bauteile', 'genbrug', 'repairs', 'Kompost', 'madspild', 'Mehrweg'])[:t]) || websearch_to_tsquery('danish', (array['Bauteile', 'genbrug', 'repairs', 'Kompost', 'madspild', 'Mehrweg'])[:t]) || websearch_to_tsquery('english', (array['Bauteile', 'genbrug', 'repairs', 'Kompost', 'madspild', 'Mehrweg'])[:t]), 'MaxFragments=2, MaxWords=30, MinWords=12')
from practice p
where p.id in (select id from practice p2 where p2.search_vector @@ (websearch_to_tsquery('german', (array['Bauteile', 'genbrug', 'repairs', 'Kompost', 'madspild', 'Mehrweg'])[:t]) || websearch_to_tsquery('danish', (array['Bauteile', 'genbrug', 'repairs', 'Kompost', 'madspild', 'Mehrweg'])[:t]) || websearch_to_tsquery('english', (array['Bauteile', 'genbrug', 'repairs', 'Kompost', 'madspild', 'Mehrweg'])[:t])) order by p2.id limit 20);
