package org.visitplanner.gui.itinerary;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.util.StringConverter;

import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.TravelMode;

/** The travel dialog: one leg's mode and minutes as the user knows them (a booked shuttle, a taxi). */
public final class TravelLegDialogView {

    private final ItineraryViewModel.LegChoice choice;

    @FXML private Label detailLabel;
    @FXML private ComboBox<TravelMode> modeBox;
    @FXML private Spinner<Integer> minutesSpinner;
    @FXML private Label estimateLabel;
    @FXML private TextField notesField;

    public TravelLegDialogView(ItineraryViewModel.LegChoice choice) {
        this.choice = choice;
    }

    @FXML
    private void initialize() {
        detailLabel.setText(choice.detail());
        minutesSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 1440, 30, 5));
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
                minutesSpinner.getValueFactory().setValue(estimated); // until the user says otherwise
            }
        });
        modeBox.setValue(choice.override().map(o -> o.mode())
                .orElse(choice.leg().mode() == null ? TravelMode.PUBLIC_TRANSPORT : choice.leg().mode()));
        choice.override().ifPresent(o -> {
            minutesSpinner.getValueFactory().setValue(o.minutes());
            notesField.setText(o.notes() == null ? "" : o.notes());
        });
    }

    public TravelMode mode() {
        return modeBox.getValue();
    }

    public int minutes() {
        return minutesSpinner.getValue();
    }

    public String notes() {
        return notesField.getText();
    }
}
