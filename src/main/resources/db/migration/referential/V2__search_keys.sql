-- Case- and accent-insensitive search that stays fast on a million apprentices.
-- search_key(): lower case, accents removed, hyphens and apostrophes turned into spaces. Each searchable record keeps
-- a stored normalised text (names, INE, e-mail) indexed by trigrams, so that "%dupon%" finds "Le Dupont-Hervé" through
-- the index; lists are sorted on stored normalised names in the "C" collation, served by a plain b-tree.
create extension if not exists pg_trgm with schema public;

create function referential.search_key(value text) returns text
    language sql
    immutable
    parallel safe
    returns null on null input
as
$$
select lower(replace(replace(replace(replace(replace(
    translate(value,
              'ÀÁÂÃÄÅàáâãäåÇçÈÉÊËèéêëÌÍÎÏìíîïÑñÒÓÔÕÖØòóôõöøÙÚÛÜùúûüÝŸýÿ''’‘`-',
              'AAAAAAaaaaaaCcEEEEeeeeIIIIiiiiNnOOOOOOooooooUUUUuuuuYYyy     '),
    'Œ', 'oe'), 'œ', 'oe'), 'Æ', 'ae'), 'æ', 'ae'), 'ß', 'ss'))
$$;

alter table referential.apprentice
    add column search_last  text collate "C" generated always as (referential.search_key(last_name)) stored,
    add column search_first text collate "C" generated always as (referential.search_key(first_name)) stored,
    add column search_text  text generated always as (referential.search_key(
        last_name || ' ' || coalesce(usage_name, '') || ' ' || first_name || ' ' || coalesce(first_name_2, '') || ' '
            || coalesce(ine, '') || ' ' || coalesce(email, ''))) stored;

create index apprentice_search_order_idx on referential.apprentice (search_last, search_first, id);
create index apprentice_search_text_idx on referential.apprentice using gin (search_text public.gin_trgm_ops);
create index apprentice_birth_idx on referential.apprentice (birth_date);

-- One INE is one person: two records cannot share it.
drop index referential.apprentice_ine_idx;
create unique index apprentice_ine_uq on referential.apprentice (ine) where ine is not null;

alter table referential.employer
    add column search_text text generated always as (referential.search_key(
        name || ' ' || siret || ' ' || coalesce(city, '') || ' ' || coalesce(post_code, ''))) stored;
create index employer_search_text_idx on referential.employer using gin (search_text public.gin_trgm_ops);

alter table referential.mentor
    add column search_text text generated always as (referential.search_key(
        last_name || ' ' || first_name || ' ' || coalesce(email, '') || ' ' || coalesce(job_title, ''))) stored;
create index mentor_search_text_idx on referential.mentor using gin (search_text public.gin_trgm_ops);

create index staff_member_cfa_idx on referential.staff_member (cfa_id);
create index staff_member_network_idx on referential.staff_member (network_id);
create index cfa_network_idx on referential.cfa (network_id);
