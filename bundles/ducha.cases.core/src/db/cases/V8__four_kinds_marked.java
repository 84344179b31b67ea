package db.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The four kinds' list (四类案件) reads a stored flag (issue 16): case_register.four_kinds is 1 while the case
 * carries at least one of the four kinds (its newest event of that kind is a mark), 0 otherwise. It is kept in the
 * transaction of every mark and unmark ({@code MarkEvents.append} through {@code FourKindsFlag}: marking,
 * unmarking, a confirmed suggestion); marks come from nowhere else, and the columns the list sorts and filters by
 * (filing date, department, judge) sit beside the flag in the same row, so an import moves them in the index too.
 * The list, its count and its keyset pages are then one range of case_four_kinds_ix in the list's order instead of
 * a join of the current marks with the register and a sort of every marked case per page (90–206 ms at a million
 * cases, docs/benchmarks.md).
 * <p>
 * A number, not a BOOLEAN: EclipseLink prints a query's literals inline on Derby when it cannot bind one of them
 * (a collection in a subquery), a boolean as 1, which Derby will not compare with a BOOLEAN column. Java because
 * Derby runs {@code update ... where case_no in (select ... from case_mark_event ...)} row by row over the whole
 * register, rebuilding the subquery's result each time: the few marked cases are read first and set by key.
 */
public class V8__four_kinds_marked extends BaseJavaMigration {

	/** The four kinds as stored (MarkKind names, every kind but MAJOR). */
	private static final String FOUR_KINDS = "'MAJOR_SENSITIVE', 'MASS_OR_PUBLIC', 'SIMILAR_CASE_CONFLICT',"
			+ " 'ILLEGAL_ADJUDICATION'";

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (Statement sql = connection.createStatement()) {
			sql.execute("alter table case_register add column four_kinds smallint default 0 not null");
		}
		List<String> marked = new ArrayList<>();
		try (Statement sql = connection.createStatement();
				ResultSet rs = sql.executeQuery("select distinct e.case_no from case_mark_event e"
						+ " where e.mark_kind in (" + FOUR_KINDS + ") and e.action = 'MARK'"
						+ " and not exists (select 1 from case_mark_event x where x.case_no = e.case_no"
						+ " and x.mark_kind = e.mark_kind and x.id > e.id)")) {
			while (rs.next()) {
				marked.add(rs.getString(1));
			}
		}
		try (PreparedStatement set = connection.prepareStatement(
				"update case_register set four_kinds = 1 where case_no = ?")) {
			for (String caseNo : marked) {
				set.setString(1, caseNo);
				set.addBatch();
			}
			set.executeBatch();
		}
		try (Statement sql = connection.createStatement()) {
			// the list's order after the flag; department and judge ride along so that a reader's scope, a
			// department or a judge filter and the count are read from this index alone
			sql.execute("create index case_four_kinds_ix on case_register"
					+ " (four_kinds, filing_date, case_no, department_code, judge_no)");
		}
	}
}
