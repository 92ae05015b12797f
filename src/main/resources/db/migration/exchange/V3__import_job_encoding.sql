-- The encoding detected in a CSV file (UTF-8, with or without BOM, ISO-8859-1 / Windows-1252), shown on the preview.
alter table exchange.import_job add column encoding varchar(60);
