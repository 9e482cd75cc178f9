package org.visitplanner.logic.directory;

import java.util.List;

import org.visitplanner.model.Partnership;

/** Partnerships with institutions. */
public interface PartnershipRepository {

    List<Partnership> findAll();

    List<Partnership> findByInstitution(long institutionId);

    Partnership insert(Partnership partnership);
}
