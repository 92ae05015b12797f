-- Marks the leading run of a timeline (the days of the school year before the first day of the session, INSCRIT by
-- rule 6), so that "days without a contract" alerts do not count them.
alter table contract.status_period add column before_start boolean not null default false;
