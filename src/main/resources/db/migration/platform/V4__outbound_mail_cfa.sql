-- The CFA a message is about: the direction of a CFA reads only its own CFA's messages; messages about no CFA (an
-- account, the network) are read by the network's administrators only.
alter table platform.outbound_mail add column cfa_id bigint;
create index outbound_mail_cfa_idx on platform.outbound_mail (cfa_id, id desc);
