-- Attempts a tenth the size: instead of the whole response body, an attempt keeps what was chosen,
-- one byte per question of its version in number order: the 1-based position of the chosen choice
-- among the question's choices, 0 when unanswered. The response is rendered again from the
-- immutable version on read, byte for byte as it was first returned; the item statistics read the
-- same bytes without parsing anything.
ALTER TABLE attempt ADD COLUMN choices bytea;

UPDATE attempt a SET choices = compact.choices
FROM (
    SELECT a2.id,
           decode(string_agg(lpad(to_hex(coalesce(c.position + 1, 0)), 2, '0'), '' ORDER BY q.number), 'hex') AS choices
    FROM attempt a2
    JOIN quiz_version v ON v.quiz_id = a2.quiz_id AND v.version = a2.quiz_version
    JOIN question q ON q.quiz_version_id = v.id
    LEFT JOIN LATERAL (
        SELECT upper(answer ->> 'choice') AS key
        FROM jsonb_array_elements(a2.answers) answer
        WHERE (answer ->> 'question')::integer = q.number
        LIMIT 1) chosen ON true
    LEFT JOIN choice c ON c.question_id = q.id AND c.key = chosen.key
    GROUP BY a2.id) compact
WHERE compact.id = a.id;

ALTER TABLE attempt
    ALTER COLUMN choices SET NOT NULL,
    DROP COLUMN answers,
    DROP COLUMN result;

-- Dropping a column leaves its bytes in every row until the table is rewritten: rewrite it now.
CLUSTER attempt USING attempt_pkey;
