package ducha.core;

import java.time.Instant;
import java.util.Optional;

/**
 * A save refused because the record changed in the database after the user opened it (another desktop, another
 * window): storing what the user saw would silently undo that change. The message names who changed it and when
 * where the audit log knows; the UI offers to load the record again, the CLI prints the message.
 */
public class ConcurrentChangeException extends DuchaException {

	private static final long serialVersionUID = 1L;

	private final String changedBy;
	private final Instant changedAt;

	/**
	 * @param message   what the user is told, already naming the record, who and when
	 * @param changedBy account that made the other change, null when unknown
	 * @param changedAt when, null when unknown
	 */
	public ConcurrentChangeException(String message, String changedBy, Instant changedAt) {
		super(message);
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public ConcurrentChangeException(String message, Throwable cause) {
		super(message, cause);
		this.changedBy = null;
		this.changedAt = null;
	}

	/** The account that made the change the user did not see, when the audit log names it. */
	public Optional<String> changedBy() {
		return Optional.ofNullable(changedBy);
	}

	public Optional<Instant> changedAt() {
		return Optional.ofNullable(changedAt);
	}
}
