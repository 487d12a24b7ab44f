-- The same footprints as ProductFootprintCalculator, as one query: direct assignment, mass allocation of the rest per
-- facility, ÷ output, then the BOM exploded with WITH RECURSIVE (root, node, multiplier) and summed.
with recursive
classified as (
  select r.facility, a.code as direct_code, r.kg
  from fp.rows r left join fp.assign a on a.facility = r.facility and a.source = r.source),
direct as (select direct_code as code, sum(kg) as kg from classified where direct_code is not null group by direct_code),
rest as (select facility, sum(kg) as kg from classified where direct_code is null group by facility),
keyed as (
  select o.facility, o.code, o.quantity * p.mass as k, sum(o.quantity * p.mass) over (partition by o.facility) as kt
  from fp.outputs o join fp.products p on p.code = o.code),
shared as (select k.code, sum(r.kg * k.k / k.kt) as kg from keyed k join rest r on r.facility = k.facility group by k.code),
output as (select code, sum(quantity) as q from fp.outputs group by code),
production as (
  select p.code, (coalesce(d.kg, 0) + coalesce(s.kg, 0)) / o.q as per_unit
  from fp.products p join output o on o.code = p.code left join direct d on d.code = p.code left join shared s on s.code = p.code),
materials as (select parent as code, sum(quantity * factor) as kg from fp.bom where child is null group by parent),
node as (select p.code, p.per_unit + coalesce(m.kg, 0) as own_kg from production p left join materials m on m.code = p.code),
tree (root, code, mult) as (
  select code, code, 1::numeric from fp.products
  union all
  select t.root, b.child, t.mult * b.quantity from tree t join fp.bom b on b.parent = t.code and b.child is not null)
select t.root, sum(t.mult * n.own_kg) as kg_per_unit
from tree t join node n on n.code = t.code
group by t.root
