-- Tables of the PostgreSQL reference. The raw_* tables (all text, one per data/factors CSV) are
-- created by the harness from each file's header and filled with COPY; reference.sql builds the rest.
drop schema if exists rollup cascade;
create schema rollup;

-- The activity file as uploaded: amounts stay text because people type "12,345.6".
create unlogged table rollup.activity (
    facility text, source_type text, material text, activity text, unit text, year int, month int, source text);
