package ducha.core.ledger;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;

import ducha.core.security.Principal;

/**
 * Reads and writes ledger files for every registered {@link LedgerKind}: CSV in UTF-8 (with or without BOM) or
 * GBK, and XLSX; headers in Chinese (or the column keys).
 */
public interface LedgerService {

	List<LedgerKind> kinds();

	Optional<LedgerKind> kind(String id);

	/**
	 * Reads the file and hands it to the kind.
	 *
	 * @throws LedgerValidationException every problem as file:row:column; nothing stored
	 * @throws ducha.core.NotFoundException for an unknown kind
	 */
	default LedgerImportResult importFile(String kindId, Path file, Principal actor) {
		return importFile(kindId, file, actor, null);
	}

	/**
	 * As {@link #importFile(String, Path, Principal)}, with progress (the share of the file read) and cancel.
	 *
	 * @param monitor may be null
	 * @throws org.eclipse.core.runtime.OperationCanceledException when cancelled; nothing stored
	 */
	default LedgerImportResult importFile(String kindId, Path file, Principal actor, IProgressMonitor monitor) {
		return importFile(kindId, file, null, actor, monitor);
	}

	/**
	 * As {@link #importFile(String, Path, Principal, IProgressMonitor)}, reading the named sheet of a workbook.
	 *
	 * @param sheet the sheet to read ({@code --sheet}, or chosen in the workbench); null: the sheet named as the
	 *              ledger, or the workbook's only sheet (see {@link SheetChoice})
	 * @throws SheetNotChosenException when the workbook has no such sheet, or several and none chosen, naming its
	 *                                 sheets
	 */
	LedgerImportResult importFile(String kindId, Path file, String sheet, Principal actor, IProgressMonitor monitor);

	/** Writes what the actor may see; the format follows the file name (.xlsx, otherwise CSV in UTF-8 with BOM). */
	int exportFile(String kindId, Path file, Principal actor);

	/** Writes an empty ledger with the header row and one example row. */
	void writeTemplate(String kindId, Path file);
}
