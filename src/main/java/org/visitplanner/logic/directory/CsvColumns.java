package org.visitplanner.logic.directory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.visitplanner.logic.text.TextFold;

/**
 * Recognises the columns of a directory CSV file: the documented names ({@code official_name}, {@code city}…) and
 * the ones people tend to write instead ("Name", "Zip code", "E-mail", "Ville", "电话"…), in any case, with spaces,
 * hyphens or underscores.
 */
final class CsvColumns {

    static final String ID = "id";
    /** A single "48.8463, 2.3475" column some lists have instead of latitude and longitude. */
    static final String COORDINATES = "coordinates";
    static final String INSTITUTION_ID = "institution_id";
    static final String INSTITUTION = "institution";

    private static final Map<String, String> INSTITUTION_ALIASES = aliases(Map.ofEntries(
            Map.entry(ID, List.of("institution_id", "identifiant")),
            Map.entry(InstitutionField.OFFICIAL_NAME.column(), List.of("name", "official", "nom", "nom_officiel",
                    "institution", "institution_name", "etablissement", "官方名称", "名称")),
            Map.entry(InstitutionField.ENGLISH_NAME.column(), List.of("name_en", "english", "nom_anglais", "英文名称")),
            Map.entry(InstitutionField.CHINESE_NAME.column(), List.of("name_zh", "chinese", "nom_chinois", "中文名称",
                    "中文名")),
            Map.entry(InstitutionField.SHORT_NAME.column(), List.of("short", "acronym", "abbreviation", "sigle",
                    "nom_court", "简称")),
            Map.entry(InstitutionField.KIND.column(), List.of("type", "category", "categorie", "genre", "类型")),
            Map.entry(InstitutionField.RELATION.column(), List.of("relationship", "relation_type", "关系")),
            Map.entry(InstitutionField.ADDRESS.column(), List.of("street", "adresse", "rue", "地址")),
            Map.entry(InstitutionField.POSTCODE.column(), List.of("postal_code", "post_code", "zip", "zip_code",
                    "zipcode", "code_postal", "cp", "邮编")),
            Map.entry(InstitutionField.CITY.column(), List.of("town", "ville", "commune", "城市")),
            Map.entry(InstitutionField.COUNTRY.column(), List.of("pays", "国家")),
            Map.entry(InstitutionField.LATITUDE.column(), List.of("lat", "纬度")),
            Map.entry(InstitutionField.LONGITUDE.column(), List.of("lon", "lng", "long", "经度")),
            Map.entry(COORDINATES, List.of("coords", "gps", "coordonnees", "lat_long", "latlong", "坐标")),
            Map.entry(InstitutionField.WEBSITE.column(), List.of("web_site", "url", "web", "site", "site_web",
                    "homepage", "网站")),
            Map.entry(InstitutionField.PHONE.column(), List.of("telephone", "tel", "phone_number", "电话")),
            Map.entry(InstitutionField.OPENING_HOURS.column(), List.of("hours", "horaires", "opening_times",
                    "heures_d_ouverture", "开放时间")),
            Map.entry(InstitutionField.CLOSURES.column(), List.of("closed", "fermetures", "closing_days", "闭馆")),
            Map.entry(InstitutionField.NOTES.column(), List.of("note", "comments", "comment", "remarks",
                    "remarques", "备注"))));

    private static final Map<String, String> CONTACT_ALIASES = aliases(Map.ofEntries(
            Map.entry(ID, List.of("contact_id", "identifiant")),
            Map.entry(INSTITUTION_ID, List.of()),
            Map.entry(INSTITUTION, List.of("institution_name", "organisation", "organization", "school",
                    "company", "etablissement", "机构", "院校", "单位")),
            Map.entry(ContactField.NAME.column(), List.of("name_latin", "full_name", "nom", "contact",
                    "contact_name", "person", "姓名")),
            Map.entry(ContactField.CHINESE_NAME.column(), List.of("name_chinese", "name_zh", "nom_chinois",
                    "中文名", "中文姓名")),
            Map.entry(ContactField.TITLE.column(), List.of("position", "job_title", "role", "fonction", "poste",
                    "职务", "职位")),
            Map.entry(ContactField.EMAIL.column(), List.of("e_mail", "mail", "courriel", "email_address",
                    "邮箱", "电子邮件")),
            Map.entry(ContactField.PHONE.column(), List.of("telephone", "tel", "mobile", "phone_number", "电话")),
            Map.entry(ContactField.LANGUAGES.column(), List.of("language", "langues", "langue", "语言")),
            Map.entry(ContactField.NOTES.column(), List.of("note", "comments", "comment", "remarks", "remarques",
                    "备注"))));

    private CsvColumns() {
    }

    /** "E-mail address " → "e_mail_address": how header names are compared. */
    static String normalise(String header) {
        return TextFold.fold(header).replaceAll("[\\s\\-./’']+", "_").replaceAll("^_+|_+$", "");
    }

    /** The documented column {@code header} stands for in an institutions file. */
    static Optional<String> institutionColumn(String header) {
        return Optional.ofNullable(INSTITUTION_ALIASES.get(normalise(header)));
    }

    /** The documented column {@code header} stands for in a contacts file. */
    static Optional<String> contactColumn(String header) {
        return Optional.ofNullable(CONTACT_ALIASES.get(normalise(header)));
    }

    /**
     * Contacts when the header names a person and an institution ({@code name} and {@code institution}, say) but no
     * {@code official_name}; institutions when one of its columns names an institution; else empty.
     */
    static Optional<DirectoryCsv.What> recognise(List<String> header) {
        List<String> contactColumns = header.stream().map(h -> contactColumn(h).orElse("")).toList();
        boolean person = contactColumns.contains(ContactField.NAME.column());
        boolean atInstitution = contactColumns.contains(INSTITUTION) || contactColumns.contains(INSTITUTION_ID);
        boolean official = header.stream().anyMatch(h -> normalise(h).equals(InstitutionField.OFFICIAL_NAME.column()));
        if (person && atInstitution && !official) {
            return Optional.of(DirectoryCsv.What.CONTACTS);
        }
        boolean namesInstitutions = header.stream().map(CsvColumns::institutionColumn)
                .anyMatch(c -> c.filter(InstitutionField.OFFICIAL_NAME.column()::equals).isPresent());
        return namesInstitutions ? Optional.of(DirectoryCsv.What.INSTITUTIONS) : Optional.empty();
    }

    private static Map<String, String> aliases(Map<String, List<String>> byColumn) {
        Map<String, String> aliases = new HashMap<>();
        byColumn.forEach((column, others) -> {
            aliases.put(column, column);
            for (String other : others) {
                aliases.put(normalise(other), column);
            }
        });
        return Map.copyOf(aliases);
    }
}
