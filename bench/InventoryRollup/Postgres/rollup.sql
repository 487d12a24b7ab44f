-- The roll-up: every row joined to its names, units and factors, kg CO2e per facility and gas group.
-- Rounded to 1e-12 kg so the sums fit a .NET decimal; that is far below the 1e-6 t comparison.
select a.facility, f.gas,
       round(sum(replace(a.activity, ',', '')::numeric * u.to_base / fu.to_base * f.kg_per_unit * f.gwp), 12) as kg_co2e
from rollup.activity a
join rollup.source_type_name st on st.name = lower(a.source_type)
join rollup.material_name m on m.name = lower(a.material)
join rollup.unit_spelling us on us.spelling = lower(a.unit) and us.du in ('any', m.du)
join rollup.unit u on u.unit = us.unit
join rollup.factor f on f.material = m.material and f.source_type = st.source_type and (f.year is null or f.year = a.year)
join rollup.unit fu on fu.unit = f.unit and fu.dimension = u.dimension
group by a.facility, f.gas
