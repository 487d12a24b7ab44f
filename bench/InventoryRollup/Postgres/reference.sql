-- Builds the reference tables from the raw copies of data/factors: the same numbers Tanpan.Core embeds.
set search_path = rollup;

-- Units as in Tanpan.Core Units.cs: base units per one unit.
create table unit (unit text primary key, dimension text not null, to_base numeric not null);
insert into unit values
    ('kg', 'mass', 1), ('t', 'mass', 1000),
    ('L', 'volume', 0.001), ('kL', 'volume', 1), ('m3', 'volume', 1), ('1000m3', 'volume', 1000),
    ('kWh', 'energy', 3.6), ('MWh', 'energy', 3600);

-- Spellings (lower case). 度 and 千度 are kWh and MWh on a power bill, m³ and 1000 m³ on a gas bill.
create table unit_spelling (spelling text not null, du text not null, unit text not null references unit);
insert into unit_spelling values
    ('kg', 'any', 'kg'), ('公斤', 'any', 'kg'), ('t', 'any', 't'), ('公噸', 'any', 't'),
    ('l', 'any', 'L'), ('公升', 'any', 'L'), ('kl', 'any', 'kL'), ('公秉', 'any', 'kL'),
    ('m3', 'any', 'm3'), ('立方公尺', 'any', 'm3'), ('千立方公尺', 'any', '1000m3'), ('1000m3', 'any', '1000m3'),
    ('kwh', 'any', 'kWh'), ('mwh', 'any', 'MWh'),
    ('度', 'energy', 'kWh'), ('千度', 'energy', 'MWh'), ('度', 'volume', 'm3'), ('千度', 'volume', '1000m3');

create table source_type_name (name text primary key, source_type text not null);
insert into source_type_name values
    ('stationary', 'stationary'), ('固定燃燒', 'stationary'), ('mobile', 'mobile'), ('移動燃燒', 'mobile'),
    ('fugitive', 'fugitive'), ('逸散', 'fugitive'), ('electricity', 'electricity'), ('外購電力', 'electricity');

-- Every name of a material (key, Chinese, English, aliases), lower case, and what 度 means for it.
create table material_name (name text primary key, material text not null, du text not null);
insert into material_name
select distinct on (lower(trim(n))) lower(trim(n)), m.material,
    case
        when m.kind = 'electricity' then 'energy'
        when m.material in ('natural_gas', 'natural_gas_ng2', 'lng', 'cng', 'refinery_gas', 'coke_oven_gas', 'blast_furnace_gas') then 'volume'
        else 'none'
    end
from raw_materials m
cross join lateral unnest(array[m.material, m.name_zh, m.name_en] || string_to_array(m.aliases, '|')) n
where trim(n) <> '';

-- kg of each gas per unit and the AR5 GWP; gas is the reporting group (CO2, CH4, N2O, HFCs).
create table factor (
    material text not null, source_type text not null, year int, gas text not null,
    unit text not null references unit, kg_per_unit numeric not null, gwp numeric not null);

-- MOENV 6.0.4 per-unit fuel factors (plain rows; 6.0.4 has no vehicle-technology variants).
insert into factor
select f.material, f.source_type, null, g.gas, f.unit, g.kg::numeric, w.ar5::numeric
from raw_fuel_combustion f
cross join lateral (values ('CO2', f.co2_kg), ('CH4', f.ch4_kg), ('N2O', f.n2o_kg)) g(gas, kg)
join raw_gwp100 w on w.species = g.gas
where coalesce(f.variant, '') = '';

-- Grid electricity by activity year: already CO2e, reported as CO2 with no GWP.
insert into factor
select 'electricity', 'electricity', year::int, 'CO2', 'kWh', kgco2e_per_kwh::numeric, 1
from raw_grid_factors;

-- Refrigerants: kg released x mass fraction of each component x its GWP.
insert into factor
select b.refrigerant, 'fugitive', null, 'HFCs', 'kg', split_part(c, '=', 2)::numeric, w.ar5::numeric
from raw_refrigerant_blends b
cross join lateral string_to_table(b.composition, ';') c
join raw_gwp100 w on w.species = split_part(c, '=', 1)
where split_part(c, '=', 1) like 'HFC%';

analyze unit, unit_spelling, source_type_name, material_name, factor;
