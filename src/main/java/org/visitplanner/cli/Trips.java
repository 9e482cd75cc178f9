package org.visitplanner.cli;

import java.util.stream.Collectors;

import org.visitplanner.app.Services;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.itinerary.ItineraryService;
import org.visitplanner.model.Trip;

/** The TRIP argument of commands: an id or an exact name. */
final class Trips {
    private Trips() {
    }

    /** The trip named by {@code idOrName}; exit 3 when there is none, 2 when the name is ambiguous. */
    static Trip find(Services services, String idOrName) {
        try {
            return services.itinerary().findTrip(idOrName)
                    .orElseThrow(() -> new CommandFailure(ExitCodes.DATA_PROBLEM,
                            Messages.get("cli.error.noTrip", idOrName)));
        } catch (ItineraryService.AmbiguousTripException e) {
            throw new CommandFailure(ExitCodes.BAD_USAGE, Messages.get("cli.error.ambiguousTrip", idOrName,
                    e.candidates().stream().map(t -> Long.toString(t.id())).collect(Collectors.joining(", "))));
        }
    }
}
