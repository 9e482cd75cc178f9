package org.visitplanner.gui.team;

import java.util.Optional;

import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.visitplanner.gui.common.Dialogs;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.team.TeamAddress;

/** The dialogs of a team database: where it is, and its password when {@code ~/.pgpass} has none. */
public final class TeamDatabaseDialog {

    /** What the user chose in {@link #choose}. */
    public enum Choice { CONNECT, USE_LOCAL_DATA, CANCEL }

    /** The choice, with the address when it is {@link Choice#CONNECT}. */
    public record Answer(Choice choice, TeamAddress address) {
    }

    private TeamDatabaseDialog() {
    }

    /**
     * Asks where the team database is. {@code copying}: for File → Copy my data to the team database… (the button
     * says "Copy", and there is no way back to the local data to offer).
     */
    public static Answer choose(Window owner, TeamDatabaseViewModel model, boolean inUse, boolean copying) {
        Dialog<ButtonType> dialog = Dialogs.create(owner,
                Messages.get(copying ? "team.dialog.copyHeader" : "team.dialog.header"));
        dialog.getDialogPane().setId("team-database");
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        TextField host = field(model.hostProperty().get(), "team-host");
        TextField port = field(model.portProperty().get(), "team-port");
        TextField database = field(model.databaseProperty().get(), "team-database-name");
        TextField user = field(model.userProperty().get(), "team-user");
        model.hostProperty().bind(host.textProperty());
        model.portProperty().bind(port.textProperty());
        model.databaseProperty().bind(database.textProperty());
        model.userProperty().bind(user.textProperty());
        grid.addRow(0, new Label(Messages.get("team.dialog.host")), host);
        grid.addRow(1, new Label(Messages.get("team.dialog.port")), port);
        grid.addRow(2, new Label(Messages.get("team.dialog.database")), database);
        grid.addRow(3, new Label(Messages.get("team.dialog.user")), user);
        Label problem = Dialogs.text("", "problem");
        problem.setId("team-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(model.problemProperty().isNotEmpty());
        VBox content = new VBox(10, Dialogs.text(Messages.get(copying ? "team.dialog.copyExplanation"
                : "team.dialog.explanation"), "explanation"), grid, problem,
                Dialogs.text(Messages.get("team.dialog.password"), "explanation"));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(640);
        Dialogs.fitWhenChanged(dialog, model.problemProperty());

        ButtonType connect = new ButtonType(Messages.get(copying ? "team.dialog.copy" : "team.dialog.connect"),
                ButtonBar.ButtonData.OK_DONE);
        ButtonType local = new ButtonType(Messages.get("team.dialog.useLocal"), ButtonBar.ButtonData.LEFT);
        dialog.getDialogPane().getButtonTypes().add(connect);
        if (inUse && !copying) {
            dialog.getDialogPane().getButtonTypes().add(local);
        }
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CANCEL);
        // A wrong field keeps the dialog open with the reason under the fields and what was typed.
        dialog.getDialogPane().lookupButton(connect).addEventFilter(ActionEvent.ACTION, event -> {
            if (model.address().isEmpty()) {
                event.consume();
            }
        });
        Platform.runLater(host::requestFocus);
        Optional<ButtonType> chosen = dialog.showAndWait();
        if (chosen.isPresent() && chosen.get() == connect) {
            return new Answer(Choice.CONNECT, model.address().orElseThrow());
        }
        return new Answer(chosen.isPresent() && chosen.get() == local ? Choice.USE_LOCAL_DATA : Choice.CANCEL, null);
    }

    /**
     * Asks the password of the team database (used for this connection only, never kept); empty when the user gave
     * up. {@code wrong}: the last one was refused.
     */
    public static Optional<char[]> password(Window owner, TeamAddress address, boolean wrong) {
        Dialog<ButtonType> dialog = Dialogs.create(owner, Messages.get("team.password.header"));
        dialog.getDialogPane().setId("team-password");
        PasswordField field = new PasswordField();
        field.setId("team-password-field");
        Label problem = Dialogs.text(wrong ? Messages.get("team.password.wrong") : "", "problem");
        problem.setManaged(wrong);
        dialog.getDialogPane().setContent(new VBox(10,
                Dialogs.text(Messages.get("team.password.prompt", address.label()), null), field, problem,
                Dialogs.text(Messages.get("team.password.notKept"), "explanation")));
        dialog.getDialogPane().setPrefWidth(600);
        ButtonType connect = new ButtonType(Messages.get("team.dialog.connect"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(connect, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(connect).disableProperty().bind(field.textProperty().isEmpty());
        Platform.runLater(field::requestFocus);
        Optional<ButtonType> chosen = dialog.showAndWait();
        char[] typed = field.getText().toCharArray();
        field.clear();
        return chosen.isPresent() && chosen.get() == connect ? Optional.of(typed) : Optional.empty();
    }

    private static TextField field(String text, String id) {
        TextField field = new TextField(text);
        field.setId(id);
        field.setPrefColumnCount(24);
        return field;
    }
}
