package ducha.core.security;

import ducha.core.DuchaException;

/**
 * The acting user lacks a permission or may not see a department's records. The message is written for the user
 * (the permission's label, never its id); the id of a missing permission travels beside it for administrators'
 * tools (the command line names it, so that the right grant can be found).
 */
public class AccessDeniedException extends DuchaException {

	private static final long serialVersionUID = 1L;

	private final String permissionId;

	public AccessDeniedException(String message) {
		this(message, null);
	}

	/** @param permissionId the permission the user lacks, or null when the refusal is about scope or ownership */
	public AccessDeniedException(String message, String permissionId) {
		super(message);
		this.permissionId = permissionId;
	}

	/** The id of the missing permission, or null when the refusal is not about one permission. */
	public String permissionId() {
		return permissionId;
	}
}
