package ducha.core.ledger;

import java.util.List;

/**
 * A workbook whose sheet to import is not settled: it has several sheets and none was chosen or is named as the
 * ledger, or it has no sheet of the name chosen. Carries the workbook's sheets, so that the workbench can let the
 * user choose one and import again ({@link LedgerService#importFile(String, java.nio.file.Path, String,
 * ducha.core.security.Principal, org.eclipse.core.runtime.IProgressMonitor)}).
 */
public class SheetNotChosenException extends LedgerValidationException {

	private static final long serialVersionUID = 1L;

	private final List<String> sheets;

	public SheetNotChosenException(String fileName, String reason, List<String> sheets) {
		super(List.of(new LedgerProblem(fileName, 0, null, reason)));
		this.sheets = List.copyOf(sheets);
	}

	/** The workbook's sheets, in workbook order. */
	public List<String> sheets() {
		return sheets;
	}
}
