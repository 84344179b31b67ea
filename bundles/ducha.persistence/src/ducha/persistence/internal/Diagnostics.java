package ducha.persistence.internal;

import java.sql.SQLException;
import java.util.Optional;

import ducha.persistence.DatabaseConfig;
import ducha.persistence.DatabaseFailure;
import ducha.persistence.DatabaseFailure.Kind;

/** Turns connection failures into failures a court's IT can act on: what failed, where, and what to do. */
final class Diagnostics {

	private Diagnostics() {
	}

	static DatabaseFailure explain(DatabaseConfig config, SQLException e) {
		String state = deepestState(e);
		Kind kind = SslFailures.isSsl(config, state, e) ? Kind.SSL : kind(state);
		String reason = switch (kind) {
		case IN_USE -> Messages.Diagnostics_inUse;
		case UNREACHABLE -> Messages.Diagnostics_unreachable;
		case LOGIN -> Messages.Diagnostics_badLogin;
		case SSL -> Messages.Diagnostics_ssl;
		default -> Messages.Diagnostics_cannotOpen;
		};
		return DatabaseFailure.of(kind, reason + " [" + config.describe() + "] " + e.getMessage(), e);
	}

	/** A connection attempt that failed with something other than an SQLException. */
	static DatabaseFailure unexpected(DatabaseConfig config, RuntimeException e) {
		return DatabaseFailure.of(Kind.CANNOT_OPEN,
				Messages.Diagnostics_cannotOpen + " [" + config.describe() + "] " + e, e);
	}

	private static Kind kind(String state) {
		if ("XSDB6".equals(state)) {
			return Kind.IN_USE;
		}
		// Derby's client reports a refused log-in as 08004, a connection class state: checked before the class
		if ("28P01".equals(state) || "28000".equals(state) || "08004".equals(state)) {
			return Kind.LOGIN;
		}
		if (state != null && state.startsWith("08")) {
			return Kind.UNREACHABLE;
		}
		return Kind.CANNOT_OPEN;
	}

	private static String deepestState(SQLException e) {
		String state = e.getSQLState();
		for (SQLException next = e.getNextException(); next != null; next = next.getNextException()) {
			if (next.getSQLState() != null) {
				state = next.getSQLState();
			}
		}
		Throwable cause = e.getCause();
		while (cause != null) {
			if (cause instanceof SQLException s && s.getSQLState() != null) {
				state = s.getSQLState();
			}
			cause = cause.getCause();
		}
		return state;
	}

	/**
	 * The server's refusal for want of a privilege (PostgreSQL's 42501: e.g. a runtime role creating or altering a
	 * table), anywhere in the causes; empty when the failure has another cause.
	 */
	static Optional<SQLException> refusedPrivilege(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof SQLException e && "42501".equals(e.getSQLState())) {
				return Optional.of(e);
			}
		}
		return Optional.empty();
	}
}
