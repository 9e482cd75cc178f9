package org.visitplanner.model;

/** How people's names are shown when both a Latin and a Chinese form may be known. */
public final class PersonNames {
    private PersonNames() {
    }

    public static String display(String latin, String chinese) {
        boolean hasChinese = chinese != null && !chinese.isBlank();
        boolean hasLatin = latin != null && !latin.isBlank();
        if (hasLatin && hasChinese) {
            return latin + " (" + chinese + ")";
        }
        return hasLatin ? latin : hasChinese ? chinese : "";
    }

    public static String initials(String latin) {
        if (latin == null || latin.isBlank()) {
            return "?";
        }
        StringBuilder initials = new StringBuilder();
        for (String part : latin.trim().split("[\\s\\-]+")) {
            if (!part.isEmpty() && initials.length() < 2) {
                initials.appendCodePoint(Character.toUpperCase(part.codePointAt(0)));
            }
        }
        return initials.toString();
    }
}
