-- The account that created an API key: requests made with the key are traced in its name ("clé d'API …") and this
-- account, as changes made for the organisation.
alter table exchange.api_key add column created_by_account bigint;
