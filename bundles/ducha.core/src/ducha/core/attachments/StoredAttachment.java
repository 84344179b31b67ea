package ducha.core.attachments;

import java.time.Instant;

/**
 * A file stored with a record of a plugin (a scanned letter with a petition, the minutes of a meeting): what the
 * platform knows of it. The bytes themselves are read with {@link AttachmentService#open}.
 *
 * @param id          the platform's number of the file
 * @param owner       the kind of record it belongs to, as named by the plugin's {@link AttachmentPolicy#owner()}
 * @param recordKey   the record's key within the owner (a petition number)
 * @param fileName    the file name as added, without folders
 * @param contentType the media type found from the name and the first bytes
 * @param size        the file's size in bytes
 * @param sha256      hex SHA-256 of the file's bytes (not of the sealed form)
 * @param sealed      true when it is stored encrypted (the record is confidential)
 * @param createdBy   account that added it
 * @param createdAt   when it was added
 */
public record StoredAttachment(long id, String owner, String recordKey, String fileName, String contentType,
		long size, String sha256, boolean sealed, String createdBy, Instant createdAt) {
}
