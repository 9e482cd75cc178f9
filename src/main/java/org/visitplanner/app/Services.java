package org.visitplanner.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.visitplanner.db.Database;
import org.visitplanner.db.DatabaseBackups;
import org.visitplanner.db.DatabaseEncryption;
import org.visitplanner.db.FileKey;
import org.visitplanner.db.RowImages;
import org.visitplanner.db.TeamBackups;
import org.visitplanner.db.UndoableDeletes;
import org.visitplanner.db.bundle.JooqBundleRepository;
import org.visitplanner.db.directory.JooqContactRepository;
import org.visitplanner.db.directory.JooqInstitutionRepository;
import org.visitplanner.db.directory.JooqMemberRepository;
import org.visitplanner.db.directory.JooqPartnershipRepository;
import org.visitplanner.db.directory.JooqPartnershipStatusRepository;
import org.visitplanner.db.followup.JooqFollowUpRepository;
import org.visitplanner.db.history.ChangeHistoryTrigger;
import org.visitplanner.db.history.JooqHistoryRepository;
import org.visitplanner.db.itinerary.JooqEventRepository;
import org.visitplanner.db.itinerary.JooqTravelOverrideRepository;
import org.visitplanner.db.meeting.JooqMeetingRepository;
import org.visitplanner.db.planner.JooqPlannerRepository;
import org.visitplanner.db.search.JooqSearchSource;
import org.visitplanner.db.trip.JooqDayNoteRepository;
import org.visitplanner.db.trip.JooqTripRepository;
import org.visitplanner.logic.Transactions;
import org.visitplanner.logic.backup.Backup;
import org.visitplanner.logic.backup.BackupKind;
import org.visitplanner.logic.backup.BackupService;
import org.visitplanner.logic.bundle.TripBundles;
import org.visitplanner.logic.directory.ContactRepository;
import org.visitplanner.logic.directory.DirectoryCsv;
import org.visitplanner.logic.directory.DirectoryService;
import org.visitplanner.logic.directory.InstitutionRepository;
import org.visitplanner.logic.directory.MemberRepository;
import org.visitplanner.logic.directory.PartnershipRepository;
import org.visitplanner.logic.directory.PartnershipStatusRepository;
import org.visitplanner.logic.documents.Documents;
import org.visitplanner.logic.followup.FollowUpRepository;
import org.visitplanner.logic.history.HistoryRepository;
import org.visitplanner.logic.io.CsvSheet;
import org.visitplanner.logic.io.PrivateFiles;
import org.visitplanner.logic.itinerary.CalendarImport;
import org.visitplanner.logic.itinerary.EventRepository;
import org.visitplanner.logic.itinerary.ItineraryService;
import org.visitplanner.logic.itinerary.TravelOverrideRepository;
import org.visitplanner.logic.meeting.AttachmentStore;
import org.visitplanner.logic.meeting.MeetingRepository;
import org.visitplanner.logic.meeting.MeetingService;
import org.visitplanner.logic.planner.PlannerService;
import org.visitplanner.logic.planner.VisitsCsv;
import org.visitplanner.logic.sample.SampleTrip;
import org.visitplanner.logic.search.SearchService;
import org.visitplanner.logic.security.EncryptionService;
import org.visitplanner.logic.settings.UserSettings;
import org.visitplanner.logic.team.TeamAddress;
import org.visitplanner.logic.trip.DayNoteRepository;
import org.visitplanner.logic.trip.TripRepository;
import org.visitplanner.logic.trip.lifecycle.TripService;
import org.visitplanner.logic.undo.RowStore;

/**
 * The composition root: the open database, its repositories and the services built on them. The GUI and the
 * headless commands both start here. No DI framework: plain constructors, in one place.
 */
public final class Services implements AutoCloseable {

    private final Database database;
    private final TripRepository trips;
    private final TripService tripService;
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
    private final Path dataDirectory;
    private final boolean temporaryDataDirectory;
    private final MeetingRepository meetingRepository;
    private final PartnershipStatusRepository partnershipStatus;
    private final FollowUpRepository followUps;
    private final MeetingService meetings;
    private SearchService search;
    private final BackupService backups;
    private final DatabaseEncryption encryption;
    private final PlannerService planner;
    private final VisitsCsv visitsCsv;
    private final RowImages rows;
    private final TripBundles bundles;
    private final HistoryRepository history;

    private Services(Database database, Path dataDirectory, boolean temporaryDataDirectory) {
        this.database = database;
        this.dataDirectory = dataDirectory;
        this.temporaryDataDirectory = temporaryDataDirectory;
        var dsl = database.dsl();
        // Undo puts back exact rows: whole deleted records (with all that went with them) and changed rows.
        UndoableDeletes restorer = new UndoableDeletes(dsl);
        this.rows = new RowImages(dsl);
        this.trips = new JooqTripRepository(dsl);
        this.members = new JooqMemberRepository(dsl);
        this.institutions = new JooqInstitutionRepository(dsl);
        this.contacts = new JooqContactRepository(dsl);
        this.partnerships = new JooqPartnershipRepository(dsl);
        this.events = new JooqEventRepository(dsl);
        this.dayNotes = new JooqDayNoteRepository(dsl);
        this.meetingRepository = new JooqMeetingRepository(dsl);
        this.partnershipStatus = new JooqPartnershipStatusRepository(dsl);
        this.followUps = new JooqFollowUpRepository(dsl);
        this.history = new JooqHistoryRepository(dsl);
        AttachmentStore attachments = new AttachmentStore(dataDirectory, database::attachmentCipher);
        this.bundles = new TripBundles(database.transactions(), new JooqBundleRepository(dsl), attachments);
        this.meetings = new MeetingService(database.transactions(), meetingRepository, trips, institutions, contacts,
                partnerships, partnershipStatus, attachments, Clock.systemDefaultZone(), rows, restorer);
        this.sampleTrip = new SampleTrip(database.transactions(), trips, members, institutions, contacts,
                partnerships, events, meetingRepository, partnershipStatus, dayNotes);
        this.travelOverrides = new JooqTravelOverrideRepository(dsl);
        this.itinerary = new ItineraryService(database.transactions(), trips, events, institutions, contacts,
                travelOverrides, dayNotes, rows, restorer, history);
        this.calendarImport = new CalendarImport(database.transactions(), trips, members, institutions, contacts,
                events);
        this.directory = new DirectoryService(database.transactions(), institutions, contacts, partnerships, members,
                trips, restorer, partnershipStatus, rows);
        this.directoryCsv = new DirectoryCsv(database.transactions(), directory, institutions, contacts,
                CsvSheet.Limits.DEFAULT);
        this.documents = new Documents(database.transactions(), trips, events, members, institutions, contacts,
                partnerships, dayNotes, itinerary, meetingRepository, partnershipStatus);
        boolean onDisk = database.dataDirectory() != null;
        DatabaseBackups fileBackups = onDisk ? new DatabaseBackups(database, Clock.systemDefaultZone()) : null;
        // A team database is backed up on this computer, into its local folder, as the same kind of file.
        this.backups = database.isTeam() ? new TeamBackups(database, dataDirectory, Clock.systemDefaultZone())
                : fileBackups;
        this.encryption = onDisk ? new DatabaseEncryption(database, fileBackups, attachments) : null;
        this.tripService = new TripService(database.transactions(), trips, events, travelOverrides, dayNotes,
                institutions, new UndoableDeletes(dsl),
                backups != null ? () -> backups.backUp(BackupKind.BEFORE_DELETE).file() : () -> null);
        JooqPlannerRepository plannerRepository = new JooqPlannerRepository(dsl);
        this.planner = new PlannerService(database.transactions(), itinerary, plannerRepository, events,
                institutions, new UndoableDeletes(dsl), Clock.systemDefaultZone());
        this.visitsCsv = new VisitsCsv(database.transactions(), plannerRepository, trips, members, institutions,
                new UndoableDeletes(dsl), CsvSheet.Limits.DEFAULT);
    }

    /**
     * Opens the database in {@code dataDirectory}; throws {@link org.visitplanner.logic.DataProblem} when it cannot.
     */
    public static Services open(Path dataDirectory) {
        return open(dataDirectory, null);
    }

    /**
     * Opens the database in {@code dataDirectory} with the password that protects it (ignored, and may be
     * {@code null}, when the data is not encrypted); a wrong or missing password is a
     * {@link org.visitplanner.logic.DataProblem.Kind#WRONG_PASSWORD} problem.
     */
    public static Services open(Path dataDirectory, char[] password) {
        recordChangesAs(UserSettings.load(dataDirectory).historyName().orElse(null));
        boolean keyNeeded = password != null && password.length > 0 && Database.isEncrypted(dataDirectory);
        Services services = new Services(Database.open(dataDirectory, keyNeeded ? FileKey.derive(password) : null),
                dataDirectory, false);
        try {
            services.encryption.finishInterruptedChange();
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
        return services;
    }

    /**
     * The name a data folder's change history records from now on as who changed something (File → Settings…);
     * {@code null}: this computer's user. A team database records the session's database user whatever this says.
     */
    public static void recordChangesAs(String name) {
        ChangeHistoryTrigger.user(name);
    }

    /**
     * Connects to a team's PostgreSQL database. {@code password} may be {@code null} (then it comes from
     * {@code ~/.pgpass}); {@code localFolder} is this computer's data folder, which keeps what is not shared: the
     * settings and logs, and under {@code team/} this database's search index and copies of attached files.
     */
    public static Services team(TeamAddress address, char[] password, Path localFolder) {
        Database database = Database.team(address, password);
        try {
            Path folder = localFolder.resolve("team").resolve(TeamFolders.name(address));
            PrivateFiles.createFolders(folder);
            return new Services(database, folder, false);
        } catch (IOException | RuntimeException e) {
            database.close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** Whether the data in {@code dataDirectory} is protected by a password (to ask for it before opening). */
    public static boolean isEncrypted(Path dataDirectory) {
        return Database.isEncrypted(dataDirectory);
    }

    /**
     * Services over a fresh in-memory database (tests, benchmarks), with a temporary data directory for attachments
     * and the search index that is deleted on {@link #close()}.
     */
    public static Services inMemory(String name) {
        try {
            Path directory = Files.createTempDirectory("visit-planner-" + name.replaceAll("[^A-Za-z0-9-]", "") + "-");
            return new Services(Database.inMemory(name), directory, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary data directory", e);
        }
    }

    /** The folder of the data: the database, settings, attachments and the search index. */
    public Path dataDirectory() {
        return dataDirectory;
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

    /** The user's trips: create, change, postpone, duplicate and delete (after a backup), each undoable. */
    public TripService tripService() {
        return tripService;
    }

    /** A trip as a file: {@code bundle export}, {@code bundle import}, File → Open trip file…. */
    public TripBundles bundles() {
        return bundles;
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

    /** Whole rows read and put back by undo and redo. */
    public RowStore rows() {
        return rows;
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

    /** Plan for me: the visits to place, pins, day limits, and applying a proposal (undoable). */
    public PlannerService planner() {
        return planner;
    }

    /** A list of visits to place as a CSV file, imported into a trip. */
    public VisitsCsv visitsCsv() {
        return visitsCsv;
    }

    public MeetingRepository meetingRepository() {
        return meetingRepository;
    }

    /** Meeting records: text, attendance, outcomes, action items, attachments, partnership updates. */
    public MeetingService meetings() {
        return meetings;
    }

    public PartnershipStatusRepository partnershipStatus() {
        return partnershipStatus;
    }

    /** Who changed what and when (written by the database itself, ADR 0026). */
    public HistoryRepository history() {
        return history;
    }

    public FollowUpRepository followUps() {
        return followUps;
    }

    /**
     * Full-text search, opened on first use (commands that do not search never open the index). The database queues
     * every change the index must see; {@link SearchService#catchUp()} applies them and every search calls it first.
     */
    public synchronized SearchService search() {
        if (search == null) {
            // A team database's queue is read by every colleague's index: each keeps its own place in it.
            JooqSearchSource source = database.isTeam()
                    ? new JooqSearchSource(database.dsl(), dataDirectory.resolve(SearchService.FOLDER + ".position"))
                    : new JooqSearchSource(database.dsl());
            search = new SearchService(dataDirectory.resolve(SearchService.FOLDER), source);
        }
        return search;
    }

    /**
     * Backups of the data file (not available for in-memory data). A restore first closes the search index: the
     * restore deletes it, as it describes the data replaced, and the next search builds it again from the new data.
     */
    public BackupService backups() {
        if (backups == null) {
            throw new IllegalStateException("in-memory data has no backups");
        }
        return new BackupService() {
            @Override
            public Path folder() {
                return backups.folder();
            }

            @Override
            public Backup backUp(BackupKind kind) {
                return backups.backUp(kind);
            }

            @Override
            public Backup backUpTo(Path target) {
                return backups.backUpTo(target);
            }

            @Override
            public Optional<Backup> sameAsData() {
                return backups.sameAsData();
            }

            @Override
            public long changeCount() {
                return backups.changeCount();
            }

            @Override
            public List<Backup> list() {
                return backups.list();
            }

            @Override
            public Backup describe(Path file) {
                return backups.describe(file);
            }

            @Override
            public boolean needsPassword(Backup backup) {
                return backups.needsPassword(backup);
            }

            @Override
            public Path restore(Path file, char[] password) {
                closeSearch();
                return backups.restore(file, password);
            }
        };
    }

    /** Closes the search index if it is open; {@link #search()} opens it again when next needed. */
    private synchronized void closeSearch() {
        if (search != null) {
            search.close();
            search = null;
        }
    }

    /** The password protecting the data file (not available for in-memory data). */
    public EncryptionService encryption() {
        if (encryption == null) {
            throw new IllegalStateException(database.isTeam() ? "a team database is protected by its server"
                    : "in-memory data has no file to encrypt");
        }
        return new EncryptionService() {
            @Override
            public boolean isEncrypted() {
                return encryption.isEncrypted();
            }

            @Override
            public boolean isCurrentPassword(char[] password) {
                return encryption.isCurrentPassword(password);
            }

            @Override
            public PasswordChange changePassword(char[] currentPassword, char[] newPassword) {
                // The change deletes the index (built from text readable under the old password): close it first.
                closeSearch();
                return encryption.changePassword(currentPassword, newPassword);
            }
        };
    }

    @Override
    public void close() {
        closeSearch();
        database.close();
        if (temporaryDataDirectory) {
            try (Stream<Path> files = Files.walk(dataDirectory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                // a temporary folder left behind is harmless
            }
        }
    }
}
