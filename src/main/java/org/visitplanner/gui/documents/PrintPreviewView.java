package org.visitplanner.gui.documents;

import java.io.File;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.print.PageLayout;
import javafx.print.PageOrientation;
import javafx.print.PageRange;
import javafx.print.Printer;
import javafx.print.PrinterJob;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

import org.visitplanner.gui.common.Dialogs;
import org.visitplanner.logic.documents.ExportFormat;
import org.visitplanner.logic.documents.PdfPreview;
import org.visitplanner.logic.documents.pdf.Paper;
import org.visitplanner.logic.i18n.Messages;
import org.visitplanner.model.Member;
import org.visitplanner.model.Trip;

/**
 * The print preview window: options on the left, the pages as they will print in the middle (zoom, page choice),
 * Print… and Save as PDF… With no printer installed, it offers to save a PDF instead.
 */
public final class PrintPreviewView {

    private final PrintPreviewViewModel viewModel;
    private boolean firstShow = true;

    @FXML private ComboBox<ExportFormat> documentChoice;
    @FXML private ComboBox<Member> memberChoice;
    @FXML private Label memberNote;
    @FXML private ComboBox<Locale> languageChoice;
    @FXML private ComboBox<Paper> paperChoice;
    @FXML private CheckBox homeTimeCheck;
    @FXML private Button printButton;
    @FXML private Button saveButton;
    @FXML private Slider zoomSlider;
    @FXML private Label zoomLabel;
    @FXML private Spinner<Integer> pageSpinner;
    @FXML private Label pageCountLabel;
    @FXML private ScrollPane pageScroller;
    @FXML private VBox pageColumn;
    @FXML private ProgressBar progressBar;
    @FXML private Button cancelButton;
    @FXML private Label messageLabel;

    public PrintPreviewView(PrintPreviewViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        documentChoice.getItems().setAll(PrintPreviewViewModel.DOCUMENTS);
        documentChoice.setConverter(converter(format -> Messages.get("preview.document." + format.cliName())));
        documentChoice.valueProperty().bindBidirectional(viewModel.documentProperty());

        memberChoice.getItems().add(null); // null stands for "all members"
        viewModel.members().addListener((ListChangeListener<Member>) change -> {
            Member chosen = viewModel.memberProperty().get();
            List<Member> choices = new ArrayList<>();
            choices.add(null);
            choices.addAll(viewModel.members());
            memberChoice.getItems().setAll(choices);
            memberChoice.setValue(chosen);
        });
        memberChoice.setConverter(converter(m -> m == null ? Messages.get("preview.allMembers") : m.displayName()));
        memberChoice.setButtonCell(new MemberCell());
        memberChoice.setCellFactory(list -> new MemberCell());
        memberChoice.valueProperty().bindBidirectional(viewModel.memberProperty());
        // Every document but the report is made for the member chosen; the report covers the whole delegation.
        memberChoice.disableProperty().bind(viewModel.documentProperty().isEqualTo(ExportFormat.PDF_REPORT));
        memberNote.visibleProperty().bind(memberChoice.disableProperty());
        memberNote.managedProperty().bind(memberChoice.disableProperty());

        languageChoice.getItems().setAll(Messages.LANGUAGES);
        languageChoice.setConverter(converter(language -> Messages.get("language." + language.getLanguage())));
        languageChoice.valueProperty().bindBidirectional(viewModel.languageProperty());
        paperChoice.getItems().setAll(Paper.values());
        paperChoice.setConverter(
                converter(paper -> Messages.get("preview.paper." + paper.name().toLowerCase(Locale.ROOT))));
        paperChoice.valueProperty().bindBidirectional(viewModel.paperProperty());
        homeTimeCheck.selectedProperty().bindBidirectional(viewModel.homeTimeProperty());

        zoomLabel.textProperty().bind(Bindings.format("%.0f %%", zoomSlider.valueProperty()));
        zoomSlider.valueProperty().addListener((obs, was, now) -> applyZoom());
        pageSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(1, 1, 1));
        pageSpinner.valueProperty().addListener((obs, was, page) -> scrollTo(page));
        viewModel.pages().addListener((ListChangeListener<PdfPreview.PageImage>) change -> showPages());

        progressBar.visibleProperty().bind(viewModel.busyProperty());
        progressBar.progressProperty().bind(viewModel.progressProperty());
        cancelButton.visibleProperty().bind(viewModel.busyProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        printButton.disableProperty().bind(viewModel.busyProperty().or(Bindings.isEmpty(viewModel.pages())));
        saveButton.disableProperty().bind(viewModel.busyProperty().or(Bindings.isEmpty(viewModel.pages())));
    }

    /** Shows the documents of {@code trip}. */
    public void open(Trip trip) {
        viewModel.open(trip);
    }

    private void showPages() {
        pageColumn.getChildren().clear();
        for (PdfPreview.PageImage page : viewModel.pages()) {
            WritableImage image = new WritableImage(page.width(), page.height());
            image.getPixelWriter().setPixels(0, 0, page.width(), page.height(), PixelFormat.getIntArgbInstance(),
                    IntBuffer.wrap(page.argb()), page.width());
            ImageView view = new ImageView(image);
            view.setPreserveRatio(true);
            view.setSmooth(true);
            view.getStyleClass().add("preview-page");
            view.setUserData(page);
            pageColumn.getChildren().add(view);
        }
        int count = viewModel.pages().size();
        pageCountLabel.setText(Messages.get("preview.pageCount", count));
        ((SpinnerValueFactory.IntegerSpinnerValueFactory) pageSpinner.getValueFactory()).setMax(Math.max(1, count));
        if (firstShow && count > 0) {
            firstShow = false;
            fitWidth(); // the first document fills the width; later ones keep the zoom the user chose
        }
        applyZoom();
    }

    private void applyZoom() {
        double zoom = zoomSlider.getValue() / 100.0;
        for (var node : pageColumn.getChildren()) {
            PdfPreview.PageImage page = (PdfPreview.PageImage) node.getUserData();
            // 1 point = 1/72 inch; the screen shows 96 pixels per inch at 100 %.
            ((ImageView) node).setFitWidth(page.widthPoints() * 96 / 72 * zoom);
        }
    }

    @FXML
    private void fitWidth() {
        if (!viewModel.pages().isEmpty()) {
            double available = pageScroller.getViewportBounds().getWidth() - 48;
            double pageWidth = viewModel.pages().get(0).widthPoints() * 96 / 72;
            zoomSlider.setValue(Math.max(zoomSlider.getMin(),
                    Math.min(zoomSlider.getMax(), available / pageWidth * 100)));
        }
    }

    private void scrollTo(int page) {
        if (page < 1 || page > pageColumn.getChildren().size()) {
            return;
        }
        double contentHeight = pageColumn.getHeight() - pageScroller.getViewportBounds().getHeight();
        double top = pageColumn.getChildren().get(page - 1).getBoundsInParent().getMinY();
        pageScroller.setVvalue(contentHeight <= 0 ? 0 : Math.min(1, top / contentHeight));
    }

    @FXML
    private void cancel() {
        viewModel.cancel();
    }

    @FXML
    private void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null) {
            offerPdfInstead();
            return;
        }
        Window window = window();
        Printer printer = job.getPrinter();
        PageLayout layout = printer.createPageLayout(paperChoice.getValue() == Paper.LETTER
                        ? javafx.print.Paper.NA_LETTER : javafx.print.Paper.A4,
                viewModel.documentProperty().get() == ExportFormat.PDF_WEEK ? PageOrientation.LANDSCAPE
                        : PageOrientation.PORTRAIT, Printer.MarginType.HARDWARE_MINIMUM);
        job.getJobSettings().setPageLayout(layout);
        job.getJobSettings().setJobName(viewModel.suggestedFileName(viewModel.documentProperty().get()));
        if (!job.showPrintDialog(window)) {
            job.cancelJob();
            return;
        }
        PageRange[] ranges = job.getJobSettings().getPageRanges();
        viewModel.printPages(pages -> PagePrinter.print(job, pages, ranges,
                ok -> viewModel.showMessage(Messages.get(ok ? "preview.printed" : "preview.printFailed"))));
    }

    private void offerPdfInstead() {
        ButtonType save = new ButtonType(Messages.get("preview.saveAsPdf"), ButtonBar.ButtonData.OK_DONE);
        Dialogs.inform(window(), Messages.get("preview.title"), Messages.get("preview.noPrinter"),
                Messages.get("preview.noPrinter.text"), save, ButtonType.CANCEL)
                .filter(save::equals).ifPresent(button -> saveAsPdf());
    }

    @FXML
    private void saveAsPdf() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("preview.saveAsPdf"));
        chooser.setInitialFileName(viewModel.suggestedFileName(viewModel.documentProperty().get()));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("preview.pdfFiles"), "*.pdf"));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            viewModel.saveAs(file.toPath(), () -> { });
        }
    }

    @FXML
    private void exportCalendar() {
        export(ExportFormat.ICS, "preview.icsFiles", "*.ics");
    }

    @FXML
    private void exportSpreadsheet() {
        export(ExportFormat.CSV, "preview.csvFiles", "*.csv");
    }

    private void export(ExportFormat format, String filterKey, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("preview.export." + format.cliName()));
        chooser.setInitialFileName(viewModel.suggestedFileName(format));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get(filterKey), pattern));
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            viewModel.export(format, file.toPath());
        }
    }

    @FXML
    private void close() {
        viewModel.cancel();
        window().hide();
    }

    private Window window() {
        return pageScroller.getScene().getWindow();
    }

    private static <T> StringConverter<T> converter(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return toText.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null; // the choices are picked from a list, never typed
            }
        };
    }

    private static final class MemberCell extends ListCell<Member> {
        @Override
        protected void updateItem(Member member, boolean empty) {
            super.updateItem(member, empty);
            setText(empty ? null : member == null ? Messages.get("preview.allMembers") : member.displayName());
        }
    }
}
