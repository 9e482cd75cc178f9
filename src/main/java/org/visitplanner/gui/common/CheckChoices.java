package org.visitplanner.gui.common;

import java.util.List;
import java.util.Set;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.IndexedCheckModel;

/**
 * Binds a ControlsFX {@link CheckComboBox} to a view-model's choices and the ones ticked, both ways. The box keeps
 * its own item list and check model; a new list of choices (a reload) would drop its ticks, so the ticks are put
 * back from the view-model's list after each change of the choices.
 */
public final class CheckChoices {

    private static final Set<KeyCode> OPEN_KEYS = Set.of(KeyCode.SPACE, KeyCode.ENTER, KeyCode.F4, KeyCode.DOWN);

    private CheckChoices() {
    }

    /**
     * Shows {@code choices} in {@code box}, keeps {@code chosen} and the box's ticks the same, and shows
     * {@code caption} in the closed box (CheckComboBox would otherwise list every ticked item).
     */
    public static <T> void bind(CheckComboBox<T> box, ObservableList<T> choices, ObservableList<T> chosen,
                                ReadOnlyStringProperty caption) {
        IndexedCheckModel<T> ticks = box.getCheckModel();
        boolean[] syncing = {false};
        Runnable fromViewModel = () -> {
            syncing[0] = true;
            try {
                if (!box.getItems().equals(choices)) {
                    box.getItems().setAll(choices);
                }
                ticks.clearChecks();
                chosen.stream().filter(box.getItems()::contains).forEach(ticks::check);
            } finally {
                syncing[0] = false;
            }
        };
        fromViewModel.run();
        choices.addListener((ListChangeListener<T>) change -> fromViewModel.run());
        chosen.addListener((ListChangeListener<T>) change -> {
            if (!syncing[0] && !ticks.getCheckedItems().equals(chosen)) {
                fromViewModel.run();
            }
        });
        ticks.getCheckedItems().addListener((ListChangeListener<T>) change -> {
            if (!syncing[0]) {
                syncing[0] = true;
                try {
                    // In the order of the list, not of the ticks: the same members read the same way.
                    List<T> ticked = box.getItems().stream().filter(ticks::isChecked).toList();
                    chosen.setAll(ticked);
                } finally {
                    syncing[0] = false;
                }
            }
        });
        box.titleProperty().bind(caption);
        box.addEventFilter(KeyEvent.KEY_PRESSED, event -> fromKeyboard(box, event));
    }

    /**
     * The keyboard, as on a combo box: Space, Enter, F4 or Down opens the list; there the arrows move, Space ticks,
     * Escape closes. CheckComboBox keeps the focus on itself while its list shows, so the keys are handed on to the
     * list.
     */
    private static void fromKeyboard(CheckComboBox<?> box, KeyEvent event) {
        ComboBox<?> inner = box.getChildrenUnmodifiable().stream().filter(ComboBox.class::isInstance)
                .map(ComboBox.class::cast).findFirst().orElse(null);
        if (inner == null || !(inner.getSkin() instanceof ComboBoxListViewSkin<?> skin)
                || !(skin.getPopupContent() instanceof ListView<?> list)) {
            return;
        }
        if (!inner.isShowing()) {
            if (OPEN_KEYS.contains(event.getCode())) {
                box.show();
                if (list.getFocusModel().getFocusedIndex() < 0 && !list.getItems().isEmpty()) {
                    list.getFocusModel().focus(0);
                }
                event.consume();
            }
        } else if (event.getCode() != KeyCode.TAB) {
            list.fireEvent(event.copyFor(list, list));
            event.consume();
        }
    }
}
