package org.visitplanner.cli;

import java.util.List;

import org.visitplanner.app.Services;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.Trip;

/** A {@code TRIP} argument: a trip id, or a trip's exact name. */
final class TripArgument {
    private TripArgument() {
    }

    /** The trip {@code text} names; a missing or ambiguous trip is a data problem (exit 3). */
    static Trip resolve(Services services, String text) {
        String wanted = text.strip();
        if (wanted.matches("\\d{1,18}")) {
            var byId = services.trips().findById(Long.parseLong(wanted));
            if (byId.isPresent()) {
                return byId.get();
            }
        }
        List<Trip> byName = services.trips().findByName(text);
        if (byName.size() == 1) {
            return byName.get(0);
        }
        if (byName.size() > 1) {
            throw new CommandFailure(ExitCodes.DATA_PROBLEM, Messages.get("cli.error.tripAmbiguous", text));
        }
        throw new CommandFailure(ExitCodes.DATA_PROBLEM, Messages.get("cli.error.tripNotFound", text));
    }
}
