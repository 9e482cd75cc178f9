package org.visitplanner.db;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the migrations of this build create, object by object, for every schema version a data file can be at: the
 * definitions H2 keeps for each table, column, constraint, index, sequence, trigger, user and setting, in a form
 * where what legitimately differs between two files (generated sequence names, the next identity value, statistics,
 * password salts) is left out. {@link FileSchema} compares a file's objects with these before H2 may open the file.
 *
 * <p>The reference lives in {@code db/schema/reference.txt}; {@code SchemaReferenceTest} fails when a migration is
 * added without regenerating it ({@code support.MakeSchemaReference}).
 */
final class SchemaReference {

    static final String RESOURCE = "db/schema/reference.txt";
    /** The object types of H2's meta table ({@code org.h2.engine.DbObject}). */
    static final int TABLE_OR_VIEW = 0;
    static final int INDEX = 1;
    static final int USER = 2;
    static final int SEQUENCE = 3;
    static final int TRIGGER = 4;
    static final int CONSTRAINT = 5;
    static final int SETTING = 6;
    static final int ROLE = 7;
    static final int RIGHT = 8;
    static final int FUNCTION_ALIAS = 9;
    static final int SCHEMA = 10;
    static final int CONSTANT = 11;
    static final int DOMAIN = 12;
    static final int COMMENT = 13;
    static final int AGGREGATE = 14;
    static final int SYNONYM = 15;

    private static final Pattern GENERATED_SEQUENCE = Pattern.compile("SYSTEM_SEQUENCE_[0-9A-F_]{36}");
    private static final Pattern NEXT_VALUE = Pattern.compile(" RESTART WITH -?[0-9]+");
    private static final Pattern STATISTICS = Pattern.compile(" SELECTIVITY [0-9]+");
    /**
     * The names H2 makes up for keys, constraints and their indexes end with an object number, which depends on what
     * the file held before: data upgraded from an earlier version names them otherwise than new data.
     */
    private static final Pattern GENERATED_NAME = Pattern.compile(
            "\"((?:[A-Z0-9_]+_)?INDEX|PRIMARY_KEY|CONSTRAINT)_[0-9A-F]+\"");
    private static final Pattern ADMIN_USER = Pattern.compile(
            "CREATE USER IF NOT EXISTS \"SA\" SALT '[0-9a-f]*' HASH '[0-9a-f]*' ADMIN");
    /** Settings H2 records by itself (the build that created the file, the commit delay the app asks for). */
    private static final Pattern HOUSEKEEPING_SETTING = Pattern.compile("SET (CREATE_BUILD|WRITE_DELAY) [0-9]+");

    private static final Pattern TABLE_DEFINITION = Pattern.compile(
            "^" + TABLE_OR_VIEW + " CREATE (?:CACHED |MEMORY )?TABLE \"PUBLIC\"\\.\"([^\"]+)\"");
    private static final Pattern COLUMN_DEFINITION = Pattern.compile("^\\s+\"([^\"]+)\" ", Pattern.MULTILINE);

    private static volatile Map<String, List<String>> versions;

    private SchemaReference() {
    }

    /**
     * One object's definition in the form it is compared in; {@code null} for an object that does not matter (a
     * setting H2 keeps for itself).
     */
    static String normalise(int type, String sql) {
        if (type == SETTING && HOUSEKEEPING_SETTING.matcher(sql).matches()) {
            return null;
        }
        if (type == USER && ADMIN_USER.matcher(sql).matches()) {
            return type + " CREATE USER \"SA\" ADMIN";
        }
        String text = GENERATED_SEQUENCE.matcher(sql).replaceAll("SYSTEM_SEQUENCE");
        text = NEXT_VALUE.matcher(text).replaceAll("");
        text = STATISTICS.matcher(text).replaceAll("");
        text = GENERATED_NAME.matcher(text).replaceAll("\"$1\"");
        return type + " " + text;
    }

    /** The normalised objects of every known schema version, by version ("1", "4", "5"…), oldest first. */
    static Map<String, List<String>> versions() {
        Map<String, List<String>> loaded = versions;
        if (loaded == null) {
            loaded = load();
            versions = loaded;
        }
        return loaded;
    }

    /** The newest schema version this build knows (its last migration). */
    static String newestVersion() {
        List<String> all = List.copyOf(versions().keySet());
        return all.get(all.size() - 1);
    }

    /**
     * The tables of schema {@code version} with their columns, by name in capitals (a team database folds the same
     * names to small letters): what a team database at that version must hold, neither more nor less.
     */
    static Map<String, Set<String>> tablesAndColumns(String version) {
        Map<String, Set<String>> tables = new TreeMap<>();
        for (String object : versions().getOrDefault(version, List.of())) {
            Matcher table = TABLE_DEFINITION.matcher(object);
            if (!table.find()) {
                continue;
            }
            Set<String> columns = new TreeSet<>();
            Matcher column = COLUMN_DEFINITION.matcher(object);
            while (column.find()) {
                columns.add(column.group(1).toUpperCase(Locale.ROOT));
            }
            tables.put(table.group(1).toUpperCase(Locale.ROOT), columns);
        }
        return tables;
    }

    /** Writes one object per line: line breaks inside a definition become {@code \n}, backslashes {@code \\}. */
    static String escape(String object) {
        return object.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String line) {
        StringBuilder text = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                text.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> byVersion = new LinkedHashMap<>();
        try (InputStream in = SchemaReference.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the build");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> current = null;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.startsWith("== V")) {
                    current = new ArrayList<>();
                    byVersion.put(line.substring("== V".length()).trim(), current);
                } else if (!line.isEmpty() && current != null) {
                    current.add(unescape(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byVersion.replaceAll((version, objects) -> {
            List<String> sorted = new ArrayList<>(objects);
            Collections.sort(sorted);
            return List.copyOf(sorted);
        });
        return Collections.unmodifiableMap(byVersion);
    }
}
