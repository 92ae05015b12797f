-- Contracts imported from the national dashboard's file have no maître d'apprentissage (the contract module allows it
-- since its V5): the early warning's copy must hold them too.
alter table warning.followed_contract
    alter column mentor_id drop not null;
