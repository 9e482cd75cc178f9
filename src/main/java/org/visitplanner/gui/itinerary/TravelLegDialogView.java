package org.visitplanner.gui.itinerary;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

import org.visitplanner.gui.common.FieldFeedback;
import org.visitplanner.gui.common.TypedField;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.TravelMode;

/** The travel dialog: one leg's mode and minutes as the user knows them (a booked shuttle, a taxi). */
public final class TravelLegDialogView {

    private final ItineraryViewModel.LegChoice choice;
    /** The minutes as typed: "45", "1h30"; a text that is not a length of time is said so and keeps Save off. */
    private final TypedField<Integer> minutes = TypedField.minutes().required();

    @FXML private Label detailLabel;
    @FXML private ComboBox<TravelMode> modeBox;
    @FXML private TextField minutesField;
    @FXML private Label minutesMessage;
    @FXML private Label estimateLabel;
    @FXML private TextField notesField;

    public TravelLegDialogView(ItineraryViewModel.LegChoice choice) {
        this.choice = choice;
    }

    @FXML
    private void initialize() {
        detailLabel.setText(choice.detail());
        FieldFeedback.bind(minutesField, minutesMessage, minutes.field());
        minutes.load(30);
        modeBox.getItems().setAll(TravelMode.values());
        modeBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(TravelMode value) {
                return value == null ? "" : Messages.of(value);
            }

            @Override
            public TravelMode fromString(String text) {
                return null;
            }
        });
        modeBox.valueProperty().addListener((obs, was, mode) -> {
            Integer estimated = mode == null ? null : choice.estimates().get(mode);
            estimateLabel.setText(estimated == null ? Messages.get("itinerary.legDialog.noEstimate")
                    : Messages.get("itinerary.legDialog.estimate." + mode.name(), estimated));
            if (estimated != null && choice.override().isEmpty()) {
                minutes.load(estimated); // until the user says otherwise
            }
        });
        modeBox.setValue(choice.override().map(o -> o.mode())
                .orElse(choice.leg().mode() == null ? TravelMode.PUBLIC_TRANSPORT : choice.leg().mode()));
        choice.override().ifPresent(o -> {
            minutes.load(o.minutes());
            notesField.setText(o.notes() == null ? "" : o.notes());
        });
    }

    public TravelMode mode() {
        return modeBox.getValue();
    }

    /** The minutes typed; call only when {@link #validProperty()} holds. */
    public int minutes() {
        return minutes.value().orElseThrow();
    }

    /** True while the minutes can be read (the Save button works only then). */
    public BooleanBinding validProperty() {
        return Bindings.createBooleanBinding(() -> !minutes.hasError(),
                minutes.field().problemProperty());
    }

    public String notes() {
        return notesField.getText();
    }
}
