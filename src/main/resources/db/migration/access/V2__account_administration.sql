-- Accounts are administered by the direction of one CFA (staff of that CFA and the people it follows: apprentices,
-- legal representatives, maîtres, employer contacts) or by the network; a generated password must be changed at the
-- first login.
alter table access.account
    add column managed_by_cfa_id    bigint,
    add column must_change_password boolean not null default false;

update access.account set managed_by_cfa_id = cfa_id where cfa_id is not null;

create index account_managed_by_idx on access.account (managed_by_cfa_id);
create index account_network_idx on access.account (network_id);
