package org.visitplanner.gui.meeting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.visitplanner.gui.common.Dialogs;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.Partnership;
import org.visitplanner.model.PartnershipStatus;
import org.visitplanner.model.PartnershipType;

/**
 * Asks whether an agreement or consensus should move a partnership forward: which partnership (or a new one of which
 * type) and to which status. Nothing changes unless the user confirms.
 */
final class PartnershipOfferDialog {

    /** The user's choice: {@code partnership} is null when a new one of {@code newType} is to be created. */
    record Answer(Partnership partnership, PartnershipType newType, PartnershipStatus status) {
    }

    private record Choice(Partnership partnership, PartnershipType newType) {
        String label() {
            return partnership != null
                    ? Messages.get("meeting.partnership.existing", Messages.of(partnership.type()),
                    Messages.of(partnership.status()))
                    : Messages.get("meeting.partnership.create", Messages.of(newType));
        }
    }

    private PartnershipOfferDialog() {
    }

    static Optional<Answer> ask(Window owner, OutcomesViewModel.PartnershipOffer offer) {
        Dialog<Answer> dialog = Dialogs.create(owner, Messages.get("meeting.partnership.header", offer.institution()));
        dialog.setTitle(Messages.get("meeting.partnership.title"));

        List<Choice> choices = new ArrayList<>();
        offer.partnerships().forEach(p -> choices.add(new Choice(p, null)));
        for (PartnershipType type : PartnershipType.values()) {
            choices.add(new Choice(null, type));
        }
        ComboBox<Choice> which = new ComboBox<>();
        which.getItems().setAll(choices);
        which.setConverter(converter(Choice::label));
        // Preselect a partnership the outcome would move forward, else one already there, else the first choice.
        which.setValue(choices.stream().filter(c -> c.partnership() != null)
                .min(Comparator.comparingInt(c -> Integer.signum(
                        c.partnership().status().compareTo(offer.suggested())) + 1))
                .orElse(choices.get(0)));
        which.setMaxWidth(Double.MAX_VALUE);
        ComboBox<PartnershipStatus> status = new ComboBox<>();
        status.getItems().setAll(PartnershipStatus.values());
        status.setConverter(converter(Messages::of));
        status.setValue(offer.suggested());
        status.setMaxWidth(Double.MAX_VALUE);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        // One whole sentence per kind of outcome: "an agreement", "un accord", "一项协议" each read as written.
        Label explanation = new Label(Messages.get("meeting.partnership.explanation." + offer.outcome().type().name()));
        explanation.setWrapText(true);
        explanation.setMaxWidth(460);
        form.add(explanation, 0, 0, 2, 1);
        form.addRow(1, new Label(Messages.get("meeting.partnership.which")), which);
        form.addRow(2, new Label(Messages.get("meeting.partnership.status")), status);
        dialog.getDialogPane().setContent(form);
        dialog.getDialogPane().setMinWidth(520);

        ButtonType update = new ButtonType(Messages.get("meeting.partnership.update"), ButtonBar.ButtonData.OK_DONE);
        ButtonType notNow = new ButtonType(Messages.get("meeting.partnership.notNow"),
                ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(update, notNow);
        dialog.setResultConverter(button -> button == update
                ? new Answer(which.getValue().partnership(), which.getValue().newType(), status.getValue()) : null);
        return dialog.showAndWait();
    }

    private static <T> StringConverter<T> converter(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : text.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}
