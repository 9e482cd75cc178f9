package org.visitplanner.logic.planner;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/**
 * One thing on the week the planner arranges: a visit to place, or an existing event (pinned where it is, or free to
 * move when the rest is re-planned). Its wishes are precomputed in minutes and day indexes so that the constraints
 * only compare numbers.
 */
@PlanningEntity(difficultyComparatorClass = PlanItem.Difficulty.class)
public class PlanItem {

    /**
     * Easiest first: the solver places the hardest items first (fewest starts that fit, most people, longest), as a
     * person would fit the big stones in before the sand.
     */
    public static final class Difficulty implements Comparator<PlanItem> {
        @Override
        public int compare(PlanItem a, PlanItem b) {
            return Comparator.<PlanItem>comparingInt(i -> -i.candidates.size())
                    .thenComparingInt(i -> i.members.cardinality())
                    .thenComparingInt(PlanItem::minutes)
                    .thenComparing(PlanItem::key, Comparator.reverseOrder())
                    .compare(a, b);
        }
    }

    @PlanningId
    private String key;
    private String title;
    private Long visitId;
    private Long eventId;
    private int minutes;
    private BitSet members;
    private List<Integer> memberList;
    private int place;
    private int campus;
    private boolean meal;
    private boolean[] allowedDays;
    private int earliest;
    private int latest;
    private int preferredFrom;
    private int preferredTo;
    private int[][] openingSpans;
    private PlanItem after;
    private PlanDays days;
    private Travel travel;

    @PlanningPin
    private boolean pinned;

    @PlanningVariable(valueRangeProviderRefs = "itemSlots", allowsUnassigned = true)
    private Slot slot;

    /** The starts worth trying: on its days, within its times, the day's hours and the opening hours. */
    private List<Slot> candidates = List.of();

    /** For the solver's cloning. */
    public PlanItem() {
    }

    /**
     * @param key          unique and stable: "visit:12", "event:34"
     * @param members      the attendees' indexes (bits) in the plan's member list
     * @param place        index of the place in {@link Travel}; -1 for none (a meal near the day's venues)
     * @param campus       index of the group of nearby places it belongs to; -1 for none
     * @param allowedDays  by day index of the trip; null: every day
     * @param earliest     earliest start on an allowed day, minutes since midnight; -1: none
     * @param latest       latest end; -1: none
     * @param preferredFrom the hosts' preferred times; -1: none
     * @param openingSpans by day index, the opening spans [open, close, open, close…] merged where they touch; an
     *                     empty array on a closed day; null when the hours are not known (nothing is checked)
     */
    public PlanItem(String key, String title, Long visitId, Long eventId, int minutes, BitSet members, int place,
                    int campus, boolean meal, boolean[] allowedDays, int earliest, int latest, int preferredFrom,
                    int preferredTo, int[][] openingSpans, PlanDays days, Travel travel) {
        this.key = key;
        this.title = title;
        this.visitId = visitId;
        this.eventId = eventId;
        this.minutes = minutes;
        this.members = (BitSet) members.clone();
        this.memberList = this.members.stream().boxed().toList();
        this.place = place;
        this.campus = campus;
        this.meal = meal;
        this.allowedDays = allowedDays;
        this.earliest = earliest;
        this.latest = latest;
        this.preferredFrom = preferredFrom;
        this.preferredTo = preferredTo;
        this.openingSpans = openingSpans;
        this.days = days;
        this.travel = travel;
    }

    /** The same item, unlinked from the others ("after" is set by the caller). */
    PlanItem copy() {
        PlanItem copy = new PlanItem(key, title, visitId, eventId, minutes, members, place, campus, meal, allowedDays,
                earliest, latest, preferredFrom, preferredTo, openingSpans, days, travel);
        copy.pinned = pinned;
        copy.slot = slot;
        copy.candidates = candidates;
        return copy;
    }

    /**
     * The starts the solver tries for this item: those of {@code slots} where the rules about the item alone hold
     * (trip days, allowed days and times, the day's hours, opening hours), and where it is now. Leaving the others
     * out spares the solver from trying them; the constraints still say why they would be wrong.
     */
    @ValueRangeProvider(id = "itemSlots")
    public List<Slot> candidates() {
        return candidates;
    }

    void chooseCandidates(List<Slot> slots) {
        List<Slot> chosen = new ArrayList<>();
        for (Slot candidate : slots) {
            Slot was = slot;
            slot = candidate;
            boolean fits = outsideTrip() == 0 && outsideDayLimits() == 0 && onForbiddenDay() == 0
                    && outsideAllowedTimes() == 0 && outsideOpeningHours() == 0;
            slot = was;
            if (fits || candidate.equals(slot)) {
                chosen.add(candidate);
            }
        }
        if (slot != null && !chosen.contains(slot)) {
            chosen.add(slot);
        }
        candidates = List.copyOf(chosen);
    }

    // ------------------------------------------------------------------ what it is

    public String key() {
        return key;
    }

    public String title() {
        return title;
    }

    public Long visitId() {
        return visitId;
    }

    public Long eventId() {
        return eventId;
    }

    public int minutes() {
        return minutes;
    }

    List<Integer> memberList() {
        return memberList;
    }

    public boolean has(int member) {
        return members.get(member);
    }

    public boolean sharesMemberWith(PlanItem other) {
        return members.intersects(other.members);
    }

    int place() {
        return place;
    }

    int campus() {
        return campus;
    }

    boolean meal() {
        return meal;
    }

    PlanItem after() {
        return after;
    }

    public void setAfter(PlanItem after) {
        this.after = after;
    }

    PlanDays days() {
        return days;
    }

    Travel travel() {
        return travel;
    }

    public boolean pinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    // ------------------------------------------------------------------ when it is

    public Slot slot() {
        return slot;
    }

    public void setSlot(Slot slot) {
        this.slot = slot;
    }

    public boolean placed() {
        return slot != null;
    }

    int day() {
        return slot.day();
    }

    /** Start, minutes since midnight of its day. */
    int start() {
        return slot.start();
    }

    int end() {
        return slot.start() + minutes;
    }

    /** Start, minutes since midnight of the trip's first day. */
    int startAbsolute() {
        return slot.absolute();
    }

    int endAbsolute() {
        return slot.absolute() + minutes;
    }

    // ------------------------------------------------------------------ what its wishes say of where it is

    /** Minutes outside the trip's days (all of it, or nothing). */
    int outsideTrip() {
        return days.inTrip(day()) ? 0 : minutes;
    }

    /** Minutes before the day's start or after its end. */
    int outsideDayLimits() {
        return Math.max(0, days.dayStart() - start()) + Math.max(0, end() - days.dayEnd());
    }

    /** All of it on a day it may not happen on. */
    int onForbiddenDay() {
        return allowedDays == null || !days.inTrip(day()) || allowedDays[day()] ? 0 : minutes;
    }

    /** Minutes before its earliest start or after its latest end. */
    int outsideAllowedTimes() {
        return (earliest < 0 ? 0 : Math.max(0, earliest - start())) + (latest < 0 ? 0 : Math.max(0, end() - latest));
    }

    /**
     * Minutes not inside one opening span of its day: all of it on a closed day, nothing when the hours are not
     * known.
     */
    int outsideOpeningHours() {
        if (openingSpans == null || !days.inTrip(day())) {
            return 0;
        }
        int[] spans = openingSpans[day()];
        int best = 0;
        for (int i = 0; i + 1 < spans.length; i += 2) {
            best = Math.max(best, Minutes.overlap(start(), end(), spans[i], spans[i + 1]));
        }
        return minutes - best;
    }

    /** Minutes outside the hosts' preferred times. */
    int outsidePreferredTimes() {
        return preferredFrom < 0 ? 0 : minutes - Minutes.overlap(start(), end(), preferredFrom, preferredTo);
    }

    /** Whether it has opening hours for that day index (null when they are not known). */
    int[] openingSpans(int day) {
        return openingSpans == null || day < 0 || day >= openingSpans.length ? null : openingSpans[day];
    }

    boolean allowedOn(int day) {
        return allowedDays == null || day >= 0 && day < allowedDays.length && allowedDays[day];
    }

    int earliest() {
        return earliest;
    }

    int latest() {
        return latest;
    }

    @Override
    public String toString() {
        return key + " " + title + (slot == null ? " (unplaced)" : " @" + slot);
    }
}
