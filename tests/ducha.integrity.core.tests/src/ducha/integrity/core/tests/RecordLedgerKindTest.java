package ducha.integrity.core.tests;

import ducha.test.osgi.Osgi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ducha.core.ConcurrentChangeException;
import ducha.core.audit.AuditEntry;
import ducha.core.audit.AuditLog;
import ducha.core.audit.AuditQuery;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerProblem;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerService;
import ducha.core.ledger.LedgerTable;
import ducha.core.ledger.LedgerValidationException;
import ducha.core.security.Principal;

/**
 * The platform's declarative ledger base ({@code RecordLedgerKind}) as a plugin's kinds use it, on the 清风书吧书目
 * ledger: the key column and the columns' limits are checked for every row, an accepted file is upserted by key
 * and audited with its counts.
 */
class RecordLedgerKindTest {

	@TempDir
	Path folder;

	private final LedgerService ledgers = Osgi.service(LedgerService.class);

	@BeforeEach
	void court() {
		IntegrityTables.reset();
		Court.create();
	}

	@Test
	void aKeyRepeatedInTheFileOrTooLongAndAValueOverItsColumnsLimitAreProblemsOfTheirRows() throws Exception {
		Path file = folder.resolve("books.csv");
		Files.writeString(file, """
				书号,书名,分类,入库日期
				QF-1,廉洁从政,党纪法规,2024-01-01
				QF-1,清风传家,廉政文化,2024-01-02
				QF-012345678901234567890123456789,警示录,警示教育,2024-01-03
				QF-4,家风,%s,2024-01-04
				""".formatted("分".repeat(51)));

		LedgerValidationException e = assertThrows(LedgerValidationException.class,
				() -> ledgers.importFile("integrity.books", file, Court.ADMIN));

		assertEquals(List.of("books.csv:3:书号: “QF-1”与第 2 行重复", "books.csv:4:书号: 内容过长（33 个字），最多 30 个字",
				"books.csv:5:分类: 内容过长（51 个字），最多 50 个字"),
				e.ledgerProblems().stream().map(LedgerProblem::toString).toList());
		assertEquals(List.of(), ledgers.kind("integrity.books").orElseThrow().exportRows(Court.ADMIN));
	}

	@Test
	void anAcceptedFileIsUpsertedByItsKeyAndAuditedWithItsCounts() throws Exception {
		Path first = folder.resolve("books.csv");
		Files.writeString(first, "书号,书名,入库日期\nQF-1,廉洁从政,2024-01-01\nQF-2,清风传家,2024-01-02\n");
		assertEquals(2, ledgers.importFile("integrity.books", first, Court.ADMIN).inserted());

		Path second = folder.resolve("books-2.csv");
		Files.writeString(second, "书号,书名,入库日期\nQF-1,廉洁从政（修订版）,2024-01-01\nQF-2,清风传家,2024-01-02\n"
				+ "QF-3,警示录,2024-01-03\n");
		LedgerImportResult again = ledgers.importFile("integrity.books", second, Court.ADMIN);

		assertEquals(1, again.inserted());
		assertEquals(2, again.updated());
		List<List<String>> rows = ledgers.kind("integrity.books").orElseThrow().exportRows(Court.ADMIN);
		assertEquals(3, rows.size());
		assertEquals("廉洁从政（修订版）", rows.get(0).get(1));
		AuditEntry entry = Osgi.service(AuditLog.class)
				.find(new AuditQuery(null, "integrity.ledger.import", null, null, null, null, 5), Court.ADMIN).get(0);
		assertEquals("integrity.books", entry.objectType());
		assertEquals("books-2.csv", entry.objectId());
		assertEquals("3 行，新增 1，更新 2", entry.detail());
	}

	/**
	 * Two desktops open the same row in the ledger view's 修改 form; the first saves; the second's save, made from
	 * the cells it was filled from, is refused naming the first desktop's account, stores nothing, and succeeds from
	 * the reloaded cells.
	 */
	@Test
	void aRowEditedFromCellsTheStoredRecordNoLongerHasIsRefusedNamingWhoChangedIt() throws Exception {
		Path file = folder.resolve("books.csv");
		Files.writeString(file, "书号,书名,入库日期\nQF-1,廉洁从政,2024-01-01\n");
		ledgers.importFile("integrity.books", file, Court.ADMIN);
		LedgerKind books = ledgers.kind("integrity.books").orElseThrow();
		List<String> seen = books.exportRows(Court.ADMIN).get(0);

		books.importEdit(edit(books, seen, "廉洁从政（修订版）"), seen, Principal.system("desk-two"));
		ConcurrentChangeException refused = assertThrows(ConcurrentChangeException.class,
				() -> books.importEdit(edit(books, seen, "廉洁从政（第二版）"), seen, Court.ADMIN));

		assertEquals("desk-two", refused.changedBy().orElseThrow());
		assertTrue(refused.getMessage().contains("QF-1"), refused.getMessage());
		List<String> stored = books.exportRows(Court.ADMIN).get(0);
		assertEquals("廉洁从政（修订版）", stored.get(1), "nothing of the second edit stored");
		books.importEdit(edit(books, stored, "廉洁从政（第二版）"), stored, Court.ADMIN);
		assertEquals("廉洁从政（第二版）", books.exportRows(Court.ADMIN).get(0).get(1));
		assertEquals(1, books.importTable(edit(books, seen, "廉洁从政"), Court.ADMIN).updated(),
				"a whole file is not checked: it is the truth it brings");
	}

	/** The one-row table the ledger view's form stores: the cells with the title changed. */
	private static LedgerTable edit(LedgerKind kind, List<String> cells, String title) {
		Map<String, String> values = new HashMap<>();
		for (int i = 0; i < kind.columns().size(); i++) {
			String value = i == 1 ? title : cells.get(i);
			if (!value.isEmpty()) {
				values.put(kind.columns().get(i).key(), value); // as the form leaves an empty field out
			}
		}
		return new LedgerTable(kind.label(), kind.columns(), List.of(new LedgerRow(2, values)));
	}
}
