package ducha.core.internal.directory;

import java.util.List;
import java.util.regex.Pattern;

import ducha.core.directory.ImportSummary;
import ducha.core.ledger.DeclaredLedgerKind;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerRow;
import ducha.core.ledger.LedgerRowValidator;
import ducha.core.ledger.LedgerTable;
import ducha.core.security.Principal;

/**
 * The platform's department and staff ledgers: imported by whoever may maintain the directory, stored through the
 * directory's bulk upserts (which audit the file). The directory comes in by constructor injection, so that the
 * two kinds share it without declaring the same references.
 */
abstract class DirectoryLedger<R> extends DeclaredLedgerKind<R> {

	final DirectoryImporter directory;

	DirectoryLedger(String id, String label, List<LedgerColumn> columns, LedgerColumn key,
			DirectoryImporter directory) {
		super(id, label, columns, key);
		this.directory = directory;
	}

	@Override
	protected void checkMayImport(Principal actor) {
		directory.checkMayImport(actor);
	}

	/**
	 * The row's key (a department code, a 工号), reported as malformed when it is not of the directory's form; a
	 * key the base's key checks refused already (missing, too long) is not reported twice.
	 */
	static String key(LedgerRowValidator v, LedgerRow row, LedgerColumn column, Pattern form, String malformed) {
		String key = row.get(column.key());
		if (key != null && !v.hasProblems(row) && !form.matcher(key).matches()) {
			v.problem(row, column, malformed);
		}
		return key;
	}

	/** What importing the table's rows came to. */
	LedgerImportResult result(LedgerTable table, ImportSummary summary) {
		return new LedgerImportResult(id(), table.fileName(), table.rows().size(), summary.inserted(),
				summary.updated());
	}
}
