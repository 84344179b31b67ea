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
			reason = "数据库正被另一个 Ducha 进程使用（例如已打开的工作台）。请先关闭它，或改用 Derby 网络模式/PostgreSQL 共享数据库。";
		} else if (state != null && state.startsWith("08")) {
			reason = "无法连接数据库服务器，请检查主机、端口和服务器是否已启动。";
		} else if ("28P01".equals(state) || "08004".equals(state)) {
			reason = "数据库用户名或密码不正确。";
		} else {
			reason = "数据库无法打开。";
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
