package ducha.study.internal.tests;

import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerReader;
import ducha.core.ledger.SheetChoice;
import ducha.core.security.Principal;

/**
 * Imports a score file for one test: the platform's reader streams the file with the progress and cancel of every
 * ledger import, and the scores ledger made for that test validates and stores it (all or nothing).
 */
@Component(service = ScoreImport.class)
public class ScoreImport {

	@Reference
	private TestLedgers support;

	@Reference
	private LedgerReader reader;

	LedgerImportResult importFor(String code, Path file, Principal actor, IProgressMonitor monitor) {
		ScoreLedger ledger = ScoreLedger.forTest(support, code);
		// a workbook's sheet named as the scores ledger (检测成绩) is read among others
		return ledger.importFile(file, reader.inSheet(SheetChoice.of(ledger, null)), actor, monitor);
	}
}
