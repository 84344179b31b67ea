package ducha.petitions;

import java.time.Instant;

/**
 * A file stored with a petition (a scanned letter, a recording): encrypted, in the database, through the platform's
 * attachment service.
 */
public record Attachment(long id, String fileName, long size, String addedBy, Instant addedAt) {
}
