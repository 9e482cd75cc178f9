package org.visitplanner.logic.team;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.visitplanner.logic.i18n.Messages;

/**
 * Where a team database is: {@code postgresql://HOST[:PORT]/DB?user=U}, as {@code --database},
 * {@code VISIT_PLANNER_DATABASE} and File → Team database… take it. It never holds a password: that comes from
 * {@code ~/.pgpass} or is asked for, and is never written down by Visit Planner.
 */
public record TeamAddress(String host, int port, String database, String user) {

    /** PostgreSQL's own port, when the address names none. */
    public static final int DEFAULT_PORT = 5432;

    private static final Pattern FORM = Pattern.compile(
            "(?i:postgres(?:ql)?)://(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9.\\-]+)(?::(\\d{1,5}))?/([^/?#]+)(?:\\?([^#]*))?");
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}_.\\-$ ]{1,63}");

    public TeamAddress {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException(why("team.address.noHost"));
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(why("team.address.badPort"));
        }
        if (database == null || !NAME.matcher(database).matches()) {
            throw new IllegalArgumentException(why("team.address.badDatabase"));
        }
        if (user == null || !NAME.matcher(user).matches()) {
            throw new IllegalArgumentException(why("team.address.badUser"));
        }
    }

    /**
     * Reads {@code postgresql://HOST[:PORT]/DB?user=U} ({@code postgres://} too). Without {@code user=}, the user is
     * the system's, as PostgreSQL's own programs do. Anything else in it (a password, other settings) is refused:
     * the address is shown in the window and kept in the settings, where no secret may be.
     *
     * @throws IllegalArgumentException with a sentence in the user's language saying what is wrong
     */
    public static TeamAddress parse(String text) {
        Matcher form = FORM.matcher(text == null ? "" : text.strip());
        if (!form.matches()) {
            throw new IllegalArgumentException(why("team.address.form", text == null ? "" : text.strip()));
        }
        String host = form.group(1);
        int port = DEFAULT_PORT;
        if (form.group(2) != null) {
            port = Integer.parseInt(form.group(2));
        }
        String user = null;
        if (form.group(4) != null && !form.group(4).isEmpty()) {
            for (String parameter : form.group(4).split("&")) {
                int equals = parameter.indexOf('=');
                String name = equals < 0 ? parameter : parameter.substring(0, equals);
                if (!name.equals("user") || equals < 0) {
                    throw new IllegalArgumentException(why(name.toLowerCase(Locale.ROOT).contains("password")
                            ? "team.address.password" : "team.address.unknownSetting", name));
                }
                user = decode(parameter.substring(equals + 1));
            }
        }
        if (user == null) {
            user = System.getProperty("user.name", "");
        }
        return new TeamAddress(host, port, decode(form.group(3)), user);
    }

    /** Whether {@code text} looks like a team database's address rather than a folder. */
    public static boolean looksLikeOne(String text) {
        return text != null && text.strip().toLowerCase(Locale.ROOT).matches("postgres(ql)?://.*");
    }

    /** The address as typed and shown: {@code postgresql://host:port/db?user=u}. */
    @Override
    public String toString() {
        return "postgresql://" + host + ":" + port + "/" + encode(database) + "?user=" + encode(user);
    }

    /** A short name for the status bar: {@code db on host (user)}. */
    public String label() {
        return database + " @ " + host + (port == DEFAULT_PORT ? "" : ":" + port) + " (" + user + ")";
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(why("team.address.form", text));
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String why(String key, Object... args) {
        return Messages.get(key, args);
    }
}
