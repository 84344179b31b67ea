package ducha.persistence.internal;

import java.sql.SQLException;

import ducha.persistence.DatabaseConfig;

/** Turns connection failures into sentences a court's IT can act on. */
final class Diagnostics {

	private Diagnostics() {
	}

	static String explain(DatabaseConfig config, SQLException e) {
		String state = deepestState(e);
		String reason;
		if ("XSDB6".equals(state)) {
			reason = Messages.Diagnostics_inUse;
		} else if (state != null && state.startsWith("08")) {
			reason = Messages.Diagnostics_unreachable;
		} else if ("28P01".equals(state) || "08004".equals(state)) {
			reason = Messages.Diagnostics_badLogin;
		} else {
			reason = Messages.Diagnostics_cannotOpen;
		}
		return reason + " [" + config.describe() + "] " + e.getMessage();
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
}
