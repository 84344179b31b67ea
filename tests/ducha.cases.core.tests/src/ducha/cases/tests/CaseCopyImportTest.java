package ducha.cases.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.cases.CaseQuery;
import ducha.cases.CaseRegister;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerValidationException;

/**
 * The engine's bulk paths store exactly what the row batches store ({@code -Dducha.cases.bulkImport=off}), and keep
 * their guarantees: the first load of an empty register (PostgreSQL's {@code COPY} into the register, Derby's bulk
 * insert in embedded Derby) and, on PostgreSQL, the import into a register with cases ({@code COPY} into a staging
 * table and one upsert). Runs on every backend the module is tested on (tests/pom.xml: embedded Derby, and
 * PostgreSQL with -Dducha.test.postgresql); the checks that the server really ran a {@code COPY}, and into which
 * table (its progress view, read from another connection while the file is being read), are PostgreSQL's only.
 */
class CaseCopyImportTest {

	/** Several of the copy's 64 KB writes, and the reader's first progress report (after 1,000 rows) in the middle. */
	private static final int ROWS = 2500;
	/** The re-imported file: cases 1 to CHANGED of the first file, changed, and ADDED new ones. */
	private static final int CHANGED = 2000;
	private static final int ADDED = 500;

	private static final String HEADER = CaseFiles.HEADER + ",当事人数";

	/**
	 * What {@link CopyWatch} calls a table that another session sees nothing of: the staging table, created by the
	 * import's transaction, which has not committed.
	 */
	private static final String UNCOMMITTED_TABLE = "(a table of the import transaction)";

	/** CaseImporter.BULK_SWITCH: {@code off} sends every import through the row batches. */
	private static final String BULK_SWITCH = "ducha.cases.bulkImport";

	@TempDir
	Path dir;

	private CaseRegister register;

	@BeforeEach
	void cleanCourt() {
		Osgi.resetCourt();
		register = Osgi.service(CaseRegister.class);
	}

	@Test
	void theFirstLoadStoresExactlyWhatTheRowBatchesStore() throws Exception {
		Path file = mixed(dir, "案件.csv");

		CopyWatch bulkWatch = new CopyWatch();
		LedgerImportResult bulk = register.importFile(file, Osgi.ADMIN, bulkWatch);
		List<List<String>> viaBulk = storedRows();
		Osgi.resetCourt();
		CopyWatch batchWatch = new CopyWatch();
		LedgerImportResult batches = rowBatchesOnly(() -> register.importFile(file, Osgi.ADMIN, batchWatch));
		List<List<String>> viaBatches = storedRows();

		assertEquals(ROWS, bulk.inserted());
		assertEquals(ROWS, batches.inserted());
		assertEquals(ROWS, viaBulk.size());
		assertTrue(viaBulk.stream().anyMatch(r -> r.get(column("flag_date")) != null),
				"some cases are long-pending: their flag dates are part of the comparison");
		assertTrue(viaBulk.stream().anyMatch(r -> r.get(column("flag_date")) == null),
				"closed cases have no flag date");
		assertTrue(viaBulk.stream().anyMatch(r -> r.get(column("cause")).contains("\\")),
				"a cause with a backslash is part of the comparison");
		assertEquals(viaBatches, viaBulk, "every column of every case, flag dates and versions included");
		if (postgresql()) {
			assertEquals(List.of("case_register"), bulkWatch.copiedInto, "the first load ran a COPY");
			assertEquals(List.of(), batchWatch.copiedInto, "the row batches run no COPY");
		}
	}

	/**
	 * A first load writes each open case's long-pending date with the case, from the rules read before the first row,
	 * and skips the set-based refresh at its end only while those rules are still the stored ones: a rule stored
	 * during the load (here straight into the table from another connection, as a rule saved by another user whose
	 * own recomputation waits for the import) makes the refresh run, so the dates follow the rules as stored.
	 */
	@Test
	void aRuleStoredDuringAFirstLoadDecidesItsFlagDates() throws Exception {
		Path file = mixed(dir, "规则.csv");
		RuleDuringLoad rule = new RuleDuringLoad();
		try {
			register.importFile(file, Osgi.ADMIN, rule);
			List<List<String>> viaBulk = storedRows();
			Osgi.resetCourt();
			rowBatchesOnly(() -> register.importFile(file, Osgi.ADMIN, null));
			List<List<String>> viaBatches = storedRows();

			assertTrue(rule.stored, "the rule was stored while the file was being read");
			assertTrue(viaBulk.stream().anyMatch(r -> r.get(column("case_type")).equals("民终")
					&& "普通".equals(r.get(column("trial_procedure"))) && r.get(column("flag_date")) != null
					&& LocalDate.parse(r.get(column("filing_date"))).plusDays(RuleDuringLoad.DAYS).toString()
							.equals(r.get(column("flag_date")))),
					"open 民终 cases under 普通 have the new rule's date");
			assertEquals(viaBatches, viaBulk, "the dates the stored rules give, as the row batches store them");
		} finally {
			rule.remove();
		}
	}

	@Test
	void aReimportStoresExactlyWhatTheRowBatchesStore() throws Exception {
		Path first = mixed(dir, "第一次.csv");
		Path second = changed(dir, "第二次.csv");
		register.importFile(first, Osgi.ADMIN, null);

		CopyWatch watch = new CopyWatch();
		LedgerImportResult bulk = register.importFile(second, Osgi.ADMIN, watch);
		List<List<String>> viaBulk = storedRows();
		Osgi.resetCourt();
		LedgerImportResult batches = rowBatchesOnly(() -> {
			register.importFile(first, Osgi.ADMIN, null);
			return register.importFile(second, Osgi.ADMIN, null);
		});
		List<List<String>> viaBatches = storedRows();

		assertEquals(CHANGED, bulk.updated());
		assertEquals(ADDED, bulk.inserted());
		assertEquals(List.of(batches.inserted(), batches.updated()), List.of(bulk.inserted(), bulk.updated()));
		assertEquals(ROWS + ADDED, viaBulk.size());
		assertEquals(viaBatches, viaBulk, "every column of every case: changed, kept (party counts the second file"
				+ " leaves empty), moved versions, new cases, flag dates");
		if (postgresql()) {
			assertEquals(List.of(UNCOMMITTED_TABLE), watch.copiedInto,
					"a register with cases: a COPY into the import's staging table, none into the register");
		}
	}

	@Test
	void aRejectedOrCancelledReimportChangesNothing() throws Exception {
		register.importFile(mixed(dir, "第一次.csv"), Osgi.ADMIN, null);
		List<List<String>> before = storedRows();
		List<String> lines = new ArrayList<>(Files.readAllLines(changed(dir, "有错.csv")));
		lines.add(row(CaseFiles.number(2020, "民初", ROWS + ADDED + 1), "借款纠纷", "29999", "MS1", "2020-01-01", "", "",
				"", "在审", ""));
		Path bad = Files.write(dir.resolve("有错.csv"), lines);
		CopyWatch cancelling = new CopyWatch();
		cancelling.cancelOnFirstLook = true;

		assertThrows(LedgerValidationException.class, () -> register.importFile(bad, Osgi.ADMIN, null));
		assertEquals(before, storedRows(), "a rejected file changes nothing");
		assertThrows(OperationCanceledException.class,
				() -> register.importFile(changed(dir, "取消.csv"), Osgi.ADMIN, cancelling));
		assertEquals(before, storedRows(), "a cancelled import changes nothing");
		assertEquals(CHANGED, register.importFile(changed(dir, "再来.csv"), Osgi.ADMIN, null).updated(),
				"the register is usable afterwards");
		if (postgresql()) {
			assertEquals(List.of(UNCOMMITTED_TABLE), cancelling.copiedInto, "1,000 cases had gone into a COPY");
		}
	}

	@Test
	void aBadRowAtTheEndUndoesTheCopyAndNamesFileRowAndField() throws Exception {
		int year = LocalDate.now().getYear();
		List<String> lines = new ArrayList<>(Files.readAllLines(mixed(dir, "末行有错.csv")));
		lines.add(row(CaseFiles.number(year, "民初", ROWS + 1), "借款纠纷", "29999", "MS1", year + "-01-01", "", "", "",
				"在审", ""));
		Path file = Files.write(dir.resolve("末行有错.csv"), lines);
		CopyWatch watch = new CopyWatch();

		LedgerValidationException e = assertThrows(LedgerValidationException.class,
				() -> register.importFile(file, Osgi.ADMIN, watch));

		assertEquals(List.of("末行有错.csv:" + (ROWS + 2) + ":承办人工号: 干警名册中没有工号为“29999”的干警"),
				e.ledgerProblems().stream().map(LedgerProblem::toString).toList());
		assertEquals(0, register.count(CaseQuery.ALL, Osgi.ADMIN), "nothing of the rejected file was stored");
		assertEquals(ROWS, register.importFile(mixed(dir, "改正.csv"), Osgi.ADMIN, null).inserted(),
				"the register is left empty and usable: the corrected file loads");
		if (postgresql()) {
			assertEquals(List.of("case_register"), watch.copiedInto, "the rejected file's first cases went into a COPY");
		}
	}

	@Test
	void aCancelAfterCasesWentIntoTheCopyStoresNothing() throws Exception {
		Path file = mixed(dir, "取消.csv");
		CopyWatch watch = new CopyWatch();
		watch.cancelOnFirstLook = true;

		assertThrows(OperationCanceledException.class, () -> register.importFile(file, Osgi.ADMIN, watch));

		assertEquals(0, register.count(CaseQuery.ALL, Osgi.ADMIN));
		assertEquals(ROWS, register.importFile(file, Osgi.ADMIN, null).inserted());
		if (postgresql()) {
			assertEquals(List.of("case_register"), watch.copiedInto, "1,000 cases had gone into a COPY");
		}
	}

	/**
	 * Cases of several kinds: open and closed, with and without a procedure, a closing method and a party count,
	 * several types (so several families and rules), filed up to 600 days ago, a few with a backslash in the cause
	 * (an escape character of COPY's text format).
	 */
	private static Path mixed(Path dir, String name) throws Exception {
		List<String> lines = new ArrayList<>(List.of(HEADER));
		for (int i = 1; i <= ROWS; i++) {
			lines.add(line(i, false));
		}
		return Files.write(dir.resolve(name), lines);
	}

	/**
	 * The first file's cases 1 to {@link #CHANGED} changed (another 案由, some closed, some party counts left empty,
	 * which keeps the stored count), and {@link #ADDED} new cases.
	 */
	private static Path changed(Path dir, String name) throws Exception {
		List<String> lines = new ArrayList<>(List.of(HEADER));
		for (int i = 1; i <= CHANGED; i++) {
			lines.add(line(i, true));
		}
		for (int i = ROWS + 1; i <= ROWS + ADDED; i++) {
			lines.add(line(i, false));
		}
		return Files.write(dir.resolve(name), lines);
	}

	private static String line(int i, boolean changed) {
		String[] types = { "民初", "刑初", "执", "民终" };
		String type = types[i % types.length];
		LocalDate filed = LocalDate.now().minusDays(i % 600);
		boolean criminal = type.equals("刑初");
		String judge = criminal ? "20003" : i % 2 == 0 ? "20002" : "20001";
		String department = criminal ? "XST" : "MS1";
		String procedure = type.equals("执") ? "" : i % 3 == 0 ? "简易" : "普通";
		boolean closed = (changed ? i % 3 == 0 : i % 5 == 0) && i % 600 > 30;
		String cause = changed ? "变更后的案由" : i % 7 == 0 ? "合同纠纷\\反诉" : "民间借贷纠纷";
		String parties = changed ? (i % 2 == 0 ? "" : String.valueOf(i % 40 + 1)) : i % 4 == 0 ? "" : String.valueOf(i % 40);
		return row(CaseFiles.number(filed.getYear(), type, i), cause, judge, department, filed.toString(), procedure,
				closed ? filed.plusDays(20).toString() : "", closed ? "判决" : "", closed ? "已结" : "在审", parties);
	}

	private static String row(String... cells) {
		return String.join(",", cells);
	}

	private static final List<String> COLUMNS = new ArrayList<>();

	private static int column(String name) {
		return COLUMNS.indexOf(name);
	}

	/** Every column of every case, as text, by 案号. */
	private static List<List<String>> storedRows() throws SQLException {
		List<List<String>> rows = new ArrayList<>();
		try (Connection c = Osgi.service(DataSource.class).getConnection(); Statement s = c.createStatement();
				ResultSet rs = s.executeQuery("select * from case_register order by case_no")) {
			ResultSetMetaData meta = rs.getMetaData();
			COLUMNS.clear();
			for (int i = 1; i <= meta.getColumnCount(); i++) {
				COLUMNS.add(meta.getColumnName(i).toLowerCase(Locale.ROOT));
			}
			while (rs.next()) {
				List<String> row = new ArrayList<>();
				for (int i = 1; i <= meta.getColumnCount(); i++) {
					Object value = rs.getObject(i);
					row.add(value == null ? null : value.toString());
				}
				rows.add(row);
			}
		}
		return rows;
	}

	private static boolean postgresql() throws SQLException {
		try (Connection c = Osgi.service(DataSource.class).getConnection()) {
			return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
		}
	}

	/** Runs an import with the engine's bulk paths switched off (CaseImporter's switch): row batches only. */
	private static LedgerImportResult rowBatchesOnly(Supplier<LedgerImportResult> importing) {
		System.setProperty(BULK_SWITCH, "off");
		try {
			return importing.get();
		} finally {
			System.clearProperty(BULK_SWITCH);
		}
	}

	/**
	 * At the reader's first progress report, stores a rule for 民终 under 普通 (five days) in a transaction of its
	 * own.
	 */
	private static final class RuleDuringLoad extends NullProgressMonitor {

		static final int DAYS = 5;
		private static final String LABEL = "导入期间保存的规则";
		boolean stored;

		@Override
		public void subTask(String name) {
			if (!stored) {
				update("insert into watch_rule (case_type, trial_procedure, basis, threshold_days, label)"
						+ " values ('民终', '普通', 'DAYS', " + DAYS + ", '" + LABEL + "')");
				stored = true;
			}
		}

		void remove() {
			update("delete from watch_rule where label = '" + LABEL + "'");
		}

		private static void update(String sql) {
			try (Connection c = Osgi.service(DataSource.class).getConnection(); Statement s = c.createStatement()) {
				c.setAutoCommit(true);
				s.executeUpdate(sql);
			} catch (SQLException e) {
				throw new IllegalStateException(e);
			}
		}
	}

	/**
	 * At the reader's first progress report (after 1,000 rows, while the import's transaction is open), asks
	 * PostgreSQL from another connection which tables a {@code COPY ... FROM} of this database is filling; may then
	 * cancel the import.
	 */
	private static final class CopyWatch extends NullProgressMonitor {

		boolean cancelOnFirstLook;
		boolean looked;
		final List<String> copiedInto = new ArrayList<>();

		@Override
		public void subTask(String name) {
			if (looked) {
				return;
			}
			try {
				if (postgresql()) {
					try (Connection c = Osgi.service(DataSource.class).getConnection(); Statement s = c.createStatement();
							ResultSet rs = s.executeQuery("select coalesce(c.relname, '" + UNCOMMITTED_TABLE + "')"
									+ " from pg_stat_progress_copy p left join pg_class c on c.oid = p.relid"
									+ " where p.datname = current_database() and p.command = 'COPY FROM'")) {
						while (rs.next()) {
							copiedInto.add(rs.getString(1));
						}
					}
				}
			} catch (SQLException e) {
				throw new IllegalStateException(e);
			}
			looked = true;
			if (cancelOnFirstLook) {
				setCanceled(true);
			}
		}
	}
}
