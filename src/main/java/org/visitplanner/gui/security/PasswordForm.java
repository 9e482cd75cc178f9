package org.visitplanner.gui.security;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.security.PasswordRules;

/**
 * The fields of a password dialog and what is wrong with them, checked as the user types: the current password
 * (to change or remove one), the new one and its confirmation (to set or change one).
 */
public final class PasswordForm {

    /** What the dialog does. */
    public enum Purpose {
        SET, CHANGE, REMOVE;

        public boolean asksCurrent() {
            return this != SET;
        }

        public boolean asksNew() {
            return this != REMOVE;
        }
    }

    private final Purpose purpose;
    private final StringProperty current = new SimpleStringProperty(this, "current", "");
    private final StringProperty fresh = new SimpleStringProperty(this, "new", "");
    private final StringProperty confirmation = new SimpleStringProperty(this, "confirmation", "");
    /** A problem found after the dialog was sent (a wrong current password), shown until the user types again. */
    private final StringProperty rejected = new SimpleStringProperty(this, "rejected", "");
    private final StringBinding problem;
    private final BooleanBinding complete;

    public PasswordForm(Purpose purpose) {
        this.purpose = purpose;
        current.addListener((obs, was, now) -> rejected.set(""));
        problem = Bindings.createStringBinding(this::findProblem, current, fresh, confirmation, rejected);
        complete = Bindings.createBooleanBinding(() -> findProblem().isEmpty()
                && (!purpose.asksCurrent() || !current.get().isEmpty())
                && (!purpose.asksNew() || !fresh.get().isEmpty()), current, fresh, confirmation, rejected);
    }

    public Purpose purpose() {
        return purpose;
    }

    public StringProperty currentProperty() {
        return current;
    }

    public StringProperty newProperty() {
        return fresh;
    }

    public StringProperty confirmationProperty() {
        return confirmation;
    }

    /** The sentence under the fields: what to fix, or empty (also while nothing is typed yet). */
    public StringBinding problemProperty() {
        return problem;
    }

    /** Whether the dialog may be sent. */
    public BooleanBinding completeProperty() {
        return complete;
    }

    /** Shows that the current password typed is not the right one. */
    public void rejectCurrent() {
        rejected.set(Messages.get("password.error.current"));
    }

    public char[] current() {
        return purpose.asksCurrent() ? current.get().toCharArray() : null;
    }

    public char[] newPassword() {
        return purpose.asksNew() ? fresh.get().toCharArray() : null;
    }

    private String findProblem() {
        if (!rejected.get().isEmpty()) {
            return rejected.get();
        }
        if (!purpose.asksNew() || fresh.get().isEmpty() && confirmation.get().isEmpty()) {
            return "";
        }
        return PasswordRules.problem(fresh.get().toCharArray(), confirmation.get().toCharArray())
                .map(key -> Messages.get(key, PasswordRules.MIN_LENGTH))
                .orElse("");
    }
}
