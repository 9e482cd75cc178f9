package org.visitplanner.gui.common;

import java.util.Optional;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.visitplanner.logic.i18n.Messages;

/**
 * The one way the app opens a dialog: a confirmation, an error sentence, an information, an FXML form or dialog pane,
 * or a dialog of its own built on {@link #create}. Every one is owned by the window it opens over, titled and worded in
 * the app's language, styled by the app's stylesheets, keeps its buttons' whole texts, and opens at the size of its
 * content, centred on its owner, without un-maximizing it ({@link DialogWindows}, ADR 0020).
 *
 * <p>A title given as {@code null} is the app's name. Message dialogs (confirmations, errors, information) are at
 * least {@value #MESSAGE_WIDTH} px wide and as tall as their text; dialogs with fields are resizable, those built on
 * {@link #create} at least {@value #FORM_WIDTH} px wide.
 */
public final class Dialogs {

    static final double MESSAGE_WIDTH = 480;
    static final double FORM_WIDTH = 560;

    private static final String STYLESHEET = Dialogs.class.getResource("/org/visitplanner/gui/dialogs.css")
            .toExternalForm();

    private Dialogs() {
    }

    // ---- messages

    /** Asks whether to go ahead; {@code actionText} names the button that does it ("Delete"). */
    public static boolean confirm(Window owner, String question, String details, String actionText) {
        ButtonType action = new ButtonType(actionText, ButtonBar.ButtonData.OK_DONE);
        return ask(owner, null, question, details, action, cancel()).filter(action::equals).isPresent();
    }

    /**
     * Asks a question answered by one of {@code buttons} (the one with {@link ButtonBar.ButtonData#CANCEL_CLOSE} is
     * Escape's); returns the button pressed, empty when the dialog was closed otherwise.
     */
    public static Optional<ButtonType> ask(Window owner, String title, String question, String details,
                                           ButtonType... buttons) {
        return message(owner, Alert.AlertType.CONFIRMATION, title, question, details, buttons).showAndWait();
    }

    /** Tells the user something went wrong, in one sentence under {@code header}; the app's name is the title. */
    public static void error(Window owner, String header, String sentence) {
        error(owner, null, header, sentence);
    }

    /** Tells the user something went wrong, in one sentence under {@code header}. */
    public static void error(Window owner, String title, String header, String sentence) {
        message(owner, Alert.AlertType.ERROR, title, header, sentence, close()).showAndWait();
    }

    /** Tells the user something worth knowing; returns the button pressed ({@code buttons}, or OK when none). */
    public static Optional<ButtonType> inform(Window owner, String title, String header, String text,
                                              ButtonType... buttons) {
        return message(owner, Alert.AlertType.INFORMATION, title, header, text,
                buttons.length == 0 ? new ButtonType[] {ButtonType.OK} : buttons).showAndWait();
    }

    /**
     * A message dialog, ready and not yet shown, for the rare message that needs more than a text (a list of lines
     * to scroll through as its content). Show it with {@code showAndWait()}.
     */
    public static Alert message(Window owner, Alert.AlertType type, String title, String header, String text,
                                ButtonType... buttons) {
        Alert alert = new Alert(type, text, buttons);
        prepare(alert, owner, title);
        alert.setHeaderText(header); // also when null: no header, rather than the toolkit's "Confirmation"
        alert.getDialogPane().setMinWidth(MESSAGE_WIDTH);
        alert.getDialogPane().setMinHeight(Region.USE_PREF_SIZE); // every line of the text shows, none cut
        return alert;
    }

    /** A Cancel button (Escape presses it), in the app's language. */
    public static ButtonType cancel() {
        return new ButtonType(Messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** A Close button (Escape presses it), in the app's language. */
    public static ButtonType close() {
        return new ButtonType(Messages.get("dialog.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    // ---- FXML dialogs

    /**
     * Shows the FXML form {@code view} (e.g. {@code "directory/ContactDialog"}) with {@code controller}; the OK
     * button works only while {@code valid} holds. Returns true when the user pressed OK.
     */
    public static boolean form(Window owner, String view, Object controller, String title, String okText,
                               ObservableBooleanValue valid) {
        Parent content = new ViewLoader(type -> controller).load(view).root();
        Dialog<ButtonType> dialog = new Dialog<>();
        DialogPane pane = dialog.getDialogPane();
        pane.setContent(content);
        ButtonType ok = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        pane.getButtonTypes().addAll(ok, cancel());
        prepare(dialog, owner, title);
        dialog.setResizable(true);
        // Without this a dialog can open narrower than its form, cutting off the labels.
        pane.setMinSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        Node okButton = pane.lookupButton(ok);
        okButton.disableProperty().bind(Bindings.not(valid));
        return dialog.showAndWait().filter(button -> button == ok).isPresent();
    }

    /**
     * The dialog whose whole pane, buttons included, is the FXML view {@code view} (e.g.
     * {@code "itinerary/EventDialog"}, a {@code DialogPane}) with {@code controller}; ready and not yet shown.
     */
    public static Dialog<ButtonType> fxml(Window owner, String view, Object controller, String title) {
        DialogPane pane = (DialogPane) new ViewLoader(type -> controller).load(view).root();
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setDialogPane(pane);
        prepare(dialog, owner, title);
        dialog.setResizable(true);
        // The window opens wide enough for every field, however long its label is in the language; its height may
        // give way to the messages that appear under the fields, so that the buttons stay in the window.
        pane.setMinWidth(Region.USE_PREF_SIZE);
        return dialog;
    }

    /** The button of {@code dialog} that does what it is for (the one with {@link ButtonBar.ButtonData#OK_DONE}). */
    public static Button okButton(Dialog<?> dialog) {
        DialogPane pane = dialog.getDialogPane();
        return (Button) pane.lookupButton(pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow());
    }

    // ---- dialogs of their own

    /**
     * A dialog with fields over {@code owner} (may be null at start, before the main window shows), with the app's
     * name as its title and {@code header} above; the caller puts in its content and buttons and shows it.
     */
    public static <T> Dialog<T> create(Window owner, String header) {
        Dialog<T> dialog = new Dialog<>();
        prepare(dialog, owner, null);
        dialog.setHeaderText(header);
        dialog.setResizable(true);
        dialog.getDialogPane().getStyleClass().add("app-dialog");
        dialog.getDialogPane().setMinWidth(FORM_WIDTH);
        return dialog;
    }

    /** A label that wraps within a dialog's width; {@code styleClass} (may be null) as in dialogs.css. */
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
                if (scene != null && scene.getWindow() instanceof Stage stage && stage.isShowing()) {
                    DialogWindows.refit(stage);
                }
            }));
        }
    }

    /** Stylesheet of the app's dialogs, for a small window that is not a {@link Dialog}. */
    static String stylesheet() {
        return STYLESHEET;
    }

    /** What every dialog shares: its owner, title, stylesheets, icon, whole button texts, and window. */
    private static void prepare(Dialog<?> dialog, Window owner, String title) {
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.setTitle(title == null ? Messages.get("app.name") : title);
        DialogPane pane = dialog.getDialogPane();
        if (!pane.getStylesheets().contains(STYLESHEET)) {
            pane.getStylesheets().add(STYLESHEET);
        }
        DialogWindows.prepare(dialog);
        // Buttons keep their whole text ("Restaurer la dernière sauvegarde"), instead of one width cut with "…".
        dialog.setOnShowing(event -> {
            for (ButtonType type : pane.getButtonTypes()) {
                if (pane.lookupButton(type) instanceof Button button) {
                    button.setMinWidth(Region.USE_PREF_SIZE);
                    ButtonBar.setButtonUniformSize(button, false);
                }
            }
        });
        if (owner == null && pane.getScene().getWindow() instanceof Stage stage) {
            var icon = Dialogs.class.getResourceAsStream("/org/visitplanner/gui/icon.png");
            if (icon != null) {
                stage.getIcons().add(new Image(icon));
            }
        }
    }
}
