-- Random stored attempt rows of bench/bench-mixed.json, byte for byte as CompactResponses writes them:
-- :layout has a letter per question (S single, M multiple of 4 choices, T trueFalse, X shortText, N numeric,
-- G matching of 3 stems and 4 options, O ordering of 4 items); :pool distinct rows are drawn, then :total rows
-- are inserted, each a copy of one of them.
create function pg_temp.mixed_row(layout text) returns bytea[] language plpgsql as $$
declare
  choices bytea := '';
  responses bytea := '';
  typed text;
  orders text[] := array['00', '01020304', '01020403', '01030204', '01030402', '01040203', '01040302', '02010304',
    '02010403', '02030104', '02030401', '02040103', '02040301', '03010204', '03010402', '03020104', '03020401',
    '03040102', '03040201', '04010203', '04010302', '04020103', '04020301', '04030102', '04030201'];
begin
  for i in 1 .. length(layout) loop
    choices := choices || set_byte('\x00'::bytea, 0, case when substr(layout, i, 1) = 'S' then floor(random() * 5)::int else 0 end);
    case substr(layout, i, 1)
      when 'S' then null;
      when 'M' then responses := responses || set_byte('\x00'::bytea, 0, floor(random() * 16)::int);
      when 'T' then responses := responses || set_byte('\x00'::bytea, 0, floor(random() * 3)::int);
      when 'X', 'N' then
        typed := case when random() < 0.1 then floor(random() * 1000)::text
                      when substr(layout, i, 1) = 'X' then (array['', 'Paris', 'paris', ' Paris ', 'Lyon', 'Rome', 'Oslo'])[1 + floor(random() * 7)::int]
                      else (array['', '3.14', '3.140', '3.1', '3', '2.718', '3.2'])[1 + floor(random() * 7)::int] end;
        responses := responses || set_byte('\x00'::bytea, 0, octet_length(typed)) || convert_to(typed, 'UTF8');
      when 'G' then
        responses := responses || set_byte('\x00'::bytea, 0, floor(random() * 5)::int)
          || set_byte('\x00'::bytea, 0, floor(random() * 5)::int) || set_byte('\x00'::bytea, 0, floor(random() * 5)::int);
      when 'O' then responses := responses || decode(orders[1 + floor(random() * 25)::int], 'hex');
    end case;
  end loop;
  return array[choices, responses];
end $$;

create temporary table mixed_pool as
  select n, pg_temp.mixed_row(:'layout') as row from generate_series(0, :pool - 1) n;

insert into quizbank.attempt (id, quiz_id, quiz_version, submitted_at, score, answered, choices, responses, learner_id)
select gen_random_uuid(), 'bench-mixed', 1, now() - (g.n || ' seconds')::interval, 0, 0, p.row[1], p.row[2],
       case when g.n % 10 = 0 then null else 'learner-' || (g.n % 50000) end
from generate_series(1, :total - (select count(*) from quizbank.attempt where quiz_id = 'bench-mixed')) g (n)
join mixed_pool p on p.n = g.n % :pool;
