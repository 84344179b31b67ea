package ducha.core.attachments;

/** What a caller wants to do with the attachments of one record; the owner's {@link AttachmentPolicy} decides. */
public enum AttachmentAccess {
	/** See which files the record has. */
	LIST,
	/** Add a file to the record. */
	ADD,
	/** Read a file's bytes. */
	OPEN,
	/** Remove a file. */
	DELETE
}
