-- Grade passback (AGS, docs/lti.md). A learner's attempt started under a launch that carried an AGS line item, so that
-- its grade finds the line item when the attempt is graded later, by the sweeper, with no caller.
CREATE TABLE lti_attempt_launch (
    attempt_id  uuid PRIMARY KEY,
    launch_id   uuid NOT NULL REFERENCES lti_launch (id) ON DELETE CASCADE
);

-- The outbox: one row per line item and platform user, holding the newest grade, written in the transaction that
-- graded the attempt. A newer grade replaces an unsent older one, so nothing older is sent after something newer.
CREATE TABLE lti_score (
    platform_id    bigint NOT NULL REFERENCES lti_platform (id) ON DELETE CASCADE,
    -- The line item's URL as the launch gave it, query string and all.
    lineitem       text NOT NULL,
    -- The platform's sub.
    user_id        text NOT NULL,
    score_given    numeric NOT NULL,
    score_maximum  numeric NOT NULL CHECK (score_maximum > 0),
    -- The score's timestamp, to the millisecond: strictly increasing per line item and user.
    scored_at      timestamptz NOT NULL,
    -- pending: to send; sent: the platform acknowledged scored_at; failed: given up (logged).
    state          text NOT NULL CHECK (state IN ('pending', 'sent', 'failed')),
    tries          integer NOT NULL DEFAULT 0,
    next_try_at    timestamptz NOT NULL,
    -- While an instance sends the row, others leave it alone; a crashed sender's claim lapses.
    claimed_until  timestamptz,
    PRIMARY KEY (platform_id, lineitem, user_id)
);
CREATE INDEX lti_score_due ON lti_score (next_try_at) WHERE state = 'pending';
