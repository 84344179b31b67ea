package ducha.inspections.internal.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import ducha.core.ValidationException;
import ducha.core.ledger.LedgerImportResult;
import ducha.core.ledger.LedgerService;
import ducha.core.security.Principal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ducha-cli inspections import|export KIND FILE} with KIND {@code plans}, {@code inspections},
 * {@code findings} or {@code bulletins}: the plugin's ledgers through the platform's ledger service (which checks
 * the permissions, reports bad rows as file:row:column and stores nothing then). One class for both, the group adds
 * one instance per direction.
 */
@Command
final class LedgerCommand extends InspectionsCommand {

	private static final Map<String, String> KINDS = Map.of("plans", "inspections.plans", "inspections",
			"inspections.inspections", "findings", "inspections.findings", "bulletins", "inspections.bulletins");

	private final LedgerService ledgers;
	private final boolean importing;

	@Parameters(index = "0", paramLabel = "KIND", descriptionKey = "kind")
	String kind;

	@Parameters(index = "1", paramLabel = "FILE", descriptionKey = "file")
	Path file;

	LedgerCommand(LedgerService ledgers, boolean importing) {
		this.ledgers = ledgers;
		this.importing = importing;
	}

	@Override
	int run(Principal actor, PrintWriter out) {
		String ledger = KINDS.get(kind);
		if (ledger == null) {
			throw new ValidationException(NLS.bind(Messages.cliBadKind, kind));
		}
		if (importing) {
			if (!Files.isRegularFile(file)) {
				throw new ValidationException(NLS.bind(Messages.cliUnreadable, file.toAbsolutePath()));
			}
			LedgerImportResult result = ledgers.importFile(ledger, file, actor);
			out.println(NLS.bind(Messages.cliImported,
					new Object[] { result.fileName(), result.rows(), result.inserted(), result.updated() }));
		} else {
			out.println(NLS.bind(Messages.cliExported, ledgers.exportFile(ledger, file, actor), file.toAbsolutePath()));
		}
		return 0;
	}
}
