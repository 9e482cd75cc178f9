package org.visitplanner.app;

import java.nio.file.Path;

import org.visitplanner.db.Database;
import org.visitplanner.db.DatabaseBackups;
import org.visitplanner.db.DatabaseEncryption;
import org.visitplanner.db.FileKey;
import org.visitplanner.db.directory.JooqContactRepository;
import org.visitplanner.db.directory.JooqInstitutionRepository;
import org.visitplanner.db.directory.JooqMemberRepository;
import org.visitplanner.db.directory.JooqPartnershipRepository;
import org.visitplanner.db.itinerary.JooqEventRepository;
import org.visitplanner.db.trip.JooqTripRepository;
import org.visitplanner.logic.Transactions;
import org.visitplanner.logic.backup.BackupService;
import org.visitplanner.logic.directory.ContactRepository;
import org.visitplanner.logic.directory.InstitutionRepository;
import org.visitplanner.logic.directory.MemberRepository;
import org.visitplanner.logic.directory.PartnershipRepository;
import org.visitplanner.logic.itinerary.EventRepository;
import org.visitplanner.logic.security.EncryptionService;
import org.visitplanner.logic.trip.SampleTrip;
import org.visitplanner.logic.trip.TripRepository;

/**
 * The composition root: the open database, its repositories and the services built on them. The GUI and the
 * headless commands both start here. No DI framework: plain constructors, in one place.
 */
public final class Services implements AutoCloseable {

    // Flyway and jOOQ report every start at INFO level (jOOQ with a banner); the user needs only warnings.
    // The loggers are held here because java.util.logging forgets the level of a logger nobody references.
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");
    private static final java.util.logging.Logger JOOQ_LOG = java.util.logging.Logger.getLogger("org.jooq");

    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
        // Flyway logs a failed migration (a full disk) with stack traces on stderr; Visit Planner says it in one
        // sentence itself, so a command's stderr holds that sentence only.
        FLYWAY_LOG.setLevel(java.util.logging.Level.OFF);
        JOOQ_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private final Database database;
    private final TripRepository trips;
    private final MemberRepository members;
    private final InstitutionRepository institutions;
    private final ContactRepository contacts;
    private final PartnershipRepository partnerships;
    private final EventRepository events;
    private final SampleTrip sampleTrip;
    private final DatabaseBackups backups;
    private final DatabaseEncryption encryption;

    private Services(Database database) {
        this.database = database;
        var dsl = database.dsl();
        this.trips = new JooqTripRepository(dsl);
        this.members = new JooqMemberRepository(dsl);
        this.institutions = new JooqInstitutionRepository(dsl);
        this.contacts = new JooqContactRepository(dsl);
        this.partnerships = new JooqPartnershipRepository(dsl);
        this.events = new JooqEventRepository(dsl);
        this.sampleTrip = new SampleTrip(database.transactions(), trips, members, institutions, contacts,
                partnerships, events);
        boolean onDisk = database.dataDirectory() != null;
        this.backups = onDisk ? new DatabaseBackups(database, java.time.Clock.systemDefaultZone()) : null;
        this.encryption = onDisk ? new DatabaseEncryption(database, backups) : null;
    }

    /** Opens the database in {@code dataDirectory}; throws {@link org.visitplanner.logic.DataProblem} when it cannot. */
    public static Services open(Path dataDirectory) {
        return open(dataDirectory, null);
    }

    /**
     * Opens the database in {@code dataDirectory} with the password that protects it (ignored, and may be
     * {@code null}, when the data is not encrypted); a wrong or missing password is a
     * {@link org.visitplanner.logic.DataProblem.Kind#WRONG_PASSWORD} problem.
     */
    public static Services open(Path dataDirectory, char[] password) {
        boolean keyNeeded = password != null && password.length > 0 && Database.isEncrypted(dataDirectory);
        return new Services(Database.open(dataDirectory, keyNeeded ? FileKey.derive(password) : null));
    }

    /** Whether the data in {@code dataDirectory} is protected by a password (to ask for it before opening). */
    public static boolean isEncrypted(Path dataDirectory) {
        return Database.isEncrypted(dataDirectory);
    }

    /** Services over a fresh in-memory database (tests). */
    public static Services inMemory(String name) {
        return new Services(Database.inMemory(name));
    }

    public Database database() {
        return database;
    }

    public Transactions transactions() {
        return database.transactions();
    }

    public TripRepository trips() {
        return trips;
    }

    public MemberRepository members() {
        return members;
    }

    public InstitutionRepository institutions() {
        return institutions;
    }

    public ContactRepository contacts() {
        return contacts;
    }

    public PartnershipRepository partnerships() {
        return partnerships;
    }

    public EventRepository events() {
        return events;
    }

    public SampleTrip sampleTrip() {
        return sampleTrip;
    }

    /** Backups of the data file (not available for in-memory data). */
    public BackupService backups() {
        if (backups == null) {
            throw new IllegalStateException("in-memory data has no backups");
        }
        return backups;
    }

    /** The password protecting the data file (not available for in-memory data). */
    public EncryptionService encryption() {
        if (encryption == null) {
            throw new IllegalStateException("in-memory data has no file to encrypt");
        }
        return encryption;
    }

    @Override
    public void close() {
        database.close();
    }
}
