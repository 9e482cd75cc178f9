package org.visitplanner.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The schema reference a data file is checked against is what the migrations of this build create. */
class SchemaReferenceTest {

    @Test
    void theReferenceMatchesWhatEachMigrationVersionCreates() throws Exception {
        String committed;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(SchemaReference.RESOURCE)) {
            assertThat(in).as(SchemaReference.RESOURCE).isNotNull();
            committed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(committed)
                .as("a migration changed the schema: regenerate " + SchemaReference.RESOURCE
                        + " with org.visitplanner.db.MakeSchemaReference (see its Javadoc)")
                .isEqualTo(MakeSchemaReference.text(MakeSchemaReference.generate()));
    }

    @Test
    void everyMigrationVersionHasItsReferenceAfterTheEmptyDatabase() throws Exception {
        assertThat(SchemaReference.versions().keySet()).first().isEqualTo("0");
        assertThat(SchemaReference.versions().keySet()).containsExactlyElementsOf(
                MakeSchemaReference.generate().keySet());
    }
}
