package org.visitplanner.gui.common;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;

/** Small helpers for table columns over view-model row records. */
public final class Cells {
    private Cells() {
    }

    /** A column showing the text {@code getter} returns for a row. */
    public static <R> Callback<TableColumn.CellDataFeatures<R, String>, ObservableValue<String>> text(
            Function<R, String> getter) {
        return cell -> new ReadOnlyStringWrapper(getter.apply(cell.getValue()));
    }
}
