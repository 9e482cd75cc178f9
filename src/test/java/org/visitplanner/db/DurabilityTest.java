package org.visitplanner.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.visitplanner.app.Services;
import org.visitplanner.model.Member;
import org.visitplanner.model.MemberRole;

/** Every committed write is forced to the disk before the call that made it returns; reads force nothing. */
class DurabilityTest {

    @TempDir
    Path temp;

    @Test
    void aTransactionIsForcedToDiskOnceWhenItCommits() {
        try (Services services = Services.open(temp.resolve("data"))) {
            Database database = services.database();
            long before = database.syncCount();
            services.transactions().run(() -> {
                services.members().insert(member("Ma Wei"));
                services.members().insert(member("Li Na"));
                services.members().insert(member("Zhang San"));
            });
            assertThat(database.syncCount()).isEqualTo(before + 1);
        }
    }

    @Test
    void aSingleWriteOutsideATransactionIsForcedToDisk() {
        try (Services services = Services.open(temp.resolve("data"))) {
            Database database = services.database();
            long before = database.syncCount();
            services.members().insert(member("Ma Wei")); // INSERT … RETURNING, auto-committed
            assertThat(database.syncCount()).isEqualTo(before + 1);
            database.dsl().execute("UPDATE member SET title = 'Professor'");
            assertThat(database.syncCount()).isEqualTo(before + 2);
            assertThat(database.changeCount()).isEqualTo(2);
        }
    }

    @Test
    void readingForcesNothing() {
        try (Services services = Services.open(temp.resolve("data"))) {
            services.sampleTrip().ensureLoaded();
            Database database = services.database();
            long before = database.syncCount();
            long changes = database.changeCount();
            services.trips().findAll();
            services.members().findAll();
            database.dsl().fetch("SELECT * FROM event");
            assertThat(database.syncCount()).isEqualTo(before);
            assertThat(database.changeCount()).isEqualTo(changes);
        }
    }

    @Test
    void aRolledBackTransactionForcesNothingAndLeavesNothing() {
        try (Services services = Services.open(temp.resolve("data"))) {
            Database database = services.database();
            long before = database.syncCount();
            try {
                services.transactions().run(() -> {
                    services.members().insert(member("Ma Wei"));
                    throw new IllegalStateException("the user cancelled");
                });
            } catch (IllegalStateException expected) {
                // the whole transaction is rolled back
            }
            assertThat(services.members().findAll()).isEmpty();
            assertThat(database.syncCount()).isEqualTo(before);
        }
    }

    @Test
    void aRefusedWriteOutsideATransactionLeavesNothingBehind() {
        // H2 keeps the row of a failed INSERT … RETURNING whose foreign key is missing, even in auto-commit mode.
        try (Services services = Services.open(temp.resolve("data"))) {
            services.sampleTrip().ensureLoaded();
            String before = DatabaseDump.text(services.database());
            long syncs = services.database().syncCount();
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> services.contacts().insert(new org.visitplanner
                    .model.Contact(0, 987_654_321L, "Nobody", null, null, null, null, null, null, 0)))
                    .isInstanceOfSatisfying(org.visitplanner.logic.DataProblem.class, problem -> assertThat(
                            problem.kind()).isEqualTo(org.visitplanner.logic.DataProblem.Kind.REFUSED));
            assertThat(DatabaseDump.text(services.database())).isEqualTo(before);
            assertThat(services.database().syncCount()).isEqualTo(syncs);
        }
    }

    private static Member member(String name) {
        return new Member(0, name, null, null, null, MemberRole.MEMBER, null, null, null, 0);
    }
}
