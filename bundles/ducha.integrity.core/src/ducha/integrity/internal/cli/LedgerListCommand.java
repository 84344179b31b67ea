package ducha.integrity.internal.cli;

import java.io.PrintWriter;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import ducha.core.NotFoundException;
import ducha.core.ledger.LedgerColumn;
import ducha.core.ledger.LedgerKind;
import ducha.core.ledger.LedgerService;
import ducha.core.security.Principal;
import ducha.integrity.internal.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ducha-cli integrity list KIND}: the records as tab-separated lines under the Chinese headers. */
@Command(name = "list")
final class LedgerListCommand extends IntegrityCommand {

	private final LedgerService ledgers;

	@Parameters(index = "0", paramLabel = "KIND", descriptionKey = "kind")
	String kind;

	LedgerListCommand(LedgerService ledgers) {
		this.ledgers = ledgers;
	}

	@Override
	int run(Principal actor, PrintWriter out) {
		String id = Kinds.ledgerId(kind);
		LedgerKind ledger = ledgers.kind(id)
				.orElseThrow(() -> new NotFoundException(NLS.bind(Messages.cliLedgerNotInstalled, id)));
		out.println(String.join("\t", ledger.columns().stream().map(LedgerColumn::header).toList()));
		List<List<String>> rows = ledger.exportRows(actor);
		rows.forEach(row -> out.println(String.join("\t", row.stream().map(c -> c.replace('\n', ' ')).toList())));
		out.println(NLS.bind(Messages.cliListed, rows.size()));
		return 0;
	}
}
