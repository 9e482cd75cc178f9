package org.visitplanner.gui.directory;

import java.io.File;
import java.nio.file.Path;

import javafx.beans.property.SimpleBooleanProperty;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.visitplanner.gui.common.Dialogs;
import org.visitplanner.logic.directory.DirectoryCsv;
import org.visitplanner.logic.i18n.Messages;

/** The windows of a directory import (preview, then confirm) and export (where to save). */
public final class DirectoryTransfer {

    private final DirectoryFilesViewModel viewModel;

    public DirectoryTransfer(DirectoryFilesViewModel viewModel) {
        this.viewModel = viewModel;
    }

    /** The filter File → Import offers for directory files. */
    public static FileChooser.ExtensionFilter csvFilter() {
        return new FileChooser.ExtensionFilter(Messages.get("directory.import.csvFiles"), "*.csv", "*.CSV");
    }

    /** Previews a CSV file, and imports it if the user confirms; problems are told in a dialog. */
    public void importCsv(Window owner, Path file) {
        viewModel.preview(file, preview -> {
            boolean confirmed = Dialogs.form(owner, "directory/ImportPreviewDialog", new ImportPreviewDialog(preview),
                    Messages.get("directory.import.title"), Messages.get("directory.import.confirm"),
                    new SimpleBooleanProperty(preview.changesSomething()));
            if (confirmed) {
                viewModel.apply(preview, problem -> Dialogs.error(owner, Messages.get("directory.import.failed"),
                        problem));
            }
        }, problem -> Dialogs.error(owner, Messages.get("directory.import.cannotRead", file.getFileName()),
                problem));
    }

    /** Asks where to save the institutions or the contacts, then writes them. */
    public void export(Window owner, DirectoryCsv.What what) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get(what == DirectoryCsv.What.INSTITUTIONS ? "directory.export.institutionsTitle"
                : "directory.export.contactsTitle"));
        chooser.getExtensionFilters().add(csvFilter());
        chooser.setInitialFileName(DirectoryFilesViewModel.suggestedName(what));
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            viewModel.export(what, file.toPath(), problem -> Dialogs.error(owner,
                    Messages.get("directory.export.failed"), problem));
        }
    }
}
