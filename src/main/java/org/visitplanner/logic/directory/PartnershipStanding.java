package org.visitplanner.logic.directory;

import java.util.Comparator;
import java.util.List;

import org.visitplanner.model.Partnership;
import org.visitplanner.model.PartnershipStatus;

/**
 * Where an institution's partnerships stand, for the institutions table: the distinct statuses of its partnerships
 * that are still going, furthest along first ("Signed, In discussion"); "Ended" only when all of them ended.
 */
public final class PartnershipStanding {
    private PartnershipStanding() {
    }

    public static List<PartnershipStatus> of(List<Partnership> partnerships) {
        List<PartnershipStatus> going = partnerships.stream().map(Partnership::status)
                .filter(s -> s != PartnershipStatus.ENDED).distinct()
                .sorted(Comparator.reverseOrder()).toList();
        if (going.isEmpty() && !partnerships.isEmpty()) {
            return List.of(PartnershipStatus.ENDED);
        }
        return going;
    }
}
