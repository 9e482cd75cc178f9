package org.visitplanner.logic.undo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class UndoHistoryTest {

    private final List<String> document = new ArrayList<>();

    private UndoHistory.Edit add(String line) {
        document.add(line);
        return new UndoHistory.Edit() {
            @Override
            public String label() {
                return "add " + line;
            }

            @Override
            public void apply() {
                document.add(line);
            }

            @Override
            public void revert() {
                document.remove(line);
            }
        };
    }

    @Test
    void undoAndRedoWalkBackAndForth() {
        UndoHistory history = new UndoHistory(10);
        history.record(add("a"));
        history.record(add("b"));
        assertThat(history.nextUndoLabel()).contains("add b");

        history.undo();
        assertThat(document).containsExactly("a");
        assertThat(history.nextRedoLabel()).contains("add b");
        history.redo();
        assertThat(document).containsExactly("a", "b");
        history.undo();
        history.undo();
        assertThat(document).isEmpty();
        assertThat(history.undo()).isEmpty();
    }

    @Test
    void aNewEditClearsRedoAndTheOldestEditsFallOff() {
        UndoHistory history = new UndoHistory(2);
        history.record(add("a"));
        history.record(add("b"));
        history.undo();
        history.record(add("c"));
        assertThat(history.nextRedoLabel()).isEmpty();
        history.record(add("d"));
        history.undo();
        history.undo();
        assertThat(history.undo()).isEmpty();
        assertThat(document).containsExactly("a");
    }

    @Test
    void anEditThatFailsToRevertStaysUndoable() {
        UndoHistory history = new UndoHistory(5);
        history.record(new UndoHistory.Edit() {
            @Override
            public String label() {
                return "broken";
            }

            @Override
            public void apply() {
            }

            @Override
            public void revert() {
                throw new IllegalStateException("disk full");
            }
        });
        assertThatThrownBy(history::undo).hasMessage("disk full");
        assertThat(history.nextUndoLabel()).contains("broken");
    }
}
