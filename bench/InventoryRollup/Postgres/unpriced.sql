-- Rows the roll-up would silently drop (no name, unit or factor matched): must be zero.
select (select count(*) from rollup.activity) - count(distinct a.ctid)
from rollup.activity a
join rollup.source_type_name st on st.name = lower(a.source_type)
join rollup.material_name m on m.name = lower(a.material)
join rollup.unit_spelling us on us.spelling = lower(a.unit) and us.du in ('any', m.du)
join rollup.unit u on u.unit = us.unit
join rollup.factor f on f.material = m.material and f.source_type = st.source_type and (f.year is null or f.year = a.year)
join rollup.unit fu on fu.unit = f.unit and fu.dimension = u.dimension
