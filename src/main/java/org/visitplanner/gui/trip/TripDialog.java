package org.visitplanner.gui.trip;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;

import org.controlsfx.control.CheckListView;
import org.controlsfx.control.SearchableComboBox;
import org.visitplanner.gui.common.FieldFeedback;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.trip.TimeZones;
import org.visitplanner.model.Member;

/** The form of the New trip, Trip settings and Duplicate trip dialogs (a thin controller over a {@link TripEditor}). */
public final class TripDialog {

    private final TripEditor editor;

    @FXML private Label headerLabel;
    @FXML private TextField nameField;
    @FXML private Label nameMessage;
    @FXML private TextField firstDayField;
    @FXML private Label firstDayMessage;
    @FXML private TextField lastDayField;
    @FXML private Label lastDayMessage;
    @FXML private Label daysLabel;
    @FXML private GridPane placesPane;
    @FXML private SearchableComboBox<ZoneId> venueZoneField;
    @FXML private SearchableComboBox<ZoneId> homeZoneField;
    @FXML private TextField cityEnglishField;
    @FXML private Label cityEnglishMessage;
    @FXML private TextField cityFrenchField;
    @FXML private Label cityFrenchMessage;
    @FXML private TextField cityChineseField;
    @FXML private Label cityChineseMessage;
    @FXML private GridPane membersPane;
    @FXML private CheckListView<Member> membersList;
    @FXML private Label membersLabel;
    @FXML private Label noteLabel;

    public TripDialog(TripEditor editor) {
        this.editor = editor;
    }

    @FXML
    private void initialize() {
        headerLabel.setText(editor.header());
        FieldFeedback.bind(nameField, nameMessage, editor.name());
        FieldFeedback.bind(firstDayField, firstDayMessage, editor.firstDay());
        FieldFeedback.bind(lastDayField, lastDayMessage, editor.lastDay());
        FieldFeedback.bind(cityEnglishField, cityEnglishMessage, editor.cityEnglish());
        FieldFeedback.bind(cityFrenchField, cityFrenchMessage, editor.cityFrench());
        FieldFeedback.bind(cityChineseField, cityChineseMessage, editor.cityChinese());
        daysLabel.textProperty().bind(editor.daysTextProperty());
        noteLabel.textProperty().bind(editor.noteProperty());
        noteLabel.visibleProperty().bind(editor.noteProperty().isNotEmpty());
        noteLabel.managedProperty().bind(noteLabel.visibleProperty());

        for (SearchableComboBox<ZoneId> picker : List.of(venueZoneField, homeZoneField)) {
            picker.getItems().setAll(TimeZones.all());
            picker.setConverter(zoneNames());
        }
        venueZoneField.valueProperty().bindBidirectional(editor.venueZoneProperty());
        homeZoneField.valueProperty().bindBidirectional(editor.homeZoneProperty());
        placesPane.setVisible(editor.asksForPlaces());
        placesPane.setManaged(editor.asksForPlaces());

        membersPane.setVisible(editor.asksForMembers());
        membersPane.setManaged(editor.asksForMembers());
        membersList.setItems(editor.members());
        membersList.setCellFactory(CheckBoxListCell.forListView(
                membersList::getItemBooleanProperty, new StringConverter<>() {
                    @Override
                    public String toString(Member member) {
                        return member == null ? "" : member.displayName() + " · " + Messages.of(member.role());
                    }

                    @Override
                    public Member fromString(String text) {
                        return null;
                    }
                }));
        for (Member member : editor.members()) {
            if (editor.ticked().contains(member.id())) {
                membersList.getCheckModel().check(member);
            }
        }
        membersList.getCheckModel().getCheckedItems().addListener((ListChangeListener<Member>) change -> {
            editor.ticked().clear();
            membersList.getCheckModel().getCheckedItems().forEach(m -> editor.ticked().add(m.id()));
        });
        membersLabel.textProperty().bind(Bindings.createStringBinding(() -> editor.members().isEmpty()
                ? Messages.get("tripDialog.members.none")
                : Messages.get("tripDialog.members.count", editor.ticked().size()), editor.ticked()));
        Platform.runLater(nameField::requestFocus);
    }

    /** "Paris · France · UTC+01:00", with the English city too when the language names it otherwise (to search). */
    private StringConverter<ZoneId> zoneNames() {
        Locale language = Messages.locale();
        return new StringConverter<>() {
            @Override
            public String toString(ZoneId zone) {
                if (zone == null) {
                    return "";
                }
                LocalDate day = editor.firstDayValue() == null ? LocalDate.now() : editor.firstDayValue();
                String english = TimeZones.city(zone, Locale.ENGLISH);
                String label = TimeZones.label(zone, language, day);
                return english.equals(TimeZones.city(zone, language)) ? label
                        : label.replaceFirst(Pattern.quote(TimeZones.city(zone, language)),
                        Matcher.quoteReplacement(TimeZones.city(zone, language) + " (" + english
                                + ")"));
            }

            @Override
            public ZoneId fromString(String text) {
                return TimeZones.parse(text).orElse(null);
            }
        };
    }
}
