package ducha.core.attachments;

import java.io.InputStream;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;

import ducha.core.security.Principal;

/**
 * Files stored with the records of every plugin, in the shared database (so that a database backup holds them):
 * one table row per file with its owner and record key, name, media type, size and SHA-256. Every call asks the
 * owner's {@link AttachmentPolicy} first; a confidential record's files are stored encrypted; adding, opening and
 * deleting are audited (object type the owner, object id the record key).
 * <p>
 * Refused with a {@link ducha.core.ValidationException}: files larger than the configured limit
 * ({@code attachments.max-mb} in {@code ducha.properties}, 50 MB by default), file types outside the allow-list of
 * documents, images and recordings, and files whose first bytes do not match their name (an executable renamed to
 * {@code .pdf}).
 */
public interface AttachmentService {

	/** Default size limit in megabytes. */
	int DEFAULT_MAX_MB = 50;

	/**
	 * Stores the stream's bytes with the record (read to its end; the caller closes it).
	 *
	 * @param fileName the name shown for the file; folders are dropped
	 */
	StoredAttachment store(String owner, String recordKey, String fileName, InputStream content, Principal actor);

	/** The record's files, oldest first. */
	List<StoredAttachment> list(String owner, String recordKey, Principal viewer);

	/**
	 * Writes the file's bytes (decrypted) into {@code out}, which stays open. The read is audited before any byte is
	 * written.
	 *
	 * @param reason why the file is read, written into the audit entry (may be null)
	 * @throws ducha.core.NotFoundException when the record has no file with that id
	 */
	StoredAttachment open(String owner, String recordKey, long id, String reason, OutputStream out, Principal actor);

	/** Removes the file; audited. */
	void delete(String owner, String recordKey, long id, Principal actor);

	/**
	 * Moves the record's files sealed with the attachments key file (stored before the record had a data key of its
	 * own, or adopted) to its data key ({@link AttachmentPolicy#dataKey}), all in one transaction; the key file must
	 * still be in the data folder. Needs the policy's {@link AttachmentAccess#OPEN} and a data key the actor can
	 * unwrap; audited as {@code attachment.rekey}. Running it again finds nothing to move.
	 *
	 * @return the number of files moved (0 also when the record has no data key)
	 */
	int rekey(String owner, String recordKey, Principal actor);

	/**
	 * Takes over a file a plugin stored before this service existed (its upgrade step): keeps who added it and when,
	 * checks neither size nor type (nothing already accepted is lost) and no permission (the plugin moves its own
	 * files). A file with the same record, name and content that is already stored is not stored twice, so an
	 * interrupted upgrade can simply run again.
	 */
	StoredAttachment adopt(String owner, String recordKey, String fileName, InputStream content, String addedBy,
			Instant addedAt);

	/**
	 * What the reason of an opening of a sealed file is bound to in the audit log ({@link ducha.core.audit.SealedReasons}):
	 * the record, so the record's data key opens the reasons of all its files.
	 */
	static String reasonContext(String owner, String recordKey) {
		return owner + ':' + recordKey + ":attachments";
	}
}
