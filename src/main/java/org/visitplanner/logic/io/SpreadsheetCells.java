package org.visitplanner.logic.io;

/**
 * Keeps spreadsheet programs from running a cell of an exported CSV file as a formula (CSV injection): a cell that
 * starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, which spreadsheets show as text.
 * Importing reverses it, so that exporting and importing a file changes nothing.
 */
public final class SpreadsheetCells {

    private SpreadsheetCells() {
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell == null ? "" : cell;
        }
        return isFormulaStart(cell.charAt(0)) ? "'" + cell : cell;
    }

    /** Undoes {@link #neutralise}: an apostrophe followed by a formula character is dropped. */
    public static String restore(String cell) {
        if (cell != null && cell.length() >= 2 && cell.charAt(0) == '\'' && isFormulaStart(cell.charAt(1))) {
            return cell.substring(1);
        }
        return cell;
    }

    private static boolean isFormulaStart(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
