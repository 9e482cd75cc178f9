package org.visitplanner.gui.directory;

import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

import org.visitplanner.logic.directory.EnumText;
import org.visitplanner.logic.i18n.Messages;

/** Combo boxes of enum choices shown by their translated names. */
public final class EnumCells {
    private EnumCells() {
    }

    public static <E extends Enum<E>> StringConverter<E> converter(Class<E> type) {
        return new StringConverter<>() {
            @Override
            public String toString(E value) {
                return value == null ? "" : Messages.of(value);
            }

            @Override
            public E fromString(String text) {
                return EnumText.parse(type, text).orElse(null);
            }
        };
    }

    public static <E extends Enum<E>> ListCell<E> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(E item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : Messages.of(item));
            }
        };
    }
}
