package org.visitplanner.gui.common;

import java.util.Locale;

import org.visitplanner.logic.i18n.Messages;

/**
 * The window's language: the app's own strings ({@link Messages}) and the words JavaFX's built-in controls bring
 * (OK and Cancel in dialogs, the text fields' Undo / Cut / Copy / Paste menu, a date picker's months and weekdays).
 * JavaFX takes those from the JVM's default locale each time a control is made, so the default follows the chosen
 * language, with the country whose conventions the app writes (weeks starting on Monday; JavaFX's Chinese words are
 * filed under zh_CN). Views built after a change speak the new language; the window is rebuilt on a change.
 */
public final class UiLanguage {

    /** The system's own locale, given back when the window closes. */
    private static final Locale SYSTEM = Locale.getDefault();

    private UiLanguage() {
    }

    /** Speaks {@code language} (one of {@link Messages#LANGUAGES}, else the closest) in the app and its controls. */
    public static void use(Locale language) {
        Messages.setLocale(language);
        Locale.setDefault(controls(Messages.locale()));
    }

    /** The locale JavaFX's controls get for one of the app's languages. */
    static Locale controls(Locale language) {
        return switch (language.getLanguage()) {
            case "fr" -> Locale.FRANCE;
            case "zh" -> Locale.SIMPLIFIED_CHINESE;
            default -> Locale.UK; // the app's English writes "Monday 8 December"; weeks start on Monday
        };
    }

    /** Gives the JVM its own default locale back (the window is closing). */
    public static void restoreSystemLocale() {
        Locale.setDefault(SYSTEM);
    }
}
