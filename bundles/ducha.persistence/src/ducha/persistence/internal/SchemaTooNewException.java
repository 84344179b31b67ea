package ducha.persistence.internal;

/**
 * The database holds migrations of a bundle that this installation does not know: a newer Ducha (or a newer
 * version of the plugin) on another desktop upgraded the shared schema. Working on it with older code could
 * write rows the newer schema does not expect, so the bundle's tables stay closed and the database reports why.
 */
final class SchemaTooNewException extends IllegalStateException {

	private static final long serialVersionUID = 1L;

	SchemaTooNewException(String message) {
		super(message);
	}
}
