"""Look names up in the bundled offline gazetteer: spellings, scripts, old names, regions.

python examples/geocode.py
"""

import geofront as gf

for name in ["Слов'янськ", "Slavyansk", "Artemovsk", "Харкова", "wilayah Donetsk", "Донеччина"]:
    place = gf.geocode(name, country="UA")
    print(
        f"{name!r:22} -> {place.name} ({place.kind}, {place.admin1_iso}) "
        f"lon={place.lon:.4f} lat={place.lat:.4f}  why: {'; '.join(place.why)}"
    )

print()
print("Pokrovsk with no context:")
for place in gf.Gazetteer.default().search("Pokrovsk", limit=4):
    print(f"  {place.score:.3f}  {place.name}, {place.country_code} ({'; '.join(place.why)})")
