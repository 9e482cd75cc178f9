#!/usr/bin/python3
"""Writes the time zones the trip dialogs offer, with their city in English, French and Chinese.

Sources (read at development time, not at run time): the canonical zones of the tz database with their country
(Debian's tzdata, /usr/share/zoneinfo/zone.tab), kept only when Java knows the zone (ids from stdin, one a line);
the cities' names from the Unicode CLDR, through Debian's python3-babel (licence: Unicode, permissive).

    java -cp target/classes ... | src/tools/generate-zone-names.py   # or: a list of ZoneId.getAvailableZoneIds()
"""
import sys
from babel.dates import get_timezone_location

java_zones = {line.strip() for line in sys.stdin if line.strip()}
zones = []
with open('/usr/share/zoneinfo/zone.tab', encoding='utf-8') as tab:
    for line in tab:
        if line.startswith('#') or not line.strip():
            continue
        country, _, zone = line.split('\t')[:3]
        zone = zone.strip()
        if zone in java_zones:
            zones.append((zone, country))
# zone.tab order: by country, its main zone first (the zone a country stands for)

base = 'src/main/resources/org/visitplanner/'
with open(base + 'logic/trip/zones.tsv', 'w', encoding='utf-8') as out:
    out.write('# zone<TAB>country (ISO 3166), from the tz database zone.tab (public domain); made by\n')
    out.write('# src/tools/generate-zone-names.py\n')
    for zone, country in zones:
        out.write(f'{zone}\t{country}\n')

for suffix, language in (('', 'en'), ('_fr', 'fr'), ('_zh', 'zh')):
    with open(base + f'i18n/zones{suffix}.properties', 'w', encoding='utf-8') as out:
        out.write('# The city that names each time zone, from the Unicode CLDR (exemplar cities); made by\n')
        out.write('# src/tools/generate-zone-names.py. Edit the script, not this file.\n')
        out.write('# Unicode CLDR data: Copyright (c) Unicode, Inc., under the Unicode licence for data files\n')
        out.write('# (https://www.unicode.org/license.txt), which allows copying it with this notice.\n')
        for zone, _ in zones:
            city = get_timezone_location(zone, locale=language, return_city=True)
            out.write(f'zone.city.{zone}={city}\n')
