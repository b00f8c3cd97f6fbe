-- Random stored attempt rows of bench/bench-mixed.json, byte for byte as CompactResponses writes them.
-- :layout has a word per question: S<choices> single, M<choices> multiple (at most 8 choices), T trueFalse,
-- X shortText, N numeric, G<stems>:<options> matching, O<items> ordering. :pool distinct rows are drawn, then
-- the attempts of bench-mixed are grown to :total rows, each a copy of one of them.
create function pg_temp.mixed_row(layout text) returns bytea[] language plpgsql as $$
declare
  choices bytea := '';
  responses bytea := '';
  word text;
  kind text;
  size int;
  typed text;
begin
  foreach word in array string_to_array(layout, ' ') loop
    kind := left(word, 1);
    size := coalesce(nullif(split_part(substr(word, 2), ':', 1), '')::int, 0);
    choices := choices || set_byte('\x00'::bytea, 0, case when kind = 'S' then floor(random() * (size + 1))::int else 0 end);
    case kind
      when 'S' then null;
      when 'M' then responses := responses || set_byte('\x00'::bytea, 0, floor(random() * (1 << size))::int);
      when 'T' then responses := responses || set_byte('\x00'::bytea, 0, floor(random() * 3)::int);
      when 'X', 'N' then
        typed := case when random() < 0.1 then floor(random() * 1000)::text
                      when kind = 'X' then (array['', 'Paris', 'paris', ' Paris ', 'Lyon', 'Rome', 'Oslo'])[1 + floor(random() * 7)::int]
                      else (array['', '3.14', '3.140', '3.1', '3', '2.718', '3.2'])[1 + floor(random() * 7)::int] end;
        responses := responses || set_byte('\x00'::bytea, 0, octet_length(typed)) || convert_to(typed, 'UTF8');
      when 'G' then
        for s in 1 .. size loop
          responses := responses || set_byte('\x00'::bytea, 0, floor(random() * (split_part(word, ':', 2)::int + 1))::int);
        end loop;
      when 'O' then
        if random() < 0.05 then
          responses := responses || '\x00'::bytea;
        else
          responses := responses || (select decode(string_agg(lpad(to_hex(v), 2, '0'), '' order by random()), 'hex')
                                     from generate_series(1, size) v);
        end if;
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
