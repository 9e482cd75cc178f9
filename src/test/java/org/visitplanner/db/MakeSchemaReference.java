package org.visitplanner.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.api.MigrationInfo;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * Writes {@code src/main/resources/db/schema/reference.txt}: the schema objects each migration version creates, as
 * {@link FileSchema} compares them. Run it after adding a migration (SchemaReferenceTest says when):
 * {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt} then
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.visitplanner.db.MakeSchemaReference}.
 */
public final class MakeSchemaReference {

    private MakeSchemaReference() {
    }

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "src/main/resources/" + SchemaReference.RESOURCE);
        Files.writeString(target, text(generate()), StandardCharsets.UTF_8);
        System.out.println("wrote " + target);
    }

    /** The reference in its file form. */
    static String text(Map<String, List<String>> versions) {
        StringBuilder text = new StringBuilder(
                "# Made by org.visitplanner.db.MakeSchemaReference; do not edit by hand.\n");
        versions.forEach((version, objects) -> {
            text.append("== V").append(version).append('\n');
            objects.forEach(object -> text.append(SchemaReference.escape(object)).append('\n'));
        });
        return text.toString();
    }

    /** Creates a database at each migration version, in a temporary folder, and reads its objects. */
    static Map<String, List<String>> generate() throws IOException {
        List<String> versions = new ArrayList<>();
        Path probe = Files.createTempDirectory("schema-reference-");
        try {
            JdbcConnectionPool pool = DatabaseFiles.pool(DatabaseFiles.file(probe), null, false);
            try {
                for (MigrationInfo migration : DatabaseFiles.flyway(pool).info().all()) {
                    if (migration.getVersion() != null) {
                        versions.add(migration.getVersion().getVersion());
                    }
                }
            } finally {
                pool.dispose();
            }
        } finally {
            DatabaseFiles.deleteTree(probe);
        }
        // Version 0: a database with none of the app's objects yet (made before the first migration ran).
        versions.add(0, "0");
        Map<String, List<String>> reference = new LinkedHashMap<>();
        for (String version : versions) {
            Path folder = Files.createTempDirectory("schema-reference-V" + version + "-");
            try {
                Path file = DatabaseFiles.file(folder);
                JdbcConnectionPool pool = DatabaseFiles.pool(file, null, false);
                try {
                    if (version.equals("0")) {
                        pool.getConnection().close();
                    } else {
                        Migrations.configure(pool, Migrations.Engine.H2).target(version).load().migrate();
                    }
                } catch (java.sql.SQLException e) {
                    throw new IOException(e);
                } finally {
                    pool.dispose();
                }
                reference.put(version, FileSchema.referenceForm(file));
            } finally {
                DatabaseFiles.deleteTree(folder);
            }
        }
        return reference;
    }
}
