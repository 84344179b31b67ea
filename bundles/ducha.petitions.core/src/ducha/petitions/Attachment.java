package ducha.petitions;

import java.time.Instant;

/** A file stored with a petition (a scanned letter, a recording): encrypted in the data folder. */
public record Attachment(long id, String fileName, long size, String addedBy, Instant addedAt) {
}
