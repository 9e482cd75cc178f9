package org.visitplanner.model;

import java.util.Objects;

/**
 * A place the delegation visits.
 *
 * @param coordinates null when unknown: travel to and from it is then "unknown", never zero
 */
public record Institution(long id, String officialName, String englishName, String chineseName, String shortName,
                          InstitutionKind kind, Relation relation, String address, String postcode, String city,
                          String country, Coordinates coordinates, String website, String phone, String notes,
                          int version) {

    public Institution {
        Objects.requireNonNull(officialName, "officialName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(relation, "relation");
    }

    /** The short name when there is one, else the official name. */
    public String label() {
        return shortName != null && !shortName.isBlank() ? shortName : officialName;
    }

    /** Street, postcode and city on one line, leaving out what is unknown. */
    public String fullAddress() {
        StringBuilder line = new StringBuilder();
        if (address != null && !address.isBlank()) {
            line.append(address.trim());
        }
        String place = ((postcode == null ? "" : postcode.trim()) + " " + (city == null ? "" : city.trim())).trim();
        if (!place.isEmpty()) {
            if (line.length() > 0) {
                line.append(", ");
            }
            line.append(place);
        }
        return line.toString();
    }

    public Institution withId(long newId) {
        return new Institution(newId, officialName, englishName, chineseName, shortName, kind, relation, address,
                postcode, city, country, coordinates, website, phone, notes, version);
    }
}
