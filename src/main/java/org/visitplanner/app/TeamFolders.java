package org.visitplanner.app;

import java.util.Locale;

import org.visitplanner.logic.team.TeamAddress;

/** The local folder a team database's search index and attachments are kept in: one per server, database and user. */
final class TeamFolders {

    private TeamFolders() {
    }

    /** A folder name made of the address's letters and digits only (no path can be smuggled in through it). */
    static String name(TeamAddress address) {
        String raw = address.host() + "-" + address.port() + "-" + address.database() + "-" + address.user();
        StringBuilder name = new StringBuilder();
        raw.toLowerCase(Locale.ROOT).codePoints().forEach(c -> name.append(
                (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ? (char) c : '_'));
        return name.toString();
    }
}
