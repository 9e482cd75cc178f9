-- Visit Planner schema, version 6: the home city's name as each language prints it ("Shanghai", "Shanghai", "上海"),
-- shown beside the home time in the window and the documents. NULL: the zone's usual city name in that language.

ALTER TABLE trip ADD COLUMN home_city_en VARCHAR(100);
ALTER TABLE trip ADD COLUMN home_city_fr VARCHAR(100);
ALTER TABLE trip ADD COLUMN home_city_zh VARCHAR(100);

-- The sample delegation comes from Shanghai Jiao Tong University.
UPDATE trip SET home_city_en = 'Shanghai', home_city_fr = 'Shanghai', home_city_zh = '上海'
    WHERE is_sample = TRUE AND home_zone = 'Asia/Shanghai';
