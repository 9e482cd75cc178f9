package org.visitplanner.app;

import java.nio.file.Path;

import org.visitplanner.db.Database;
import org.visitplanner.db.UndoableDeletes;
import org.visitplanner.db.directory.JooqContactRepository;
import org.visitplanner.db.directory.JooqInstitutionRepository;
import org.visitplanner.db.directory.JooqMemberRepository;
import org.visitplanner.db.directory.JooqPartnershipRepository;
import org.visitplanner.db.itinerary.JooqEventRepository;
import org.visitplanner.db.trip.JooqDayNoteRepository;
import org.visitplanner.db.itinerary.JooqTravelOverrideRepository;
import org.visitplanner.db.trip.JooqTripRepository;
import org.visitplanner.logic.Transactions;
import org.visitplanner.logic.directory.ContactRepository;
import org.visitplanner.logic.directory.DirectoryCsv;
import org.visitplanner.logic.directory.DirectoryService;
import org.visitplanner.logic.directory.InstitutionRepository;
import org.visitplanner.logic.directory.MemberRepository;
import org.visitplanner.logic.directory.PartnershipRepository;
import org.visitplanner.logic.documents.Documents;
import org.visitplanner.logic.itinerary.EventRepository;
import org.visitplanner.logic.trip.DayNoteRepository;
import org.visitplanner.logic.itinerary.CalendarImport;
import org.visitplanner.logic.io.CsvSheet;
import org.visitplanner.logic.itinerary.EventRepository;
import org.visitplanner.logic.itinerary.ItineraryService;
import org.visitplanner.logic.itinerary.TravelOverrideRepository;
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
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
        JOOQ_LOG.setLevel(java.util.logging.Level.WARNING);
    }

    private final Database database;
    private final TripRepository trips;
    private final MemberRepository members;
    private final InstitutionRepository institutions;
    private final ContactRepository contacts;
    private final PartnershipRepository partnerships;
    private final EventRepository events;
    private final DayNoteRepository dayNotes;
    private final SampleTrip sampleTrip;
    private final Documents documents;
    private final TravelOverrideRepository travelOverrides;
    private final ItineraryService itinerary;
    private final CalendarImport calendarImport;
    private final DirectoryService directory;
    private final DirectoryCsv directoryCsv;

    private Services(Database database) {
        this.database = database;
        var dsl = database.dsl();
        this.trips = new JooqTripRepository(dsl);
        this.members = new JooqMemberRepository(dsl);
        this.institutions = new JooqInstitutionRepository(dsl);
        this.contacts = new JooqContactRepository(dsl);
        this.partnerships = new JooqPartnershipRepository(dsl);
        this.events = new JooqEventRepository(dsl);
        this.dayNotes = new JooqDayNoteRepository(dsl);
        this.sampleTrip = new SampleTrip(database.transactions(), trips, members, institutions, contacts,
                partnerships, events, dayNotes);
        this.travelOverrides = new JooqTravelOverrideRepository(dsl);
        this.itinerary = new ItineraryService(database.transactions(), trips, events, institutions, contacts,
                travelOverrides);
        this.calendarImport = new CalendarImport(database.transactions(), trips, members, institutions, contacts,
                events);
        this.directory = new DirectoryService(database.transactions(), institutions, contacts, partnerships, members,
                trips, new UndoableDeletes(dsl));
        this.directoryCsv = new DirectoryCsv(database.transactions(), directory, institutions, contacts,
                CsvSheet.Limits.DEFAULT);
        this.documents = new Documents(trips, events, members, institutions, contacts, partnerships, dayNotes,
                itinerary);
    }

    /** Opens the database in {@code dataDirectory}; throws {@link org.visitplanner.logic.DataProblem} when it cannot. */
    public static Services open(Path dataDirectory) {
        return new Services(Database.open(dataDirectory));
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

    public DayNoteRepository dayNotes() {
        return dayNotes;
    }

    public SampleTrip sampleTrip() {
        return sampleTrip;
    }

    /** The trip's documents: PDF schedules, briefs and report, calendar and CSV exports. */
    public Documents documents() {
        return documents;
    }

    public TravelOverrideRepository travelOverrides() {
        return travelOverrides;
    }

    /** A trip's itinerary (events, travel legs, problems) and its undoable edits. */
    public ItineraryService itinerary() {
        return itinerary;
    }

    /** {@code import FILE.ics}: iCalendar files into a new or an existing trip. */
    public CalendarImport calendarImport() {
        return calendarImport;
    }

    /** The directory's edits (with undo) and its CSV import and export. */
    public DirectoryService directory() {
        return directory;
    }

    public DirectoryCsv directoryCsv() {
        return directoryCsv;
    }

    @Override
    public void close() {
        database.close();
    }
}
