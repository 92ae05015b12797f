-- The visit policy becomes the CFA's: a CFA's rules (cfa_id set) replace, for the contracts of its enrolments, the
-- rules shared by every CFA (cfa_id null). The most specific rules valid on a contract's start apply: the CFA's for the
-- programme, then the programme's, then the CFA's, then the default ones.
alter table visit.policy_rule
    add column cfa_id bigint;
create index policy_rule_cfa_idx on visit.policy_rule (cfa_id, programme_id, valid_from);
