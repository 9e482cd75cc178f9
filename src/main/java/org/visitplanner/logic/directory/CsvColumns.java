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
                    "institution", "institution_name", "etablissement", "nom_de_l_etablissement", "organisme",
                    "ecole", "universite", "school", "university", "官方名称", "名称", "机构名称", "学校名称", "院校名称",
                    "法文名称")),
            Map.entry(InstitutionField.ENGLISH_NAME.column(),
                    List.of("name_en", "english", "nom_anglais", "nom_en_anglais", "英文名称",
                    "英文名")),
            Map.entry(InstitutionField.CHINESE_NAME.column(), List.of("name_zh", "chinese", "nom_chinois", "中文名称",
                    "中文名")),
            Map.entry(InstitutionField.SHORT_NAME.column(), List.of("short", "acronym", "abbreviation", "sigle",
                    "nom_court", "abreviation", "简称", "缩写")),
            Map.entry(InstitutionField.KIND.column(), List.of("type", "category", "categorie", "genre",
                    "type_d_etablissement", "类型", "类别")),
            Map.entry(InstitutionField.RELATION.column(), List.of("relationship", "relation_type", "relations", "关系",
                    "合作关系")),
            Map.entry(InstitutionField.ADDRESS.column(), List.of("street", "street_address", "adresse", "rue",
                    "adresse_postale", "地址", "街道")),
            Map.entry(InstitutionField.POSTCODE.column(), List.of("postal_code", "post_code", "zip", "zip_code",
                    "zipcode", "code_postal", "cp", "邮编")),
            Map.entry(InstitutionField.CITY.column(), List.of("town", "ville", "commune", "城市", "城市名")),
            Map.entry(InstitutionField.COUNTRY.column(), List.of("pays", "国家", "国别")),
            Map.entry(InstitutionField.LATITUDE.column(), List.of("lat", "纬度")),
            Map.entry(InstitutionField.LONGITUDE.column(), List.of("lon", "lng", "long", "经度")),
            Map.entry(COORDINATES, List.of("coords", "gps", "coordonnees", "lat_long", "latlong", "坐标")),
            Map.entry(InstitutionField.WEBSITE.column(), List.of("web_site", "url", "web", "site", "site_web",
                    "site_internet", "homepage", "home_page", "web_page", "网站", "网址", "主页", "官网")),
            Map.entry(InstitutionField.PHONE.column(), List.of("telephone", "tel", "phone_number",
                    "numero_de_telephone", "standard", "电话", "联系电话", "电话号码")),
            Map.entry(InstitutionField.OPENING_HOURS.column(), List.of("hours", "horaires", "opening_times",
                    "heures_d_ouverture", "horaires_d_ouverture", "business_hours", "开放时间", "营业时间",
                    "办公时间")),
            Map.entry(InstitutionField.CLOSURES.column(), List.of("closed", "fermetures", "closing_days",
                    "jours_de_fermeture", "fermeture", "闭馆", "休息日")),
            Map.entry(InstitutionField.NOTES.column(), List.of("note", "comments", "comment", "remarks",
                    "remarques", "commentaires", "commentaire", "observations", "备注", "说明", "附注"))));

    private static final Map<String, String> CONTACT_ALIASES = aliases(Map.ofEntries(
            Map.entry(ID, List.of("contact_id", "identifiant")),
            Map.entry(INSTITUTION_ID, List.of()),
            Map.entry(INSTITUTION, List.of("institution_name", "organisation", "organization", "school",
                    "company", "university", "etablissement", "organisme", "ecole", "universite", "entreprise",
                    "societe", "机构", "院校", "单位", "学校", "所属机构", "工作单位")),
            Map.entry(ContactField.NAME.column(), List.of("name_latin", "full_name", "nom", "contact",
                    "contact_name", "person", "nom_complet", "prenom_nom", "nom_et_prenom", "nom_prenom", "姓名",
                    "联系人", "名字")),
            Map.entry(ContactField.CHINESE_NAME.column(), List.of("name_chinese", "name_zh", "nom_chinois",
                    "nom_en_chinois", "中文名", "中文姓名")),
            Map.entry(ContactField.TITLE.column(), List.of("position", "job_title", "role", "fonction", "poste",
                    "titre", "qualite", "职务", "职位", "职称", "头衔")),
            Map.entry(ContactField.EMAIL.column(), List.of("e_mail", "mail", "courriel", "email_address",
                    "e_mail_address", "adresse_e_mail", "adresse_email", "adresse_mail", "adresse_electronique",
                    "邮箱", "电子邮件", "电子邮箱", "邮件")),
            Map.entry(ContactField.PHONE.column(), List.of("telephone", "tel", "mobile", "phone_number",
                    "portable", "cell", "cell_phone", "mobile_phone", "tel_portable", "telephone_portable",
                    "numero_de_telephone", "电话", "手机", "联系电话", "电话号码", "手机号")),
            Map.entry(ContactField.LANGUAGES.column(), List.of("language", "langues", "langue", "langues_parlees",
                    "spoken_languages", "语言", "工作语言")),
            Map.entry(ContactField.NOTES.column(), List.of("note", "comments", "comment", "remarks", "remarques",
                    "commentaires", "commentaire", "observations", "备注", "说明", "附注"))));

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
