package org.visitplanner.logic.security;

/**
 * The optional password that encrypts the data file (and its backups) at rest.
 *
 * <p>Every method may read and rewrite the whole file: call it off the JavaFX thread. Failures arrive as
 * {@link org.visitplanner.logic.DataProblem}s ({@code WRONG_PASSWORD} when the current password is not the right
 * one).
 */
public interface EncryptionService {

    /** Whether the data is protected by a password. */
    boolean isEncrypted();

    /** Whether {@code password} is the one protecting the data. */
    boolean isCurrentPassword(char[] password);

    /**
     * Protects the data with {@code newPassword}, or removes the protection when it is {@code null}. The data is
     * first backed up; it is re-encrypted on a copy, which replaces the file only once it opens with the new
     * password and holds exactly the same content. The backups the current password opens are converted too, so
     * that no copy is left readable without the new password.
     *
     * @param currentPassword the password now protecting the data ({@code null} when there is none)
     */
    PasswordChange changePassword(char[] currentPassword, char[] newPassword);

    /**
     * What a change of password did to the backups.
     *
     * @param backupsConverted backups now protected like the data
     * @param backupsLeft      backups made under an older password, left as they were (they need that password)
     */
    record PasswordChange(int backupsConverted, int backupsLeft) {
    }
}
