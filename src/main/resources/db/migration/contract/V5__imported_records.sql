-- Records imported from the national dashboard's upload file (exchange module): the file knows neither the maîtres,
-- nor the CERFA's conclusion date, nor the legal mode or initiative of a rupture, only its date and a free-text cause.
alter table contract.apprenticeship_contract
    alter column mentor1_id drop not null,
    add column source varchar(6) not null default 'TRIO' check (source in ('TRIO', 'IMPORT'));

alter table contract.amendment
    alter column previous_mentor1_id drop not null;

alter table contract.rupture
    alter column initiative drop not null,
    alter column legal_mode drop not null,
    add column imported_cause varchar(300);

create index rupture_unmapped_idx on contract.rupture (imported_cause) where expressed_motive_id is null
    and imported_cause is not null;
