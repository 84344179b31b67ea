package ducha.cases;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

import ducha.core.ledger.LedgerImportResult;
import ducha.core.security.Principal;

/**
 * The case register (案件登记): cases imported from the court's case-management system, read page by page. No
 * method returns or holds the whole register: pages are keyset pages, import and export stream their files.
 * Reads are limited to the reader's departments.
 */
public interface CaseRegister {

	/** Cases matching the query that the reader may see. */
	long count(CaseQuery query, Principal reader);

	/**
	 * One page of cases, newest filing first.
	 *
	 * @param after the previous page's {@link CasePage#next()}, or null for the first page
	 * @param limit rows per page (1..1000)
	 */
	CasePage<CaseRecord> page(CaseQuery query, PageKey after, int limit, Principal reader);

	/** The case by number in any spelling {@link CaseNumber#parse} accepts, if the reader may see it. */
	Optional<CaseRecord> find(String caseNo, Principal reader);

	/**
	 * Imports a case list exported by the case-management system: CSV (UTF-8 or GBK) and XLSX alike are streamed
	 * row by row through the platform's ledger reader, so a million rows never sit in memory, with progress (the
	 * share of the file read) and cancel. Upserts by 案号: a newer export updates the cases it contains and never
	 * duplicates them. All rows are stored or none.
	 *
	 * @throws ducha.core.ledger.LedgerValidationException every bad row as file:row:column; nothing stored
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled; nothing stored
	 */
	default LedgerImportResult importFile(Path file, Principal actor, IProgressMonitor monitor) {
		return importFile(file, null, actor, monitor);
	}

	/**
	 * As {@link #importFile(Path, Principal, IProgressMonitor)}, reading the named sheet of a workbook.
	 *
	 * @param sheet the sheet chosen by the user, or null: the sheet named 案件登记 (or {@code cases}), or the
	 *              workbook's only sheet
	 * @throws ducha.core.ledger.SheetNotChosenException when the workbook has no such sheet, or several and none
	 *                                                   chosen, with its sheets to choose from
	 */
	LedgerImportResult importFile(Path file, String sheet, Principal actor, IProgressMonitor monitor);

	/** Writes the cases matching the query as a CSV ledger (UTF-8 with BOM), page by page; returns the count. */
	long exportCsv(Path file, CaseQuery query, Principal reader, IProgressMonitor monitor);
}
