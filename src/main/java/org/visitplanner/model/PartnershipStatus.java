package org.visitplanner.model;

/** The life of a partnership, in the order it usually goes. */
public enum PartnershipStatus {
    PROSPECT, IN_DISCUSSION, AGREED_IN_PRINCIPLE, SIGNED, RENEWAL_DUE, ENDED
}
