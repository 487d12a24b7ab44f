#!/usr/bin/env python3
"""Derives the two JSON Schema documents in this folder from the OpenAPI files in source/.

The OpenAPI 3.1 schema objects are already JSON Schema 2020-12; the only change is the document
shape: components.schemas becomes $defs, every "#/components/schemas/X" reference becomes
"#/$defs/X", and the root refers to ProductFootprint. Nothing else is added or removed.
Run from this folder: python3 derive-schemas.py (needs PyYAML). The output is committed.
"""
import json
import yaml

def rewrite(node):
    if isinstance(node, dict):
        return {k: (v.replace("#/components/schemas/", "#/$defs/") if k == "$ref" else rewrite(v))
                for k, v in node.items()}
    if isinstance(node, list):
        return [rewrite(x) for x in node]
    return node

for source, target, version in [("source/openapi_v3_0.yaml", "pact-v3.0.schema.json", "3.0"),
                                ("source/openapi_v2_3.yaml", "pact-v2.3.schema.json", "2.3")]:
    with open(source, encoding="utf-8") as f:
        spec = yaml.safe_load(f)
    document = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:tanpan:pact:{version}:product-footprint",
        "title": f"PACT {spec['info']['version']} ProductFootprint (from {source})",
        "$ref": "#/$defs/ProductFootprint",
        "$defs": rewrite(spec["components"]["schemas"]),
    }
    with open(target, "w", encoding="utf-8", newline="\n") as f:
        json.dump(document, f, ensure_ascii=False, indent=2)
        f.write("\n")
