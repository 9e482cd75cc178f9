package org.visitplanner.gui.common;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;

import org.visitplanner.logic.i18n.Messages;

/** The app's dialogs: FXML forms with OK and Cancel, confirmations and error messages, in the app's language. */
public final class Dialogs {
    private Dialogs() {
    }

    /**
     * Shows the FXML form {@code view} (e.g. {@code "directory/ContactDialog"}) with {@code controller}; the OK
     * button works only while {@code valid} holds. Returns true when the user pressed OK.
     */
    public static boolean form(Window owner, String view, Object controller, String title, String okText,
                               ObservableBooleanValue valid) {
        Parent content = new ViewLoader(type -> controller).load(view).root();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setResizable(true);
        DialogWindows.prepare(dialog);
        DialogPane pane = dialog.getDialogPane();
        pane.setContent(content);
        // Without this a dialog can open narrower than its form, cutting off the labels.
        pane.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        ButtonType ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().addAll(ok, cancel());
        Node okButton = pane.lookupButton(ok);
        okButton.disableProperty().bind(Bindings.not(valid));
        return dialog.showAndWait().filter(button -> button == ok).isPresent();
    }

    /** Asks whether to go ahead; {@code actionText} names the button that does it ("Delete"). */
    public static boolean confirm(Window owner, String question, String details, String actionText) {
        ButtonType action = new ButtonType(actionText, ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, details, action, cancel());
        alert.initOwner(owner);
        DialogWindows.prepare(alert);
        alert.setTitle(Messages.get("app.name"));
        alert.setHeaderText(question);
        alert.getDialogPane().setMinWidth(480);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE); // every line of the details shows, none cut
        return alert.showAndWait().filter(button -> button == action).isPresent();
    }

    /** Tells the user something went wrong, in one sentence. */
    public static void error(Window owner, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message,
                new ButtonType(Messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
        alert.initOwner(owner);
        DialogWindows.prepare(alert);
        alert.setTitle(Messages.get("app.name"));
        alert.setHeaderText(header);
        alert.getDialogPane().setMinWidth(480);
        alert.showAndWait();
    }

    private static ButtonType cancel() {
        return new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }
}
