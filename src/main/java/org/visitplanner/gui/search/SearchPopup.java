package org.visitplanner.gui.search;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;

import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Popup;

import org.visitplanner.logic.i18n.Formats;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.logic.search.SearchHit;
import org.visitplanner.model.ActionStatus;
import org.visitplanner.model.OutcomeType;

/**
 * The results under the search box: hits grouped by kind, each with its title and a snippet whose matching words are
 * highlighted. Arrow keys move, Enter or a click opens a hit, Escape closes.
 */
public final class SearchPopup {

    private static final double WIDTH = 620;

    private final TextField field;
    private final SearchViewModel viewModel;
    private final Consumer<SearchHit> opener;
    private final Popup popup = new Popup();
    private final ListView<SearchViewModel.Line> list = new ListView<>();
    private final Label status = new Label();

    public SearchPopup(TextField field, SearchViewModel viewModel, Consumer<SearchHit> opener) {
        this.field = field;
        this.viewModel = viewModel;
        this.opener = opener;
        field.textProperty().bindBidirectional(viewModel.queryProperty());

        list.setItems(viewModel.lines());
        list.setCellFactory(view -> new LineCell());
        // The popup passes the keys typed in the box to its focused node first: while the results only show, that
        // must not be the list, or Ctrl+A would select the list instead of the box's text. ↓ moves into the list.
        list.setFocusTraversable(false);
        list.setPrefWidth(WIDTH);
        list.getStyleClass().add("search-results");
        status.getStyleClass().add("search-status");
        status.textProperty().bind(viewModel.statusProperty());
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        status.visibleProperty().bind(status.managedProperty());
        VBox root = new VBox(status, list);
        root.getStyleClass().add("search-popup");
        root.getStylesheets().add(SearchPopup.class.getResource("/org/visitplanner/gui/search/SearchPopup.css")
                .toExternalForm());
        popup.getContent().add(root);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);

        viewModel.lines().addListener((ListChangeListener<SearchViewModel.Line>) change -> {
            refresh();
            // Results that arrive while the user is already in the list keep a hit chosen, so Enter still opens one.
            if (list.isFocused() && list.getSelectionModel().isEmpty() && viewModel.lines().size() > 1) {
                list.getSelectionModel().select(1);
            }
        });
        viewModel.statusProperty().addListener((obs, was, now) -> refresh());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                viewModel.prepare();
                refresh();
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, this::fieldKey);
        list.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (SELECT_ALL.match(event)) {
                leaveList();
                field.selectAll();
                event.consume();
            } else if (event.getCode() == KeyCode.ENTER) {
                open(list.getSelectionModel().getSelectedItem());
                event.consume();
            } else if (event.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                leaveList();
                field.requestFocus();
                event.consume();
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                open(list.getSelectionModel().getSelectedItem());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, was, line) -> {
            if (line != null && line.isHeading()) {
                int index = list.getSelectionModel().getSelectedIndex();
                int next = was != null && list.getItems().indexOf(was) > index ? index - 1 : index + 1;
                if (next >= 0 && next < list.getItems().size()) {
                    list.getSelectionModel().select(next);
                }
            }
        });
    }

    /** Keys go to the search box again, not to the list. */
    private void leaveList() {
        if (popup.getScene() != null) {
            popup.getScene().getRoot().requestFocus();
        }
    }

    private static final KeyCombination SELECT_ALL = new KeyCodeCombination(
            KeyCode.A, KeyCombination.SHORTCUT_DOWN);

    /** Puts the caret in the search box (Ctrl+F, Ctrl+K). */
    public void focus() {
        field.requestFocus();
        field.selectAll();
    }

    private void fieldKey(KeyEvent event) {
        if (event.getCode() == KeyCode.DOWN && !viewModel.lines().isEmpty()) {
            refresh();
            list.requestFocus();
            list.getSelectionModel().select(1);
            event.consume();
        } else if (event.getCode() == KeyCode.ENTER) {
            viewModel.searchNow();
            viewModel.lines().stream().filter(line -> !line.isHeading()).findFirst().ifPresent(this::open);
            event.consume();
        } else if (event.getCode() == KeyCode.ESCAPE) {
            popup.hide();
            field.clear();
            event.consume();
        }
    }

    private void open(SearchViewModel.Line line) {
        if (line != null && !line.isHeading()) {
            popup.hide();
            opener.accept(line.hit());
        }
    }

    private void refresh() {
        boolean anything = !viewModel.lines().isEmpty() || !viewModel.statusProperty().get().isEmpty();
        if (!anything || field.getScene() == null || !field.isFocused() && !list.isFocused()) {
            if (!anything) {
                popup.hide();
            }
            return;
        }
        list.setVisible(!viewModel.lines().isEmpty());
        list.setManaged(list.isVisible());
        list.setPrefHeight(Math.min(480, 12 + viewModel.lines().stream()
                .mapToDouble(line -> line.isHeading() ? 30 : 62).sum()));
        if (!popup.isShowing()) {
            Bounds bounds = field.localToScreen(field.getBoundsInLocal());
            popup.show(field, Math.max(0, bounds.getMaxX() - WIDTH), bounds.getMaxY() + 4);
            // Right-align with the box once the popup knows its own width (padding and border included).
            popup.setX(Math.max(0, bounds.getMaxX() - popup.getWidth()));
        }
    }

    private static final class LineCell extends ListCell<SearchViewModel.Line> {
        @Override
        protected void updateItem(SearchViewModel.Line line, boolean empty) {
            super.updateItem(line, empty);
            getStyleClass().removeAll("heading-cell", "hit-cell");
            setText(null);
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            if (line.isHeading()) {
                Label heading = new Label(line.heading().toUpperCase(Messages.locale()));
                heading.getStyleClass().add("search-heading");
                getStyleClass().add("heading-cell");
                setGraphic(heading);
                setMouseTransparent(true);
                return;
            }
            setMouseTransparent(false);
            getStyleClass().add("hit-cell");
            SearchHit hit = line.hit();
            Label title = new Label(hit.title());
            title.getStyleClass().add("search-title");
            title.setMinWidth(0);
            Label detail = new Label(detail(hit));
            detail.getStyleClass().add("search-detail");
            detail.setMinWidth(Region.USE_PREF_SIZE);
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            HBox top = new HBox(8, title, gap, detail);
            TextFlow snippet = new TextFlow();
            for (SearchHit.Part part : hit.snippet()) {
                Text text = new Text(part.text());
                text.getStyleClass().add(part.match() ? "search-match" : "search-text");
                snippet.getChildren().add(text);
            }
            snippet.getStyleClass().add("search-snippet");
            snippet.setMaxWidth(WIDTH - 40);
            snippet.setPrefWidth(WIDTH - 40);
            snippet.setMaxHeight(36);
            VBox box = new VBox(2, top, snippet);
            box.setMaxWidth(WIDTH - 30);
            setGraphic(box);
        }

        private static String detail(SearchHit hit) {
            String day = hit.day().isEmpty() ? "" : Formats.date(LocalDate.parse(hit.day()));
            String kind = switch (hit.kind()) {
                case OUTCOME -> known(OutcomeType.class, hit.detail());
                case ACTION -> known(ActionStatus.class, hit.detail());
                case CONTACT, INSTITUTION -> hit.detail();
                default -> "";
            };
            return kind.isEmpty() ? day : day.isEmpty() ? kind : kind + " · " + day;
        }

        private static <E extends Enum<E>> String known(Class<E> type, String name) {
            try {
                return Messages.of(Enum.valueOf(type, name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                return "";
            }
        }
    }
}
