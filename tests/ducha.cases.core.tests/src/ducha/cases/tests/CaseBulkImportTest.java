package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import javax.sql.DataSource;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cases.CaseQuery;
import ducha.cases.CaseRecord;
import ducha.cases.CaseRegister;
import ducha.cases.CaseStatus;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerValidationException;

/**
 * The first load of an empty register goes through Derby's bulk insert (the table is rebuilt as a new conglomerate,
 * which row inserts never do) with the guarantees of the row-batch path: every case stored as read, a bad row at the
 * end of a file of several hand-overs or a cancel leaves the register empty and usable, a re-import updates by 案号.
 */
class CaseBulkImportTest {

	/** Five hand-overs of 500 cases to the database before the last row is read. */
	private static final int ROWS = 2500;

	@TempDir
	Path dir;

	private CaseRegister register;

	@BeforeEach
	void cleanCourt() {
		Osgi.resetCourt();
		register = Osgi.service(CaseRegister.class);
	}

	@Test
	void aFirstLoadIntoAnEmptyRegisterIsDerbysBulkInsertAndStoresEveryCaseAsRead() throws Exception {
		long before = registerConglomerate();
		LocalDate filed = LocalDate.now().minusDays(40);
		Path file = cases(ROWS).line(CaseFiles.number(filed.getYear(), "刑初", 1), "盗窃罪", "20003", "刑事审判庭",
				filed.toString(), "", filed.plusDays(30).toString(), "判决", "已结").write(dir, "首次.csv");

		LedgerImportResult result = register.importFile(file, Osgi.ADMIN, null);

		assertEquals(ROWS + 1, result.inserted());
		assertEquals(0, result.updated());
		assertNotEquals(before, registerConglomerate(), "Derby's bulk insert loads the register into a new table");
		assertEquals(ROWS + 1, register.count(CaseQuery.ALL, Osgi.ADMIN));
		CaseRecord closed = register.find(CaseFiles.number(filed.getYear(), "刑初", 1), Osgi.ADMIN).orElseThrow();
		assertEquals("盗窃罪", closed.cause());
		assertEquals("20003", closed.judgeNo());
		assertEquals("XST", closed.departmentCode());
		assertEquals(filed, closed.filingDate());
		assertEquals(null, closed.procedure());
		assertEquals(filed.plusDays(30), closed.closedDate());
		assertEquals("判决", closed.closingMethod());
		assertEquals(CaseStatus.CLOSED, closed.status());
		assertEquals("刑初", closed.number().type());
		assertTrue(closed.number().family().isPresent(), "the case family is stored as on the row-batch path");
		CaseRecord open = register.find(CaseFiles.number(LocalDate.now().minusDays(ROWS % 300).getYear(), "民初", ROWS),
				Osgi.ADMIN).orElseThrow();
		assertEquals("简易", open.procedure());
		assertEquals(null, open.closedDate());
	}

	@Test
	void aReimportAfterTheBulkLoadUpdatesEveryCaseByNumberInRowBatches() throws Exception {
		Path file = cases(ROWS).write(dir, "案件.csv");
		register.importFile(file, Osgi.ADMIN, null);
		long loaded = registerConglomerate();

		LedgerImportResult again = register.importFile(file, Osgi.ADMIN, null);

		assertEquals(0, again.inserted());
		assertEquals(ROWS, again.updated());
		assertEquals(ROWS, register.count(CaseQuery.ALL, Osgi.ADMIN));
		assertEquals(loaded, registerConglomerate(), "a register with cases is updated row by row, not rebuilt");
	}

	@Test
	void aBadRowAtTheEndOfTheFileUndoesTheBulkLoadAndNamesFileRowAndField() throws Exception {
		int year = LocalDate.now().getYear();
		Path file = cases(ROWS).line(CaseFiles.number(year, "民初", ROWS + 1), "借款纠纷", "29999", "MS1",
				year + "-01-01", "", "", "", "在审").write(dir, "末行有错.csv");

		LedgerValidationException e = assertThrows(LedgerValidationException.class,
				() -> register.importFile(file, Osgi.ADMIN, null));

		assertEquals(List.of("末行有错.csv:" + (ROWS + 2) + ":承办人工号: 干警名册中没有工号为“29999”的干警"),
				e.ledgerProblems().stream().map(LedgerProblem::toString).toList());
		assertEquals(0, register.count(CaseQuery.ALL, Osgi.ADMIN), "nothing of the rejected file was stored");
		assertEquals(ROWS, register.importFile(cases(ROWS).write(dir, "改正.csv"), Osgi.ADMIN, null).inserted(),
				"the register is left empty and unlocked: the corrected file loads");
	}

	@Test
	void aRepeatedNumberInTheFileRejectsTheBulkLoad() throws Exception {
		Path file = cases(ROWS).open("民初", 3, "20002", "MS1", "普通", 3).write(dir, "重复.csv");

		LedgerValidationException e = assertThrows(LedgerValidationException.class,
				() -> register.importFile(file, Osgi.ADMIN, null));

		assertTrue(e.ledgerProblems().get(0).toString().startsWith("重复.csv:" + (ROWS + 2) + ":案号: "),
				e.ledgerProblems().toString());
		assertEquals(0, register.count(CaseQuery.ALL, Osgi.ADMIN));
	}

	@Test
	void aBulkLoadCancelledAfterCasesWentToTheDatabaseStoresNothingAndLeavesTheRegisterUsable() throws Exception {
		Path file = cases(ROWS).write(dir, "取消.csv");
		CancelOnSubTask monitor = new CancelOnSubTask(); // the reader's first sub-task comes after 1,000 rows

		assertThrows(OperationCanceledException.class, () -> register.importFile(file, Osgi.ADMIN, monitor));

		assertEquals(0, register.count(CaseQuery.ALL, Osgi.ADMIN));
		assertEquals(ROWS, register.importFile(file, Osgi.ADMIN, null).inserted());
	}

	/** Open 民初 cases 1..n of MS1, filed on different days. */
	private static CaseFiles cases(int n) {
		CaseFiles files = new CaseFiles();
		for (int i = 1; i <= n; i++) {
			files.open("民初", i, i % 2 == 0 ? "20002" : "20001", "MS1", "简易", i % 300);
		}
		return files;
	}

	/** The number of the conglomerate (file) holding the register's rows: a bulk insert replaces it. */
	private static long registerConglomerate() throws SQLException {
		try (Connection c = Osgi.service(DataSource.class).getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select c.conglomeratenumber from sys.sysconglomerates c"
						+ " join sys.systables t on c.tableid = t.tableid join sys.sysschemas sc on t.schemaid = sc.schemaid"
						// the platform's schema: the migration tests leave registers of their own in other schemas
						+ " where sc.schemaname = current schema and t.tablename = 'CASE_REGISTER'"
						+ " and c.isindex = false")) {
			assertTrue(rs.next());
			return rs.getLong(1);
		}
	}

	private static final class CancelOnSubTask extends NullProgressMonitor {
		@Override
		public void subTask(String name) {
			setCanceled(true);
		}
	}
}
