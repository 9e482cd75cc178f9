package org.visitplanner.gui.common;

import java.nio.file.Path;

/** Opens a file with the program the system uses for it (never blocking the window). */
@FunctionalInterface
public interface FileOpener {
    void open(Path file);
}
