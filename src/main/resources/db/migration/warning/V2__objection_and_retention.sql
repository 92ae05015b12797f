-- An apprentice (or their legal representative) objected to the risk score (GDPR art. 21): no score is computed.
create table warning.risk_objection
(
    apprentice_id bigint primary key,
    cfa_id        bigint       not null,
    recorded_on   date         not null,
    recorded_by   varchar(200) not null
);

-- The early warning's data of an apprentice are deleted this many months after the end of their last training.
insert into warning.threshold (network_id, kind, value, valid_from, changed_by, changed_at)
values (null, 'RETENTION_MONTHS', 12, date '2000-01-01', 'Valeur par défaut de Trio', now());
