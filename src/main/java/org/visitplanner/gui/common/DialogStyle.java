package org.visitplanner.gui.common;

import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.visitplanner.logic.i18n.Messages;

/** What every dialog of the app shares: its owner window, title, icon, width and stylesheet. */
public final class DialogStyle {

    private static final String STYLESHEET = DialogStyle.class.getResource("/org/visitplanner/gui/dialogs.css")
            .toExternalForm();

    private DialogStyle() {
    }

    /** Sets up {@code dialog} over {@code owner} (may be null at start) with the app's title and a header. */
    public static <T> Dialog<T> prepare(Dialog<T> dialog, Window owner, String header) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(Messages.get("app.name"));
        dialog.setHeaderText(header);
        dialog.getDialogPane().getStylesheets().add(STYLESHEET);
        dialog.getDialogPane().getStyleClass().add("app-dialog");
        dialog.getDialogPane().setMinWidth(560);
        dialog.setResizable(true);
        DialogWindows.prepare(dialog);
        // Buttons keep their whole text ("Restaurer la dernière sauvegarde"), instead of one width cut with "…".
        dialog.setOnShowing(event -> {
            for (ButtonType type : dialog.getDialogPane().getButtonTypes()) {
                Node button = dialog.getDialogPane().lookupButton(type);
                if (button instanceof Button b) {
                    b.setMinWidth(Region.USE_PREF_SIZE);
                    ButtonBar.setButtonUniformSize(b, false);
                }
            }
        });
        if (owner == null && dialog.getDialogPane().getScene().getWindow() instanceof Stage stage) {
            var icon = DialogStyle.class.getResourceAsStream("/org/visitplanner/gui/icon.png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        }
        return dialog;
    }

    /** A label that wraps within the dialog's width. */
    public static Label text(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(640);
        label.setMinHeight(Region.USE_PREF_SIZE);
        if (styleClass != null) {
            label.getStyleClass().add(styleClass);
        }
        return label;
    }

    /**
     * Lets {@code dialog} grow (or shrink) to fit its content whenever one of {@code texts} changes: a message that
     * appears under the fields must not push the buttons out of the window.
     */
    public static void fitWhenChanged(Dialog<?> dialog, ObservableValue<?>... texts) {
        for (var text : texts) {
            text.addListener((obs, was, changed) -> Platform.runLater(() -> {
                var scene = dialog.getDialogPane().getScene();
                if (scene != null && scene.getWindow() != null) {
                    scene.getWindow().sizeToScene();
                }
            }));
        }
    }

    /** Stylesheet of the app's dialogs, for windows that are not {@link Dialog}s. */
    public static String stylesheet() {
        return STYLESHEET;
    }
}
