package org.visitplanner.logic.security;

import java.util.Arrays;
import java.util.Optional;

/** What a new password must be: long enough, not only spaces, typed the same twice. */
public final class PasswordRules {

    /** In characters as the user sees them (a Chinese character or an emoji counts as one). */
    public static final int MIN_LENGTH = 8;

    private PasswordRules() {
    }

    /** The bundle key of what is wrong with a new password and its confirmation, if anything. */
    public static Optional<String> problem(char[] password, char[] confirmation) {
        if (password == null || password.length == 0) {
            return Optional.of("password.error.empty");
        }
        boolean onlySpaces = true;
        for (char c : password) {
            onlySpaces &= Character.isWhitespace(c);
        }
        if (onlySpaces) {
            return Optional.of("password.error.blank");
        }
        if (Character.codePointCount(password, 0, password.length) < MIN_LENGTH) {
            return Optional.of("password.error.short");
        }
        if (!Arrays.equals(password, confirmation)) {
            return Optional.of("password.error.mismatch");
        }
        return Optional.empty();
    }
}
