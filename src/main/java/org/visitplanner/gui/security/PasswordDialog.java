package org.visitplanner.gui.security;

import java.util.Locale;
import java.util.Optional;

import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.visitplanner.gui.common.Dialogs;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.security.PasswordRules;

/** Sets, changes or removes the password of the data; what is wrong with what was typed is said as it is typed. */
public final class PasswordDialog {

    private PasswordDialog() {
    }

    /** Shows the dialog for {@code form}; true when the user confirmed a complete form. */
    public static boolean show(Window owner, PasswordForm form) {
        String purpose = form.purpose().name().toLowerCase(Locale.ROOT);
        Dialog<ButtonType> dialog = Dialogs.create(owner,
                Messages.get("password.dialog." + purpose + ".header"));
        GridPane fields = new GridPane();
        fields.setHgap(12);
        fields.setVgap(8);
        int row = 0;
        PasswordField first = null;
        if (form.purpose().asksCurrent()) {
            first = field(fields, row++, "password.dialog.current", form.currentProperty(), "password-current");
        }
        if (form.purpose().asksNew()) {
            PasswordField fresh = field(fields, row++, "password.dialog.new", form.newProperty(), "password-new");
            field(fields, row, "password.dialog.confirm", form.confirmationProperty(), "password-confirm");
            first = first == null ? fresh : first;
        }
        Label problem = Dialogs.text("", "problem");
        problem.setId("password-problem");
        problem.textProperty().bind(form.problemProperty());
        problem.managedProperty().bind(form.problemProperty().isNotEmpty());
        Dialogs.fitWhenChanged(dialog, form.problemProperty());
        VBox content = new VBox(12, Dialogs.text(Messages.get("password.dialog." + purpose + ".explanation",
                PasswordRules.MIN_LENGTH), "explanation"), fields, problem);
        dialog.getDialogPane().setContent(content);

        ButtonType apply = new ButtonType(Messages.get("password.dialog." + purpose + ".apply"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().addAll(apply, cancel);
        dialog.getDialogPane().lookupButton(apply).disableProperty().bind(form.completeProperty().not());
        PasswordField focus = first;
        Platform.runLater(focus::requestFocus);

        Optional<ButtonType> chosen = dialog.showAndWait();
        return chosen.isPresent() && chosen.get() == apply && form.completeProperty().get();
    }

    private static PasswordField field(GridPane grid, int row, String label, StringProperty value,
                                       String id) {
        PasswordField field = new PasswordField();
        field.setId(id);
        field.textProperty().bindBidirectional(value);
        GridPane.setHgrow(field, Priority.ALWAYS);
        Label caption = new Label(Messages.get(label));
        caption.setLabelFor(field);
        caption.setMinWidth(Region.USE_PREF_SIZE);
        grid.addRow(row, caption, field);
        return field;
    }
}
