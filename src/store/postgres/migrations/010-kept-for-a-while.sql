-- What is kept only for a while (src/core/retention.ts), found oldest first without reading the
-- rest: delivered turns (their event ids refuse a platform's re-sent event) and the record of
-- where each question was posted (the message a click updates).
CREATE INDEX turns_delivered_at ON turns(at) WHERE delivered_at IS NOT NULL;
CREATE INDEX question_posts_posted ON question_posts(posted_at);
